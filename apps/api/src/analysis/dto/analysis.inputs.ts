import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { IsText, LIMITS, NotBefore } from '../../common/validation';
import { Drilldown, MAX_DRILLDOWN_IDS } from '../../insights/read-model/drilldown.types';
import { Item } from '../../items/item.entity';
import { FlagVerdict } from '../analysis.enums';
import { FlagType } from '../../items/item.enums';
import { REVIEWABLE_FLAGS } from '../flag-corrections';

export const MAX_THEMES_PER_ITEM = 20;

@InputType({
  description: "A person's judgement of which themes an item is about; it feeds the next training.",
})
export class CorrectItemThemesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be an id' })
  itemId: string;

  @Field(() => [ID], { description: 'All the themes the item is about (empty: none applies).' })
  @ArrayMaxSize(MAX_THEMES_PER_ITEM, {
    message: `themeIds may hold at most ${MAX_THEMES_PER_ITEM} themes`,
  })
  @IsUUID('all', { each: true, message: 'themeIds must hold ids' })
  themeIds: string[];
}

@InputType({
  description:
    "A person's verdict on a warning sign flagged on an item; it feeds the next sign model.",
})
export class ReviewItemFlagInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId must be an id' })
  itemId: string;

  @Field(() => FlagType, { description: 'A warning sign (protocol cues are not reviewed).' })
  @IsIn(REVIEWABLE_FLAGS, { message: 'type must be a warning sign' })
  type: FlagType;

  @Field(() => FlagVerdict)
  @IsEnum(FlagVerdict, { message: 'verdict must be confirmed or rejected' })
  verdict: FlagVerdict;
}

@InputType()
export class StartReanalysisInput {
  @Field({ nullable: true, description: 'Why, for the job list.' })
  @IsOptional()
  @IsText(LIMITS.shortText)
  reason?: string;
}

@InputType()
export class TrainThemeModelInput {
  @Field({ defaultValue: true, description: 'Use the new model at once (and re-analyse history).' })
  @IsBoolean()
  activate: boolean;
}

@InputType({ description: 'Same choice as for a theme model: use the new sign model at once.' })
export class TrainSignModelInput extends TrainThemeModelInput {}

@InputType()
export class EmergingTopicsInput {
  @Field({ description: 'Start of the period (inclusive).' })
  @IsDate()
  from: Date;

  @Field({ description: 'End of the period (exclusive).' })
  @IsDate()
  @NotBefore('from')
  to: Date;

  @Field(() => Int, {
    defaultValue: 90,
    description: 'Days before `from` that serve as the baseline, 7 to 730.',
  })
  @IsInt()
  @Min(7)
  @Max(730)
  baselineDays: number;

  @Field(() => Int, { defaultValue: 10, description: 'At most this many topics, 1 to 30.' })
  @IsInt()
  @Min(1)
  @Max(30)
  limit: number;
}

@ObjectType({
  description:
    'A phrase common among untagged items of the period and rare before: a candidate theme.',
})
export class EmergingTopic {
  @Field()
  phrase: string;

  @Field(() => Float, { description: 'tf-idf against the baseline period.' })
  score: number;

  @Field(() => Int, { description: 'Untagged items of the period that use the phrase.' })
  items: number;

  @Field(() => Int, { description: 'Items of the baseline period that used it.' })
  baselineItems: number;

  @Field(() => [Item], { description: 'Examples, newest first.' })
  examples: Item[];

  @Field(() => Drilldown, {
    description: `The untagged items that use the phrase, newest first (at most ${MAX_DRILLDOWN_IDS}).`,
  })
  drilldown: Drilldown;

  @Field(() => Int, {
    description: 'How many items the drill-down opens: all of them, or the newest 100 of more.',
  })
  drilldownCount: number;
}

/** Example items confirmed as the new theme, at most. */
export const MAX_PROMOTED_EXAMPLES = 20;

@InputType({
  description:
    'Makes an emerging topic a theme: its phrase becomes the keyword, the chosen items its labelled examples.',
})
export class PromoteEmergingTopicInput {
  @Field({ description: 'The theme’s name.' })
  @IsText(LIMITS.shortText)
  name: string;

  @Field({ description: 'The topic’s phrase, kept as the theme’s keyword.' })
  @IsText(LIMITS.shortText)
  phrase: string;

  @Field(() => [ID], {
    description: `Items that are about the topic (1 to ${MAX_PROMOTED_EXAMPLES}): tagged with the theme and used to train it.`,
  })
  @ArrayMinSize(1, { message: 'itemIds must name at least one item' })
  @ArrayMaxSize(MAX_PROMOTED_EXAMPLES, {
    message: `itemIds may hold at most ${MAX_PROMOTED_EXAMPLES} items`,
  })
  @IsUUID('all', { each: true, message: 'itemIds must hold ids' })
  itemIds: string[];
}

@ObjectType({
  description: 'Measured on held-out examples, next to keyword-only tagging of the same texts.',
})
export class ModelQuality {
  @Field(() => Int, { description: 'Examples held out to measure the model.' })
  heldOut: number;

  @Field(() => Float)
  accuracy: number;

  @Field(() => Float)
  macroF1: number;

  @Field(() => Float, { description: "The themes' keywords alone, on the same examples." })
  keywordsAccuracy: number;

  @Field(() => Float)
  keywordsMacroF1: number;
}

@ObjectType()
export class LanguageCount {
  @Field({ description: 'ISO 639-1 code ("other": a script the detector does not know).' })
  language: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Texts set aside instead of analysed, and why.' })
export class NotAnalysedTexts {
  @Field(() => Int, {
    description: 'Items whose text is in a language the analysis does not read.',
  })
  total: number;

  @Field(() => [LanguageCount], { description: 'By language, most first.' })
  byLanguage: LanguageCount[];
}
