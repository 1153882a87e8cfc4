import {
  formatDuration,
  HOUR_MS,
  percentChange,
  pointChange,
  type Interval,
  type Proportion,
  proportion,
} from '@fulcrum/signals';
import {
  type Change,
  ChangeDirection,
  type IntervalRange,
  type NamedRef,
  type Share,
} from './scope.types';

/** A signals proportion as the API's Share. */
export function toShare(value: Proportion): Share {
  return {
    successes: value.successes,
    trials: value.trials,
    share: value.share,
    lower: value.interval?.lower ?? null,
    upper: value.interval?.upper ?? null,
  };
}

export const shareOf = (successes: number, trials: number): Share =>
  toShare(proportion(Math.max(0, Math.min(successes, trials)), Math.max(0, trials)));

export function toInterval(interval: Interval): IntervalRange {
  return {
    lower: interval.lower,
    upper: Number.isFinite(interval.upper) ? interval.upper : null,
    level: interval.level,
  };
}

const direction = (difference: number): ChangeDirection =>
  difference > 0
    ? ChangeDirection.UP
    : difference < 0
      ? ChangeDirection.DOWN
      : ChangeDirection.FLAT;

const missing = (current: number | null, previous: number | null): Change => ({
  current,
  previous,
  relative: null,
  direction: ChangeDirection.FLAT,
  label: previous === null && current !== null ? 'no comparison' : 'no data',
});

/** Change of a count or a mean of non-negative values: "+25%", "new (from 0 to 4)". */
export function countChange(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return missing(current, previous);
  const change = percentChange(Math.max(0, current), Math.max(0, previous));
  return {
    current,
    previous,
    relative: change.relative,
    direction: direction(change.difference),
    label: change.label,
  };
}

/** Change of a share in percentage points: "+3.2 pts". */
export function shareChange(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return missing(current, previous);
  const change = pointChange(current, previous);
  return {
    current,
    previous,
    relative: null,
    direction: direction(change.difference),
    label: change.label,
  };
}

/** Change of a score (sentiment −1…1, satisfaction 1–5) as a signed difference: "+0.12". */
export function scoreChange(current: number | null, previous: number | null, digits = 2): Change {
  if (current === null || previous === null) return missing(current, previous);
  const difference = current - previous;
  const rounded = Number(difference.toFixed(digits));
  return {
    current,
    previous,
    relative: null,
    direction: direction(rounded),
    label:
      rounded === 0
        ? 'no change'
        : `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(digits)}`,
  };
}

export const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

/** Decimal places a mean of fractional values keeps: far below what any page shows. */
export const MEAN_DIGITS = 6;

/**
 * The mean of a sum of fractional values (sentiment scores), rounded once, here. Double-precision
 * sums of the same values differ in their last bits with the order they were added in (rollups
 * add and subtract as items change; item facts sum in one pass), so both paths round alike.
 */
export function mean(sum: number, count: number): number | null {
  if (count <= 0) return null;
  const scale = 10 ** MEAN_DIGITS;
  return Math.round((sum / count) * scale) / scale;
}

export const hours = (ms: number | null | undefined): number | null =>
  ms === null || ms === undefined ? null : ms / HOUR_MS;

/** "3.5 hours", "2.1 days" for sentences. */
export const hoursLabel = (value: number | null): string =>
  value === null ? 'no data' : formatDuration(value * HOUR_MS);

/** A team, theme or policy by id, with its name ("Unknown" when it is gone). */
export const namedRef = (names: ReadonlyMap<string, string>, id: string): NamedRef => ({
  id,
  name: names.get(id) ?? 'Unknown',
});
