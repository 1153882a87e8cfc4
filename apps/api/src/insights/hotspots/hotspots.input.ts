import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { InsightScopeInput } from '../read-model/scope.types';

export const MAX_POLICIES = 50;

@InputType()
export class PolicyHotspotsInput extends InsightScopeInput {
  @Field(() => Int, {
    defaultValue: 20,
    description: `Policies listed, 1 to ${MAX_POLICIES}, highest friction first.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_POLICIES)
  limit: number;

  @Field(() => Int, { defaultValue: 3, description: 'Quotes per policy, 0 to 10.' })
  @IsInt()
  @Min(0)
  @Max(10)
  quotes: number;
}
