import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Drilldown } from '../read-model/drilldown.types';
import { InsightScopeInput } from '../read-model/scope.types';
import { ExportFormat } from './review-pack.types';

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
