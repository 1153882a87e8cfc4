import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { SignalCounting } from '../read-model/counting';
import { InsightScopeInput } from '../read-model/scope.types';

export const MAX_SIGNALS = 50;

@InputType()
export class RisingSignalsInput extends InsightScopeInput {
  @Field(() => SignalCounting, { defaultValue: SignalCounting.COMPLAINTS })
  @IsEnum(SignalCounting)
  counting: SignalCounting;

  @Field(() => Int, {
    defaultValue: 20,
    description: `Signals per list, 1 to ${MAX_SIGNALS}, most severe first.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_SIGNALS)
  limit: number;
}
