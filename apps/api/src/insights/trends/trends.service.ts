import { Injectable } from '@nestjs/common';
import { Interval } from '../item-volume/item-volume.types';
import type { Trends } from './trends.types';
import type { TrendsInput } from './trends.input';
import { InsightData } from '../read-model/insight-data.service';
import type { Measure } from '../read-model/rollups';
import { resolveScope, type Scope } from '../read-model/scope';
import { composeTrends, type TrendRow } from './trends.compose';

/** Longest period per bucket width, so one query never returns an unbounded number of buckets. */
export const MAX_TREND_DAYS: Record<Interval, number> = {
  [Interval.DAY]: 400,
  [Interval.WEEK]: 5 * 366,
  [Interval.MONTH]: 10 * 366,
};

const TREND_MEASURES: Measure[] = [
  'arrivals',
  'analysed',
  'negative',
  'sentiment_sum',
  'rated',
  'satisfaction_sum',
];

@Injectable()
export class TrendsService {
  constructor(private readonly data: InsightData) {}

  trends(input: TrendsInput): Promise<Trends> {
    return this.trendsFor(
      resolveScope(input, MAX_TREND_DAYS[input.interval], this.data.now()),
      input.interval,
    );
  }

  async trendsFor(scope: Scope, interval: Interval): Promise<Trends> {
    const read = (range: { from: number; to: number }) =>
      this.data.measures({
        filter: scope.filter,
        from: range.from,
        to: range.to,
        unit: interval,
        measures: TREND_MEASURES,
        groupBy: ['kind'],
      }) as Promise<TrendRow[]>;
    const [rows, comparisonRows, actions] = await Promise.all([
      read(scope.period),
      scope.comparison ? read(scope.comparison) : Promise.resolve([]),
      this.data.actions(scope.filter),
    ]);
    return composeTrends({
      period: scope.period,
      comparison: scope.comparison,
      interval,
      filter: scope.filter,
      rows,
      comparisonRows,
      actions,
    });
  }
}
