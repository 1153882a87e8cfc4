import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IdListFilter } from '../../common/list-filter-fields';

export const HORIZON_WEEKS = { min: 4, max: 8 } as const;
export const HISTORY_WEEKS = { min: 26, max: 156 } as const;

@InputType()
export class ArrivalsForecastInput {
  @Field(() => Int, {
    defaultValue: 6,
    description: `Weeks to forecast, from the current week (${HORIZON_WEEKS.min} to ${HORIZON_WEEKS.max}).`,
  })
  @IsInt()
  @Min(HORIZON_WEEKS.min)
  @Max(HORIZON_WEEKS.max)
  horizonWeeks: number;

  @Field(() => Int, {
    defaultValue: 104,
    description: `Whole past weeks the models learn from (${HISTORY_WEEKS.min} to ${HISTORY_WEEKS.max}); a season of 52 weeks needs more than a year.`,
  })
  @IsInt()
  @Min(HISTORY_WEEKS.min)
  @Max(HISTORY_WEEKS.max)
  historyWeeks: number;

  // Teams only: a team's capacity is for all its work, so its whole arrivals are forecast.
  @IdListFilter({ description: 'Teams to forecast (all teams when absent or empty).' })
  teamIds?: string[];
}
