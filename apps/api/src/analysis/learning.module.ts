import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { AnalysisResolver } from './analysis.resolver';
import { EmergingTopicsService } from './emerging-topics.service';
import { ThemeCorrectionsService } from './theme-corrections.service';
import { ThemeTrainingService } from './theme-training.service';

/** How the analysis learns: corrections, training, new-topic discovery, re-analysis on demand. */
@Module({
  imports: [ItemsModule],
  providers: [
    ThemeCorrectionsService,
    ThemeTrainingService,
    EmergingTopicsService,
    AnalysisResolver,
  ],
})
export class LearningModule {}
