import { Injectable } from '@nestjs/common';
import { Interval } from '../item-volume/item-volume.types';
import { type SplitTrends, TrendSplit, type Trends } from './trends.types';
import type { TrendsInput } from './trends.input';
import type { SplitTrendsInput } from './split-trends.input';
import {
  actionsFilter,
  composeSplitTrends,
  SPLIT_COLUMN,
  splitLines,
} from './split-trends.compose';
import { InsightData } from '../read-model/insight-data.service';
import { Dimension, type Grouping, type Measure } from '../read-model/rollups';
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

  /**
   * One metric split by team, theme, policy, channel or kind, read in one grouped query per
   * period (not one query per line).
   */
  async splitTrends(input: SplitTrendsInput): Promise<SplitTrends> {
    const scope = resolveScope(input, MAX_TREND_DAYS[input.interval], this.data.now());
    const { lines, total } = splitLines(
      input.split,
      scope.filter,
      await this.data.names(),
      input.limit,
    );
    const column = SPLIT_COLUMN[input.split];
    const per =
      input.split === TrendSplit.THEME
        ? Dimension.THEME
        : input.split === TrendSplit.POLICY
          ? Dimension.POLICY
          : undefined;
    const groupBy: Grouping[] = column === 'kind' ? ['kind'] : ['kind', column];
    const read = (range: { from: number; to: number }) =>
      lines.length === 0
        ? Promise.resolve([])
        : this.data.measures({
            filter: scope.filter,
            from: range.from,
            to: range.to,
            unit: input.interval,
            measures: TREND_MEASURES,
            groupBy,
            per,
          });
    const [rows, comparisonRows, actions] = await Promise.all([
      read(scope.period),
      scope.comparison ? read(scope.comparison) : Promise.resolve([]),
      lines.length
        ? this.data.actions(actionsFilter(input.split, scope.filter, lines))
        : Promise.resolve([]),
    ]);
    return composeSplitTrends({
      period: scope.period,
      comparison: scope.comparison,
      interval: input.interval,
      split: input.split,
      metric: input.metric,
      lines,
      total,
      rows,
      comparisonRows,
      actions,
    });
  }
}
