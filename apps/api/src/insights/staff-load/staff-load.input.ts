import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { InsightScopeInput } from '../read-model/scope.types';

@InputType()
export class StaffLoadInput extends InsightScopeInput {
  @Field(() => Int, {
    defaultValue: 26,
    description:
      'Weeks of history, ending with the period, for the weekly series and lagged relations (8 to 104).',
  })
  @IsInt()
  @Min(8)
  @Max(104)
  historyWeeks: number;

  @Field(() => Int, { defaultValue: 6, description: 'Largest lag tried, in weeks (1 to 12).' })
  @IsInt()
  @Min(1)
  @Max(12)
  maxLagWeeks: number;
}
