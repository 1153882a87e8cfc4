import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/id.input';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ANALYSTS, CONFIGURERS } from '../auth/role-groups';
import { Item } from '../items/item.entity';
import { ItemsService } from '../items/items.service';
import { AnalysisJob } from './analysis-job.entity';
import { AnalysisModel } from './analysis-model.entity';
import {
  CorrectItemThemesInput,
  EmergingTopic,
  EmergingTopicsInput,
  ModelQuality,
  NotAnalysedTexts,
  PromoteEmergingTopicInput,
  ReviewItemFlagInput,
  StartReanalysisInput,
  TrainSignModelInput,
  TrainThemeModelInput,
} from './dto/analysis.inputs';
import { AnalysisCoverageService } from './analysis-coverage.service';
import { EmergingTopicsService } from './emerging-topics.service';
import { FlagCorrectionsService } from './flag-corrections.service';
import { featureSetOutdated } from './model-feature-set';
import { ModelStore } from './model-store';
import { ReanalysisService } from './reanalysis.service';
import { SignTrainingService } from './sign-training.service';
import { ThemeCorrectionsService } from './theme-corrections.service';
import type { ModelQualityFigures } from './theme-model-quality';
import { ThemeTrainingService } from './theme-training.service';
import { TopicPromotionService } from './topic-promotion.service';
import { Theme } from '../organisation/theme.entity';

// Models and re-analysis are settings (admins too); item texts and corrections are for analysts.
@Resolver(() => AnalysisModel)
@Roles(CONFIGURERS)
export class AnalysisResolver {
  constructor(
    private readonly reanalysis: ReanalysisService,
    private readonly corrections: ThemeCorrectionsService,
    private readonly flagCorrections: FlagCorrectionsService,
    private readonly training: ThemeTrainingService,
    private readonly signTraining: SignTrainingService,
    private readonly store: ModelStore,
    private readonly coverage: AnalysisCoverageService,
    private readonly emergingTopicsService: EmergingTopicsService,
    private readonly itemsService: ItemsService,
    private readonly promotion: TopicPromotionService,
  ) {}

  @Query(() => [AnalysisJob], {
    description: 'Re-analyses of history, newest first, with their progress.',
  })
  analysisJobs(): Promise<AnalysisJob[]> {
    return this.reanalysis.recent();
  }

  @Mutation(() => AnalysisJob, {
    description: 'Re-analyses every item with the current taxonomy, policies and models.',
  })
  startReanalysis(@Args('input') input: StartReanalysisInput): Promise<AnalysisJob> {
    return this.reanalysis.configurationChanged(input.reason ?? 'started by hand');
  }

  @Roles(ANALYSTS)
  @Mutation(() => Item, {
    description: "Sets an item's themes; kept by re-analysis and used for the next training.",
  })
  async correctItemThemes(
    @Args('input') input: CorrectItemThemesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Item> {
    // Read first: an item outside the caller's scope is not found, and nothing is corrected.
    await this.itemsService.getById(input.itemId, principal);
    await this.corrections.correct(input, principal);
    return this.itemsService.getById(input.itemId, principal);
  }

  @Roles(ANALYSTS)
  @Mutation(() => Item, {
    description:
      'Confirms or rejects a warning sign flagged on an item: kept by re-analysis, used for the next sign model; a rejected flag no longer counts or serves as example wording.',
  })
  async reviewItemFlag(
    @Args('input') input: ReviewItemFlagInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Item> {
    // Read first: an item outside the caller's scope is not found, and nothing is reviewed.
    await this.itemsService.getById(input.itemId, principal);
    await this.flagCorrections.review(input, principal);
    return this.itemsService.getById(input.itemId, principal);
  }

  @Query(() => NotAnalysedTexts, {
    description: 'Items set aside because their language is not analysed, by language.',
  })
  notAnalysedTexts(): Promise<NotAnalysedTexts> {
    return this.coverage.notAnalysed();
  }

  @Query(() => [AnalysisModel], { description: 'Trained models, newest first.' })
  analysisModels(): Promise<AnalysisModel[]> {
    return this.store.models();
  }

  @Mutation(() => AnalysisModel, {
    description: "Trains the theme model from themes' examples and corrections.",
  })
  trainThemeModel(@Args('input') input: TrainThemeModelInput): Promise<AnalysisModel> {
    return this.training.train(input.activate);
  }

  @Mutation(() => AnalysisModel, {
    description: 'Makes a trained model the active one and re-analyses history.',
  })
  activateAnalysisModel(@Args('input') input: IdInput): Promise<AnalysisModel> {
    return this.store.activate(input.id);
  }

  @Mutation(() => AnalysisModel, {
    description:
      'Trains the next warning-sign model from the shipped sentences and the flags people confirmed or rejected.',
  })
  trainSignModel(@Args('input') input: TrainSignModelInput): Promise<AnalysisModel> {
    return this.signTraining.train(input.activate);
  }

  @Mutation(() => Boolean, {
    description: 'Switches the theme model off: themes come from keywords alone.',
  })
  async deactivateThemeModel(): Promise<boolean> {
    await this.training.deactivateThemeModel();
    return true;
  }

  @Mutation(() => Int, {
    description: 'Cancels re-analyses that are waiting or running; returns how many.',
  })
  cancelReanalysis(): Promise<number> {
    return this.reanalysis.cancelOpen();
  }

  @ResolveField(() => ModelQuality, {
    nullable: true,
    description: 'Measured on held-out examples when there were enough.',
  })
  quality(@Parent() model: AnalysisModel): ModelQualityFigures | null {
    return (model.metrics as ModelQualityFigures | null) ?? null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Trained with an older feature set than this version reads words with: the analysis does not use it (the built-in model or rules apply) until it is retrained.',
  })
  featureSetOutdated(@Parent() model: AnalysisModel): boolean {
    return featureSetOutdated(model);
  }

  @Query(() => [EmergingTopic], {
    description: 'Candidate new themes: phrases new among untagged items.',
  })
  @Roles(ANALYSTS)
  emergingTopics(
    @Args('input') input: EmergingTopicsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EmergingTopic[]> {
    return this.emergingTopicsService.find(input, principal);
  }

  @Mutation(() => Theme, {
    description:
      'Makes an emerging topic a theme: the phrase its keyword (history is re-analysed), the chosen items tagged with it and kept as its labelled examples for the next training.',
  })
  @Roles(ANALYSTS)
  promoteEmergingTopic(
    @Args('input') input: PromoteEmergingTopicInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Theme> {
    return this.promotion.promote(input, principal);
  }
}
