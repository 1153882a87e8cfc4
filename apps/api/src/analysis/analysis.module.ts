import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalysisJob } from './analysis-job.entity';
import { AnalysisPool } from './analysis-pool';
import { AnalyzerService } from './analyzer.service';
import { EventTextAnalysis } from '../items/event-text-analysis';
import { EventAnalysis } from './event-analysis';
import { ItemAnalysisReader } from './item-analysis.reader';
import { ItemAnalysisResolver } from './item-analysis.resolver';
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
    ItemAnalysisResolver,
    { provide: EventTextAnalysis, useClass: EventAnalysis },
  ],
  exports: [
    AnalyzerService,
    ReanalysisService,
    ReanalysisWorker,
    ItemAnalysisReader,
    EventTextAnalysis,
  ],
})
export class AnalysisModule {}
