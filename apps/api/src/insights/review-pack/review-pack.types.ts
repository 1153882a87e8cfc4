import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Drilldown } from '../read-model/drilldown.types';
import { ImpactAction } from '../impact/impact.types';
import { Change, InsightScopeInput, PeriodRange } from '../read-model/scope.types';
import { ValueFormat } from '../trends/trends.types';

export enum ExportFormat {
  MARKDOWN = 'markdown',
  CSV = 'csv',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@InputType()
export class ReviewPackInput extends InsightScopeInput {}

@InputType()
export class ReviewPackExportInput extends InsightScopeInput {
  @Field(() => ExportFormat, { defaultValue: ExportFormat.MARKDOWN })
  @IsEnum(ExportFormat)
  format: ExportFormat;
}

export const MAX_EXPORT_ROWS = 10_000;

@InputType()
export class ItemExportInput {
  @Field(() => Drilldown, {
    description: 'The items to export (any drilldown an insight returned).',
  })
  @ValidateNested()
  @Type(() => Drilldown)
  drilldown: Drilldown;

  @Field(() => Int, {
    defaultValue: 1000,
    description: `Rows, newest first, 1 to ${MAX_EXPORT_ROWS}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_EXPORT_ROWS)
  limit: number;
}

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
