import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DEFAULT_STALE_DAYS, MAX_STALE_DAYS } from '../read-model/drilldown.types';
import { InsightScopeInput } from '../read-model/scope.types';

export const MAX_ATTENTION_ITEMS = 200;

@InputType({
  description:
    'Open items are judged now; escalations are those on items received in the period (from, to).',
})
export class AttentionInput extends InsightScopeInput {
  @Field(() => Int, {
    defaultValue: DEFAULT_STALE_DAYS,
    description: `No update for this many days makes an open item need attention, 1 to ${MAX_STALE_DAYS}.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_STALE_DAYS)
  staleDays: number;

  @Field(() => Int, { defaultValue: 50, description: `Items listed, 1 to ${MAX_ATTENTION_ITEMS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_ATTENTION_ITEMS)
  limit: number;
}
