import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Drilldown } from '../read-model/drilldown.types';
import { ImpactAction } from '../impact/impact.types';
import { Change, PeriodRange } from '../read-model/scope.types';
import { ValueFormat } from '../trends/trends.types';

export enum ExportFormat {
  MARKDOWN = 'markdown',
  CSV = 'csv',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@ObjectType({ description: 'A file to download.' })
export class ExportFile {
  @Field()
  filename: string;

  @Field({ description: '"text/markdown" or "text/csv".' })
  contentType: string;

  @Field()
  content: string;

  @Field(() => Int, { description: 'Data rows (CSV) or sections (Markdown).' })
  rows: number;

  @Field({ description: 'More rows matched than the limit allowed.' })
  truncated: boolean;
}

@ObjectType({ description: 'A headline figure of the review, against the comparison period.' })
export class Kpi {
  @Field({
    description:
      'Stable key: items, complaints, negative-share, satisfaction, first-response-p50, lead-time-p50, first-response-sla, resolution-sla, backlog, warning-alerts, rising-alerts.',
  })
  key: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => ValueFormat)
  format: ValueFormat;

  @Field(() => Change)
  change: Change;

  @Field({
    description:
      'Whether a rise is good news (satisfaction, attainment) or bad (complaints, waits).',
  })
  higherIsBetter: boolean;

  @Field(() => Drilldown, { nullable: true })
  drilldown: Drilldown | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the drill-down opens, in words: for a rate or a median, which part of it (the rated items, the late first responses).',
  })
  drilldownLabel: string | null;

  @Field(() => Int, { nullable: true, description: 'How many items the drill-down opens.' })
  drilldownCount: number | null;

  @Field({
    description:
      'The judgement in one sentence that names what it is judged against ("Complaints: 202, −0.4% against Oct 2026 (203): better.").',
  })
  verdict: string;
}

@ObjectType({
  description:
    'Two verdicts of the review on one measure that point different ways (better against the comparison period, alert against the usual level or the thresholds), and the sentence that says why both hold.',
})
export class Reconciliation {
  @Field({
    description:
      'The measure: a headline key ("complaints") or a warning sign ("excuses") with no headline figure.',
  })
  measure: string;

  @Field({ description: 'One sentence naming both baselines.' })
  text: string;
}

@ObjectType({ description: 'An improvement action active or done in the period.' })
export class ReviewAction extends ImpactAction {
  @Field()
  owner: string;
}

@ObjectType({
  description:
    'Everything the monthly service review needs for a period; sections are computed when asked for.',
})
export class ReviewPack {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field()
  generatedAt: Date;
}
