import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { AnalysisResolver } from './analysis.resolver';
import { AnalysisCoverageService } from './analysis-coverage.service';
import { EmergingTopicsService } from './emerging-topics.service';
import { FlagCorrectionsService } from './flag-corrections.service';
import { ModelStore } from './model-store';
import { SignTrainingService } from './sign-training.service';
import { ThemeCorrectionsService } from './theme-corrections.service';
import { ThemeTrainingService } from './theme-training.service';
import { TopicPromotionService } from './topic-promotion.service';

/** How the analysis learns: corrections, training, new-topic discovery, re-analysis on demand. */
@Module({
  imports: [ItemsModule, OrganisationModule],
  providers: [
    ThemeCorrectionsService,
    FlagCorrectionsService,
    ModelStore,
    AnalysisCoverageService,
    ThemeTrainingService,
    SignTrainingService,
    EmergingTopicsService,
    TopicPromotionService,
    AnalysisResolver,
  ],
})
export class LearningModule {}
