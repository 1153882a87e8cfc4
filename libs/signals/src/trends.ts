// Change figures between two periods that never divide by zero: "+25%", "new (from 0 to 4)",
// "+3.2 pts".

import { formatAmount, formatPercent } from './format';
import { requireFinite, requireNonNegative } from './validate';

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

function directionOf(difference: number): ChangeDirection {
  if (difference > 0) return 'up';
  if (difference < 0) return 'down';
  return 'flat';
}

function signed(value: number, magnitude: string): string {
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}
