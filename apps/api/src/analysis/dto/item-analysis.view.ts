import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AnalysisStatus, FlagVerdict, ThemeOrigin } from '../analysis.enums';
import { FlagType, SentimentLabel } from '../../items/item.enums';

@ObjectType({ description: 'A highlighted span of the redacted text: [start, end) in characters.' })
export class TextSpan {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field()
  text: string;

  @Field(() => Float, {
    nullable: true,
    description: 'For sentiment words: the contribution, −/+.',
  })
  weight?: number | null;
}

@ObjectType()
export class ItemThemeTag {
  @Field(() => ID)
  themeId: string;

  @Field()
  name: string;

  @Field(() => Float)
  score: number;

  @Field(() => ThemeOrigin)
  origin: ThemeOrigin;

  @Field(() => [TextSpan], {
    description: 'The words that triggered the theme (none for a correction).',
  })
  evidence: TextSpan[];
}

@ObjectType()
export class ItemFlagTag {
  @Field(() => FlagType)
  type: FlagType;

  @Field(() => Float)
  confidence: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The timeline entry the flag was found in; null: the item text.',
  })
  eventId: string | null;

  @Field(() => [String], { description: 'The words that raised it.' })
  evidence: string[];

  @Field(() => [TextSpan], {
    description: 'Where in the item text (empty for flags in timeline entries).',
  })
  spans: TextSpan[];
}

@ObjectType({ description: "A person's latest verdict on one kind of flag on the item." })
export class FlagReview {
  @Field(() => FlagType)
  type: FlagType;

  @Field(() => FlagVerdict)
  verdict: FlagVerdict;

  @Field(() => [String], { description: 'The flagged words the verdict was given on.' })
  evidence: string[];

  @Field()
  reviewedAt: Date;
}

@ObjectType()
export class PolicyMentionTag {
  @Field(() => ID)
  policyId: string;

  @Field()
  policyName: string;

  @Field(() => Float)
  confidence: number;

  @Field({ description: 'The name or alias that matched.' })
  matched: string;

  @Field(() => [TextSpan])
  evidence: TextSpan[];
}

@ObjectType()
export class SentimentView {
  @Field(() => SentimentLabel)
  label: SentimentLabel;

  @Field(() => Float, { description: '−1 (negative) to +1 (positive).' })
  score: number;

  @Field(() => Float)
  confidence: number;

  @Field({ description: 'lexicon, or model when a trained sentiment model is active.' })
  method: string;

  @Field(() => [TextSpan])
  evidence: TextSpan[];
}

@ObjectType({ description: "What the analysis found in an item's text, with evidence." })
export class ItemAnalysisView {
  @Field(() => AnalysisStatus)
  status: AnalysisStatus;

  @Field({ description: 'The engine, models and configuration that produced it.' })
  modelVersion: string;

  @Field()
  analysedAt: Date;

  @Field(() => SentimentView, { nullable: true })
  sentiment: SentimentView | null;

  @Field(() => [ItemThemeTag])
  themes: ItemThemeTag[];

  @Field(() => [ItemFlagTag], {
    description: 'Warning signs and protocol cues in the text and the timeline.',
  })
  flags: ItemFlagTag[];

  @Field(() => [FlagReview], {
    description:
      'Verdicts people gave on its warning signs (a rejected flag is no longer in flags).',
  })
  flagReviews: FlagReview[];

  @Field(() => [PolicyMentionTag])
  policyMentions: PolicyMentionTag[];

  @Field(() => String, {
    nullable: true,
    description:
      'The language detected (ISO 639-1; "und": too short to tell; null: analysed before detection).',
  })
  language: string | null;

  @Field({
    description:
      'False when the text is in a language the analysis does not read: no sentiment, themes or flags.',
  })
  analysed: boolean;

  @Field(() => String, { nullable: true, description: 'Why the analysis failed; it is retried.' })
  error: string | null;
}
