// Trend-series helpers: dense bucketed series, comparison alignment, safe change figures and
// markers for improvement actions on a chart.

import { formatAmount, formatPercent } from './format';
import { BucketUnit, EpochMs, Period, bucketIndex, bucketStart, bucketStarts } from './time';
import { requireFinite, requireNonNegative } from './validate';

/** One value in one bucket; `at` is the bucket start. */
export interface SeriesPoint {
  at: EpochMs;
  value: number;
}

/**
 * One point per bucket of the period, oldest first, with each input point added into the bucket
 * containing it and empty buckets set to `fill` (SQL GROUP BY omits empty buckets; tests on counts
 * need the zeros). Points outside the period are ignored. O(n + buckets).
 */
export function fillSeries(
  points: readonly SeriesPoint[],
  period: Period,
  unit: BucketUnit,
  fill = 0,
): SeriesPoint[] {
  const starts = bucketStarts(period, unit);
  const values = new Array<number>(starts.length).fill(fill);
  const seen = new Array<boolean>(starts.length).fill(false);
  points.forEach((point, i) => {
    requireFinite(point.value, `points[${i}].value`);
    if (point.at < period.from || point.at >= period.to) return;
    const index = bucketIndex(starts[0], point.at, unit);
    values[index] = seen[index] ? values[index] + point.value : point.value;
    seen[index] = true;
  });
  return starts.map((at, i) => ({ at, value: values[i] }));
}

export type ChangeDirection = 'up' | 'down' | 'flat';

/** A change between two values, with a display label that never divides by zero. */
export interface Change {
  current: number;
  previous: number;
  difference: number;
  // Relative change (0.25 = +25%); null when the previous value was 0 and the current is not.
  relative: number | null;
  direction: ChangeDirection;
  label: string;
}

/**
 * Change of a count or mean (values ≥ 0): "+25%", "−40%", "no change", and "new (from 0)" when
 * the previous value was 0, where a percentage would be infinite.
 */
export function percentChange(current: number, previous: number): Change {
  requireNonNegative(current, 'current');
  requireNonNegative(previous, 'previous');
  const difference = current - previous;
  const direction = directionOf(difference);
  if (previous === 0) {
    return {
      current,
      previous,
      difference,
      relative: current === 0 ? 0 : null,
      direction,
      label: current === 0 ? 'no change' : `new (from 0 to ${formatAmount(current)})`,
    };
  }
  const relative = difference / previous;
  const label =
    direction === 'flat' ? 'no change' : `${signed(relative, formatPercent(Math.abs(relative)))}`;
  return { current, previous, difference, relative, direction, label };
}

/** Change of a share (0–1) in percentage points: "+3.2 pts". Shares compare by points, not percent of percent. */
export function pointChange(current: number, previous: number): Change {
  requireFinite(current, 'current');
  requireFinite(previous, 'previous');
  const difference = current - previous;
  const direction = directionOf(difference);
  const points = Math.abs(difference) * 100;
  const label =
    direction === 'flat' ? 'no change' : signed(difference, `${formatAmount(points)} pts`);
  return { current, previous, difference, relative: null, direction, label };
}

/** A current bucket next to the bucket at the same position in the comparison period. */
export interface ComparedPoint {
  at: EpochMs;
  value: number;
  comparisonAt: EpochMs | null;
  comparisonValue: number | null;
}

/**
 * Pairs the current series with the comparison series by position (bucket 1 with bucket 1 …),
 * which is how "this month vs last month" and "vs the same weeks last year" line up on one chart.
 */
export function alignComparison(
  current: readonly SeriesPoint[],
  comparison: readonly SeriesPoint[],
): ComparedPoint[] {
  return current.map((point, i) => ({
    at: point.at,
    value: point.value,
    comparisonAt: i < comparison.length ? comparison[i].at : null,
    comparisonValue: i < comparison.length ? comparison[i].value : null,
  }));
}

/** A dated event to mark on a trend chart, such as an improvement action going live. */
export interface DatedEvent {
  id: string;
  at: EpochMs;
  label: string;
}

/** The events falling in one bucket of a chart. */
export interface ChangeMarker {
  at: EpochMs;
  events: DatedEvent[];
}

/** Groups events into the chart buckets they fall in (inside the period only), oldest first. */
export function changeMarkers(
  events: readonly DatedEvent[],
  period: Period,
  unit: BucketUnit,
): ChangeMarker[] {
  const byBucket = new Map<EpochMs, DatedEvent[]>();
  const sorted = [...events].sort((a, b) => a.at - b.at);
  sorted.forEach((event, i) => {
    requireFinite(event.at, `events[${i}].at`);
    if (event.at < period.from || event.at >= period.to) return;
    const at = bucketStart(event.at, unit);
    const list = byBucket.get(at) ?? [];
    list.push(event);
    byBucket.set(at, list);
  });
  return [...byBucket.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([at, list]) => ({ at, events: list }));
}

function directionOf(difference: number): ChangeDirection {
  if (difference > 0) return 'up';
  if (difference < 0) return 'down';
  return 'flat';
}

function signed(value: number, magnitude: string): string {
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}
