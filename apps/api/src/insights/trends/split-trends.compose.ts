// The pure half of split trends: which lines a split draws, and one metric's series per line
// from rows grouped by the split's column.
import type { BucketUnit, Period } from '@fulcrum/signals';
import { Channel, ItemKind } from '../../items/item.enums';
import type { Interval } from '../item-volume/item-volume.types';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { type Filter, periodRange } from '../read-model/scope';
import type { NamedRef } from '../read-model/scope.types';
import {
  type ActionDates,
  actionMarkers,
  composeSeries,
  lineSpec,
  type TrendRow,
} from './trends.compose';
import { type SplitTrends, TrendMetric, TrendSplit } from './trends.types';

/** One line of a split: what it is, and the page's filter narrowed to it. */
export interface SplitLine {
  key: string;
  subject: NamedRef | null;
  channel: Channel | null;
  kind: ItemKind | null;
  filter: Filter;
}

/** The column of the grouped rows that names a line. */
export const SPLIT_COLUMN = {
  [TrendSplit.TEAM]: 'team_id',
  [TrendSplit.THEME]: 'dim_id',
  [TrendSplit.POLICY]: 'dim_id',
  [TrendSplit.CHANNEL]: 'channel',
  [TrendSplit.KIND]: 'kind',
} as const satisfies Record<TrendSplit, keyof MeasureRow>;

/** The filter whose actions touch any of the lines: the split's dimension lists every line. */
export function actionsFilter(
  split: TrendSplit,
  filter: Filter,
  lines: readonly SplitLine[],
): Filter {
  const keys = lines.map((line) => line.key);
  switch (split) {
    case TrendSplit.TEAM:
      return { ...filter, teamIds: keys };
    case TrendSplit.THEME:
      return { ...filter, themeIds: keys };
    case TrendSplit.POLICY:
      return { ...filter, policyIds: keys };
    case TrendSplit.CHANNEL:
    case TrendSplit.KIND:
      return filter;
  }
}

/**
 * The lines of a split: the values the filter chose for that dimension, else every value (teams,
 * themes and policies by name, channels and kinds in their order), the first `limit` of them.
 */
export function splitLines(
  split: TrendSplit,
  filter: Filter,
  names: Names,
  limit: number,
): { lines: SplitLine[]; total: number } {
  const named = (map: Map<string, string>, chosen: string[], key: keyof Filter): SplitLine[] =>
    (chosen.length ? chosen : [...map.keys()])
      .map((id) => ({ id, name: map.get(id) ?? 'Unknown' }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map((subject) => ({
        key: subject.id,
        subject,
        channel: null,
        kind: null,
        filter: { ...filter, [key]: [subject.id] },
      }));
  const listed = <T extends string>(all: T[], chosen: T[], make: (value: T) => SplitLine) =>
    (chosen.length ? all.filter((value) => chosen.includes(value)) : all).map(make);
  let lines: SplitLine[];
  switch (split) {
    case TrendSplit.TEAM:
      lines = named(names.teams, filter.teamIds, 'teamIds');
      break;
    case TrendSplit.THEME:
      lines = named(names.themes, filter.themeIds, 'themeIds');
      break;
    case TrendSplit.POLICY:
      lines = named(names.policies, filter.policyIds, 'policyIds');
      break;
    case TrendSplit.CHANNEL:
      lines = listed(Object.values(Channel), filter.channels, (channel) => ({
        key: channel,
        subject: null,
        channel,
        kind: null,
        filter: { ...filter, channels: [channel] },
      }));
      break;
    case TrendSplit.KIND:
      lines = listed(Object.values(ItemKind), filter.kinds, (kind) => ({
        key: kind,
        subject: null,
        channel: null,
        kind,
        filter: { ...filter, kinds: [kind] },
      }));
      break;
  }
  return { lines: lines.slice(0, limit), total: lines.length };
}

export interface SplitTrendsData {
  period: Period;
  comparison: Period | null;
  interval: Interval;
  split: TrendSplit;
  metric: TrendMetric;
  lines: readonly SplitLine[];
  total: number;
  /** Sums per bucket, kind and the split's column. */
  rows: readonly MeasureRow[];
  comparisonRows: readonly MeasureRow[];
  actions: readonly ActionDates[];
}

/** One series of the metric per line, from the rows of that line's value. */
export function composeSplitTrends(data: SplitTrendsData): SplitTrends {
  const column = SPLIT_COLUMN[data.split];
  const of = (rows: readonly MeasureRow[], key: string) =>
    rows.filter((row) => row[column] === key) as unknown as TrendRow[];
  return {
    period: periodRange(data.period),
    comparisonPeriod: data.comparison ? periodRange(data.comparison) : null,
    interval: data.interval,
    split: data.split,
    metric: data.metric,
    lines: data.lines.map((line) => ({
      subject: line.subject,
      channel: line.channel,
      kind: line.kind,
      series: composeSeries(
        {
          period: data.period,
          comparison: data.comparison,
          interval: data.interval,
          filter: line.filter,
          rows: of(data.rows, line.key),
          comparisonRows: of(data.comparisonRows, line.key),
        },
        lineSpec(data.metric, line.filter),
      ),
    })),
    total: data.total,
    markers: actionMarkers(data.actions, data.period, data.interval as BucketUnit),
  };
}
