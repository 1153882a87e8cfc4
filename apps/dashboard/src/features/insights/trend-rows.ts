import type { Interval } from '../../graphql/generated/graphql';
import type { DrilldownLike } from '../../lib/drilldown-url';
import { formatMonthShort, formatShortDate } from '../../lib/format';

export interface TrendPointLike {
  periodStart: string;
  label: string;
  value: number | null;
  basis: number;
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

/** One bucket of a trend chart: its axis text, its tooltip label and a value per series key. */
export type TrendRow = { bucket: string; tick: string; label: string } & Record<
  string,
  string | number | null
>;

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
    bucket: point.periodStart,
    tick: bucketTick(point.periodStart, interval),
    label: point.label,
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
  const buckets = new Map<string, string>();
  for (const entry of series)
    for (const point of entry.points)
      if (!buckets.has(point.periodStart)) buckets.set(point.periodStart, point.label);
  const order = [...buckets.keys()].sort();
  const drills: TrendRows['drills'] = {};
  const rows: TrendRow[] = order.map((bucket) => ({
    bucket,
    tick: bucketTick(bucket, interval),
    label: buckets.get(bucket) ?? bucket,
  }));
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

/** The first and last buckets may hold only part of a week or month of the period. */
export function partialBuckets(
  rows: readonly TrendRow[],
  period: { from: string; to: string },
  interval: Interval,
): Set<string> {
  const partial = new Set<string>();
  if (rows.length === 0) return partial;
  const first = rows[0].bucket;
  if (first < period.from) partial.add(first);
  const last = rows[rows.length - 1].bucket;
  if (bucketEnd(last, interval) > period.to) partial.add(last);
  return partial;
}

function bucketEnd(start: string, interval: Interval): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (interval === 'DAY') date.setUTCDate(date.getUTCDate() + 1);
  else if (interval === 'WEEK') date.setUTCDate(date.getUTCDate() + 7);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}
