import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Drilldown } from '../read-model/drilldown.types';
import { NamedRef } from '../read-model/scope.types';

export enum ForecastRisk {
  /** The central forecast exceeds capacity in some week. */
  EXCEEDS = 'exceeds',
  /** Only the upper 80% bound does. */
  MAY_EXCEED = 'may-exceed',
  OK = 'ok',
  /** No capacity to compare with (too few weeks of completions). */
  UNKNOWN = 'unknown',
}
registerEnumType(ForecastRisk, { name: 'ForecastRisk' });

@ObjectType({ description: 'Arrivals of one past week, with the items behind them.' })
export class ForecastHistoryWeek {
  @Field({ description: 'Monday (YYYY-MM-DD).' })
  weekStart: string;

  @Field(() => Int)
  arrivals: number;

  @Field(() => Drilldown, { description: 'The items received that week.' })
  drilldown: Drilldown;
}

@ObjectType({ description: 'Expected arrivals of one coming week, with prediction intervals.' })
export class ForecastWeek {
  @Field({ description: 'Monday (YYYY-MM-DD).' })
  weekStart: string;

  @Field(() => Float, { description: 'Central forecast.' })
  expected: number;

  @Field(() => Float)
  lower80: number;

  @Field(() => Float)
  upper80: number;

  @Field(() => Float)
  lower95: number;

  @Field(() => Float)
  upper95: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Central forecast minus capacity (positive: over); null without a capacity.',
  })
  excess: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Upper 80% bound minus capacity (positive: may be over).',
  })
  upperExcess: number | null;
}

@ObjectType({ description: 'How the forecast was made and how well that method did.' })
export class ForecastModel {
  @Field({
    description:
      'naive, seasonal-naive, simple-smoothing, holt, seasonal-smoothing or holt-winters: the method whose forecasts from the last origins were closest.',
  })
  method: string;

  @Field({ description: 'The method in words.' })
  label: string;

  @Field(() => Int, { nullable: true, description: 'Season length in weeks (52: week of year).' })
  seasonWeeks: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean absolute error a week of the method in the back-test.',
  })
  backtestMae: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The same for repeating the last week's count (the naive forecast).",
  })
  naiveMae: number | null;

  @Field(() => Int, { description: 'Forecast origins in the back-test (0: too little history).' })
  backtestOrigins: number;
}

@ObjectType({ description: "One team's coming weeks against its capacity." })
export class TeamForecast {
  @Field(() => NamedRef)
  team: NamedRef;

  @Field(() => ForecastRisk)
  risk: ForecastRisk;

  @Field({ description: 'What the forecast says about capacity, in words.' })
  summary: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Items the team can handle a week: completions per person in a busy week (90th percentile of the last 52 weeks) × staff on the books less open vacancies.',
  })
  capacityPerWeek: number | null;

  @Field({ description: 'How the capacity was worked out, in words.' })
  capacityBasis: string;

  @Field(() => ForecastModel)
  model: ForecastModel;

  @Field(() => [ForecastHistoryWeek], { description: 'Whole past weeks, oldest first.' })
  history: ForecastHistoryWeek[];

  @Field(() => [ForecastWeek], { description: 'The coming weeks, from the current one.' })
  weeks: ForecastWeek[];
}

@ObjectType()
export class ArrivalsForecast {
  @Field({ description: 'Monday of the first forecast week (the current, unfinished week).' })
  firstWeek: string;

  @Field(() => Int)
  horizonWeeks: number;

  @Field(() => [TeamForecast], { description: 'Most at risk first.' })
  teams: TeamForecast[];

  @Field(() => [String], { description: 'Teams left out and why (too little history).' })
  notes: string[];
}
