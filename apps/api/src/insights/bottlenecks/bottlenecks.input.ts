import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, Max, Min } from 'class-validator';
import { InsightScopeInput } from '../read-model/scope.types';
import { FlowDimension } from './bottlenecks.types';

export const MAX_RANKED = 50;

@InputType()
export class BottlenecksInput extends InsightScopeInput {
  @Field(() => Int, {
    defaultValue: 10,
    description: `Ranked waits and listed breaches, 1 to ${MAX_RANKED}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_RANKED)
  limit: number;

  @Field(() => [FlowDimension], {
    defaultValue: Object.values(FlowDimension),
    description: 'Groupings of lead and first-response times to compute (fewer answer faster).',
  })
  @ArrayMaxSize(5)
  @IsEnum(FlowDimension, { each: true })
  dimensions: FlowDimension[];
}
