import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Channel, ItemKind } from '../../items/item.enums';
import { Drilldown } from '../read-model/drilldown.types';
import { Interval } from '../item-volume/item-volume.types';
import { Change, NamedRef, PeriodRange } from '../read-model/scope.types';

export enum TrendMetric {
  VOLUME = 'volume',
  COMPLAINTS = 'complaints',
  NEGATIVE_SHARE = 'negative-share',
  SENTIMENT = 'sentiment',
  SATISFACTION = 'satisfaction',
}
registerEnumType(TrendMetric, { name: 'TrendMetric' });

/** How a value is written: a count, a share (0–1), a score (−1…1) or a rating (1–5). */
export enum ValueFormat {
  COUNT = 'count',
  SHARE = 'share',
  SCORE = 'score',
  RATING = 'rating',
  HOURS = 'hours',
  RATIO = 'ratio',
}
registerEnumType(ValueFormat, { name: 'ValueFormat' });

/** What a split trend draws one line per. */
export enum TrendSplit {
  TEAM = 'team',
  THEME = 'theme',
  POLICY = 'policy',
  CHANNEL = 'channel',
  KIND = 'kind',
}
registerEnumType(TrendSplit, { name: 'TrendSplit' });

export enum ActionMilestone {
  STARTED = 'started',
  DONE = 'done',
}
registerEnumType(ActionMilestone, { name: 'ActionMilestone' });

@ObjectType()
export class TrendPoint {
  @Field({
    description: 'Start of the bucket (YYYY-MM-DD); the first may start before the period.',
  })
  periodStart: string;

  @Field({ description: '"4 Mar 2025", "week of 3 Mar 2025", "Mar 2025".' })
  label: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Null when nothing was measured in the bucket.',
  })
  value: number | null;

  @Field(() => Int, {
    description: 'Items behind the value (the count, or the denominator of a share or mean).',
  })
  basis: number;

  @Field(() => Int, {
    description:
      'Days of the bucket inside the period: fewer than bucketDays for a partial first or last bucket, whose count covers only those days.',
  })
  days: number;

  @Field(() => Int, { description: 'Days in the whole bucket: 1, 7, or 28–31 for a month.' })
  bucketDays: number;

  @Field({ description: 'The bucket lies partly outside the period (days < bucketDays).' })
  partial: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The bucket at the same position in the comparison period.',
  })
  comparisonStart: string | null;

  @Field(() => Float, { nullable: true })
  comparisonValue: number | null;

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType()
export class TrendSeries {
  @Field(() => TrendMetric)
  metric: TrendMetric;

  @Field(() => ItemKind, { nullable: true, description: 'For volume, the kind counted.' })
  kind: ItemKind | null;

  @Field()
  label: string;

  @Field(() => ValueFormat)
  format: ValueFormat;

  @Field(() => [TrendPoint])
  points: TrendPoint[];

  @Field(() => Change, { description: 'The whole period against the comparison period.' })
  total: Change;

  @Field(() => Drilldown, { description: 'The items behind the whole-period figure.' })
  drilldown: Drilldown;
}

@ObjectType({ description: 'An improvement action that started or was done in a bucket.' })
export class ActionMarker {
  @Field(() => ID)
  actionId: string;

  @Field()
  title: string;

  @Field(() => ActionMilestone)
  milestone: ActionMilestone;

  @Field({ description: 'YYYY-MM-DD' })
  on: string;
}

@ObjectType({ description: 'Where to mark improvement actions on a trend chart.' })
export class ChangeMarker {
  @Field({ description: 'The bucket (YYYY-MM-DD) the actions fall in.' })
  periodStart: string;

  @Field(() => [ActionMarker])
  actions: ActionMarker[];
}

@ObjectType({
  description: 'Volume, complaints, negative share, sentiment and satisfaction over time.',
})
export class Trends {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field(() => Interval)
  interval: Interval;

  @Field(() => [TrendSeries], { description: 'Items received, one series per kind.' })
  volumeByKind: TrendSeries[];

  @Field(() => TrendSeries)
  complaints: TrendSeries;

  @Field(() => TrendSeries, { description: 'Share of analysed items with negative sentiment.' })
  negativeShare: TrendSeries;

  @Field(() => TrendSeries, { description: 'Mean sentiment score, −1 (negative) to 1 (positive).' })
  sentiment: TrendSeries;

  @Field(() => TrendSeries, { description: 'Mean customer satisfaction, 1 to 5.' })
  satisfaction: TrendSeries;

  @Field(() => [ChangeMarker], {
    description:
      'Improvement actions started or done in the period (those touching the filter, when it names teams, themes or policies).',
  })
  markers: ChangeMarker[];
}

@ObjectType({ description: 'One line of a split trend: the metric for one team, theme, channel…' })
export class SplitTrendLine {
  @Field(() => NamedRef, { nullable: true, description: 'The team, theme or policy.' })
  subject: NamedRef | null;

  @Field(() => Channel, { nullable: true })
  channel: Channel | null;

  @Field(() => ItemKind, { nullable: true })
  kind: ItemKind | null;

  @Field(() => TrendSeries)
  series: TrendSeries;
}

@ObjectType({
  description: 'One metric over time, one line per team, theme, policy, channel or kind.',
})
export class SplitTrends {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field(() => Interval)
  interval: Interval;

  @Field(() => TrendSplit)
  split: TrendSplit;

  @Field(() => TrendMetric)
  metric: TrendMetric;

  @Field(() => [SplitTrendLine], {
    description:
      'The values chosen in the filter for the split dimension, else every value; teams, themes and policies by name; at most `limit`.',
  })
  lines: SplitTrendLine[];

  @Field(() => Int, { description: 'How many values there were before `limit` was applied.' })
  total: number;

  @Field(() => [ChangeMarker], { description: 'Improvement actions touching any of the lines.' })
  markers: ChangeMarker[];
}
