import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { AnalysisResolver } from './analysis.resolver';
import { AnalysisCoverageService } from './analysis-coverage.service';
import { EmergingTopicsService } from './emerging-topics.service';
import { FlagCorrectionsService } from './flag-corrections.service';
import { ModelStore } from './model-store';
import { SignTrainingService } from './sign-training.service';
import { ThemeCorrectionsService } from './theme-corrections.service';
import { ThemeTrainingService } from './theme-training.service';

/** How the analysis learns: corrections, training, new-topic discovery, re-analysis on demand. */
@Module({
  imports: [ItemsModule],
  providers: [
    ThemeCorrectionsService,
    FlagCorrectionsService,
    ModelStore,
    AnalysisCoverageService,
    ThemeTrainingService,
    SignTrainingService,
    EmergingTopicsService,
    AnalysisResolver,
  ],
})
export class LearningModule {}
