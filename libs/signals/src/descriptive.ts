// Descriptive statistics over plain arrays.

import { SignalsInputError, requireFiniteValues, requireUnit } from './validate';

/** Sum of the values (0 for none). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Arithmetic mean; throws on an empty list because "no data" is not zero. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new SignalsInputError('values', 'must not be empty');
  return sum(values) / values.length;
}

/** Sample variance (n − 1 denominator); 0 for fewer than two values. */
export function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return squares / (n - 1);
}

/**
 * The p-quantile of values sorted ascending, by linear interpolation between order statistics
 * (Hyndman–Fan type 7: R's default, numpy's default and PostgreSQL's `percentile_cont`), so the
 * API may compute the same figure in SQL or here. null for an empty list.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  requireUnit(p, 'p');
  const n = sorted.length;
  if (n === 0) return null;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/** Several type-7 quantiles of unsorted values, sorting once (O(n log n)). */
export function quantiles(values: readonly number[], ps: readonly number[]): (number | null)[] {
  requireFiniteValues(values, 'values');
  const sorted = [...values].sort((a, b) => a - b);
  return ps.map((p) => quantileSorted(sorted, p));
}

/** One type-7 quantile of unsorted values (p50 = median, p90 …); null for an empty list. */
export function quantile(values: readonly number[], p: number): number | null {
  return quantiles(values, [p])[0];
}
