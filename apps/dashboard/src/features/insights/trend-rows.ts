import type { Interval } from '../../graphql/generated/graphql';
import type { DrilldownLike } from '../../lib/drilldown-url';
import { formatMonthShort, formatShortDate } from '../../lib/format';

export interface TrendPointLike {
  periodStart: string;
  label: string;
  value: number | null;
  basis: number;
  /** Days of the bucket inside the period, of bucketDays. */
  days: number;
  bucketDays: number;
  partial: boolean;
  comparisonStart: string | null;
  comparisonValue: number | null;
  drilldown: DrilldownLike;
}

export interface MarkerLike {
  periodStart: string;
  actions: readonly {
    actionId: string;
    title: string;
    milestone: 'STARTED' | 'DONE';
    on: string;
  }[];
}

/**
 * One bucket of a trend chart: its axis text, its label (with the partial note, for the tooltip
 * and the table), the partial note alone (null for a whole bucket) and a value per series key.
 */
export type TrendRow = {
  bucket: string;
  tick: string;
  label: string;
  partialNote: string | null;
} & Record<string, string | number | null>;

/**
 * "partial week: 4 of 7 days" for a bucket the period covers only in part (a month's first and
 * last weeks), whose count covers only those days; null for a whole one.
 */
export function partialNote(point: Pick<TrendPointLike, 'days' | 'bucketDays' | 'partial'>) {
  if (!point.partial) return null;
  const unit = point.bucketDays === 7 ? 'week' : point.bucketDays === 1 ? 'day' : 'month';
  return `partial ${unit}: ${point.days} of ${point.bucketDays} days`;
}

const rowOf = (point: TrendPointLike, interval: Interval) => {
  const note = partialNote(point);
  return {
    bucket: point.periodStart,
    tick: bucketTick(point.periodStart, interval),
    label: note ? `${point.label} (${note})` : point.label,
    partialNote: note,
  };
};

export interface TrendRows {
  rows: TrendRow[];
  /** Per series key, the drill-down of each row (same order as rows). */
  drills: Record<string, (DrilldownLike | null)[]>;
}

/** "5 Oct" for days and weeks, "Oct 2026" for months: short enough for an axis. */
export function bucketTick(periodStart: string, interval: Interval): string {
  if (interval === 'MONTH') return formatMonthShort(periodStart.slice(0, 7));
  return formatShortDate(periodStart).replace(/ \d{4}$/, '');
}

/**
 * One series and its comparison as chart rows: `current` and `comparison` per bucket, null
 * where nothing was measured (a gap, not a zero).
 */
export function comparisonRows(points: readonly TrendPointLike[], interval: Interval): TrendRows {
  const rows = points.map((point) => ({
    ...rowOf(point, interval),
    current: point.value,
    comparison: point.comparisonValue,
  }));
  return { rows, drills: { current: points.map((point) => point.drilldown), comparison: [] } };
}

/**
 * Several series side by side (one per kind, team…): rows for every bucket any series has, in
 * order; a series without a bucket reads null there.
 */
export function seriesRows(
  series: readonly { key: string; points: readonly TrendPointLike[] }[],
  interval: Interval,
): TrendRows {
  const buckets = new Map<string, TrendPointLike>();
  for (const entry of series)
    for (const point of entry.points)
      if (!buckets.has(point.periodStart)) buckets.set(point.periodStart, point);
  const order = [...buckets.keys()].sort();
  const drills: TrendRows['drills'] = {};
  const rows: TrendRow[] = order.map((bucket) =>
    rowOf(buckets.get(bucket) as TrendPointLike, interval),
  );
  for (const entry of series) {
    const byBucket = new Map(entry.points.map((point) => [point.periodStart, point]));
    drills[entry.key] = order.map((bucket) => byBucket.get(bucket)?.drilldown ?? null);
    order.forEach((bucket, index) => {
      rows[index][entry.key] = byBucket.get(bucket)?.value ?? null;
    });
  }
  return { rows, drills };
}

export interface ChartMarker {
  /** 1, 2, 3…: the number drawn on the chart and in the list under it. */
  number: number;
  bucket: string;
  actionId: string;
  title: string;
  milestone: 'STARTED' | 'DONE';
  on: string;
}

/** Improvement actions to mark, numbered in date order, only in buckets the chart shows. */
export function chartMarkers(
  markers: readonly MarkerLike[],
  rows: readonly TrendRow[],
): ChartMarker[] {
  const shown = new Set(rows.map((row) => row.bucket));
  return markers
    .filter((marker) => shown.has(marker.periodStart))
    .flatMap((marker) =>
      marker.actions.map((action) => ({ ...action, bucket: marker.periodStart })),
    )
    .sort((a, b) => a.on.localeCompare(b.on) || a.title.localeCompare(b.title))
    .map((action, index) => ({ number: index + 1, ...action }));
}
