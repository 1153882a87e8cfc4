import type {
  Interval,
  SplitTrendsQuery,
  TrendMetric,
  TrendsQuery,
  TrendSeriesFieldsFragment,
} from '../../graphql/generated/graphql';
import { channelLabel, itemKindLabel, itemKindPlural } from '../../lib/labels';

export const TREND_METRICS = [
  'COMPLAINTS',
  'VOLUME',
  'NEGATIVE_SHARE',
  'SENTIMENT',
  'SATISFACTION',
] as const satisfies readonly TrendMetric[];

export const metricLabel: Record<TrendMetric, string> = {
  COMPLAINTS: 'Complaints',
  VOLUME: 'Items received, by kind',
  NEGATIVE_SHARE: 'Share with negative sentiment',
  SENTIMENT: 'Mean sentiment (−1 to 1)',
  SATISFACTION: 'Mean satisfaction (1–5)',
};

export const INTERVALS = ['DAY', 'WEEK', 'MONTH'] as const satisfies readonly Interval[];
export const intervalLabel: Record<Interval, string> = {
  DAY: 'By day',
  WEEK: 'By week',
  MONTH: 'By month',
};

/** The longest period the trends query accepts per bucket width (400 days, 5 and 10 years). */
export const MAX_MONTHS: Record<Interval, number> = { DAY: 13, WEEK: 60, MONTH: 120 };

export const SPLITS = ['NONE', 'TEAM', 'THEME', 'POLICY', 'CHANNEL', 'KIND'] as const;
export type Split = (typeof SPLITS)[number];
export const splitLabel: Record<Split, string> = {
  NONE: 'Nothing',
  TEAM: 'Team',
  THEME: 'Theme',
  POLICY: 'Policy',
  CHANNEL: 'Channel',
  KIND: 'Kind',
};

/** Lines on one chart before it stops being readable (the API's limit too). */
export const MAX_LINES = 8;

export interface TrendOptions {
  metric: TrendMetric;
  interval: Interval;
  split: Split;
}

const lower = (value: string) => value.toLowerCase().replace(/_/g, '-');
const read = <V extends string>(raw: string | null, values: readonly V[], fallback: V): V =>
  values.find((value) => lower(value) === raw?.toLowerCase()) ?? fallback;

/** ?metric=complaints&every=week&split=team, each with its default. */
export function readTrendOptions(params: URLSearchParams): TrendOptions {
  return {
    metric: read(params.get('metric'), TREND_METRICS, 'COMPLAINTS'),
    interval: read(params.get('every'), INTERVALS, 'WEEK'),
    split: read(params.get('split'), SPLITS, 'NONE'),
  };
}

export function withTrendOptions(params: URLSearchParams, options: TrendOptions): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('metric', lower(options.metric));
  next.set('every', lower(options.interval));
  if (options.split === 'NONE') next.delete('split');
  else next.set('split', lower(options.split));
  return next;
}

/** Which series the query asks for: only the metric shown. */
export function metricFlags(metric: TrendMetric) {
  return {
    volume: metric === 'VOLUME',
    complaints: metric === 'COMPLAINTS',
    negativeShare: metric === 'NEGATIVE_SHARE',
    sentiment: metric === 'SENTIMENT',
    satisfaction: metric === 'SATISFACTION',
  };
}

/** The series of the metric in an answer: one per kind for volume, else one. */
export function seriesOf(
  trends: TrendsQuery['trends'],
  metric: TrendMetric,
): TrendSeriesFieldsFragment[] {
  switch (metric) {
    case 'VOLUME':
      return trends.volumeByKind ?? [];
    case 'COMPLAINTS':
      return trends.complaints ? [trends.complaints] : [];
    case 'NEGATIVE_SHARE':
      return trends.negativeShare ? [trends.negativeShare] : [];
    case 'SENTIMENT':
      return trends.sentiment ? [trends.sentiment] : [];
    case 'SATISFACTION':
      return trends.satisfaction ? [trends.satisfaction] : [];
  }
}

type SplitLine = SplitTrendsQuery['splitTrends']['lines'][number];

/** A split line's name: the team, theme or policy, else the channel or kind in words. */
export function splitLineLabel(line: Pick<SplitLine, 'subject' | 'channel' | 'kind'>): string {
  if (line.subject) return line.subject.name;
  if (line.channel) return channelLabel[line.channel];
  if (line.kind) return itemKindLabel[line.kind];
  return 'Items';
}

/** A split line's stable key for the chart (the id, channel or kind). */
export const splitLineKey = (line: Pick<SplitLine, 'subject' | 'channel' | 'kind'>): string =>
  line.subject?.id ?? line.channel ?? line.kind ?? 'all';

/** Okabe–Ito, in an order where neighbours differ in lightness too; yellow last (faint on white). */
export const LINE_COLORS = [
  'var(--chart-blue)',
  'var(--chart-vermillion)',
  'var(--chart-green)',
  'var(--chart-orange)',
  'var(--chart-purple)',
  'var(--chart-sky)',
  'var(--chart-black)',
  'var(--chart-yellow)',
];

/** The series key for a kind's line when volume is shown by kind. */
export function kindLabel(kind: string | null): string {
  return kind && kind in itemKindPlural
    ? itemKindPlural[kind as keyof typeof itemKindPlural]
    : 'Items';
}
