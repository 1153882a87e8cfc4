import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { TrendMetric, TrendSplit } from './trends.types';
import { TrendsInput } from './trends.input';

/** Lines on one chart before it stops being readable; also what one query may return. */
export const MAX_SPLIT_LINES = 8;

@InputType()
export class SplitTrendsInput extends TrendsInput {
  @Field(() => TrendSplit)
  @IsEnum(TrendSplit)
  split: TrendSplit;

  @Field(() => TrendMetric)
  @IsEnum(TrendMetric)
  metric: TrendMetric;

  @Field(() => Int, {
    defaultValue: MAX_SPLIT_LINES,
    description: `Lines to return, 1 to ${MAX_SPLIT_LINES}: the values chosen in the filter for the split, else all, by name.`,
  })
  @IsInt()
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_SPLIT_LINES, { message: `limit must be at most ${MAX_SPLIT_LINES}` })
  limit: number;
}
