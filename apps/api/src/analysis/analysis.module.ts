import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalysisJob } from './analysis-job.entity';
import { AnalysisPool } from './analysis-pool';
import { AnalyzerService } from './analyzer.service';
import { ItemAnalysisReader } from './item-analysis.reader';
import { ReanalysisService } from './reanalysis.service';
import { ReanalysisWorker } from './reanalysis.worker';

/** The organisation's analyzer and the background re-analysis, shared by every feature that writes text. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AnalysisJob])],
  providers: [
    AnalysisPool,
    AnalyzerService,
    ReanalysisService,
    ReanalysisWorker,
    ItemAnalysisReader,
  ],
  exports: [AnalyzerService, ReanalysisService, ReanalysisWorker, ItemAnalysisReader],
})
export class AnalysisModule {}
