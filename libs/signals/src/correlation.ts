// Lagged relations between two series (staff load → complaints, backlog → waits): cross-
// correlation at each lag, with significance that allows for autocorrelation (trending series
// correlate by accident) and for having picked the best of several lags.

import { formatPValue } from './format';
import { studentTCdf } from './distributions';
import { BucketUnit } from './time';
import { SignalsInputError, requireCount, requireFiniteValues, requireOpenUnit } from './validate';

export interface LagCorrelation {
  // Positive: the driver leads (driver at t vs outcome at t + lag); negative: the outcome leads.
  lag: number;
  r: number | null;
  pairs: number;
  // Pairs discounted for autocorrelation (Bartlett; Pyper & Peterman 1998).
  effectivePairs: number;
  pValue: number | null;
}

export interface LaggedRelation {
  lags: LagCorrelation[];
  // The lag with the largest |r|, its p-value Bonferroni-adjusted for the number of lags tried.
  best: LagCorrelation | null;
  adjustedPValue: number | null;
  significant: boolean;
  explanation: string;
}

export interface LaggedOptions {
  driverLabel: string;
  outcomeLabel: string;
  unit: BucketUnit;
  // Lags tried on each side (default 6).
  maxLag?: number;
  alpha?: number;
}

const MIN_PAIRS = 6;

/**
 * Cross-correlation of `driver` and `outcome` (same buckets, oldest first) at lags −maxLag …
 * +maxLag, the strongest lag, and whether it survives autocorrelation and multiple-lag
 * correction. O(n · (maxLag + 50)).
 */
export function laggedCorrelation(
  driver: readonly number[],
  outcome: readonly number[],
  options: LaggedOptions,
): LaggedRelation {
  requireFiniteValues(driver, 'driver');
  requireFiniteValues(outcome, 'outcome');
  if (driver.length !== outcome.length) {
    throw new SignalsInputError('outcome', 'must have as many buckets as driver', outcome.length);
  }
  const maxLag = options.maxLag ?? 6;
  const alpha = options.alpha ?? 0.05;
  requireCount(maxLag, 'maxLag');
  requireOpenUnit(alpha, 'alpha');
  const n = driver.length;
  // Autocorrelations up to n/5 lags (Pyper & Peterman), capped at 50 to stay O(n).
  const horizon = Math.max(1, Math.min(50, Math.floor(n / 5)));
  const acfDriver = autocorrelations(driver, horizon);
  const acfOutcome = autocorrelations(outcome, horizon);
  let inflation = 0;
  for (let j = 0; j < horizon; j++) inflation += acfDriver[j] * acfOutcome[j];

  const lags: LagCorrelation[] = [];
  for (let lag = -maxLag; lag <= maxLag; lag++) {
    const start = Math.max(0, -lag);
    const end = Math.min(n, n - lag);
    const pairs = Math.max(0, end - start);
    const effectivePairs = Math.min(pairs, Math.max(3, pairs / (1 + 2 * Math.max(0, inflation))));
    if (pairs < MIN_PAIRS) {
      lags.push({ lag, r: null, pairs, effectivePairs, pValue: null });
      continue;
    }
    const r = pearson(driver, outcome, start, end, lag);
    lags.push({
      lag,
      r,
      pairs,
      effectivePairs,
      pValue: r === null ? null : correlationPValue(r, effectivePairs),
    });
  }
  const candidates = lags.filter((l) => l.r !== null);
  const best = candidates.reduce<LagCorrelation | null>(
    (top, l) => (top === null || Math.abs(l.r ?? 0) > Math.abs(top.r ?? 0) ? l : top),
    null,
  );
  const adjustedPValue =
    best !== null && best.pValue !== null ? Math.min(1, best.pValue * candidates.length) : null;
  const significant = adjustedPValue !== null && adjustedPValue < alpha;
  return {
    lags,
    best,
    adjustedPValue,
    significant,
    explanation: explainRelation(
      options,
      best,
      adjustedPValue,
      significant,
      candidates.length,
      maxLag,
    ),
  };
}

/** Pearson correlation of two equal-length series; null when either is constant. O(n). */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length)
    throw new SignalsInputError('y', 'must have as many values as x', y.length);
  return pearson(x, y, 0, x.length, 0);
}

// Correlation of x[t] with y[t + lag] for t in [start, end).
function pearson(
  x: readonly number[],
  y: readonly number[],
  start: number,
  end: number,
  lag: number,
): number | null {
  const n = end - start;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let t = start; t < end; t++) {
    mx += x[t];
    my += y[t + lag];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let t = start; t < end; t++) {
    const dx = x[t] - mx;
    const dy = y[t + lag] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function autocorrelations(x: readonly number[], horizon: number): number[] {
  const n = x.length;
  const m = x.reduce((s, v) => s + v, 0) / n;
  let denominator = 0;
  for (const v of x) denominator += (v - m) * (v - m);
  const result: number[] = [];
  for (let j = 1; j <= horizon; j++) {
    let numerator = 0;
    for (let t = 0; t + j < n; t++) numerator += (x[t] - m) * (x[t + j] - m);
    result.push(denominator === 0 ? 0 : numerator / denominator);
  }
  return result;
}

// Two-sided p-value of r from the t test with n − 2 degrees of freedom.
function correlationPValue(r: number, n: number): number {
  if (Math.abs(r) >= 1) return 0;
  const df = n - 2;
  const t = Math.abs(r) * Math.sqrt(df / (1 - r * r));
  return 2 * (1 - studentTCdf(t, df));
}

function explainRelation(
  options: LaggedOptions,
  best: LagCorrelation | null,
  adjustedPValue: number | null,
  significant: boolean,
  lagsTried: number,
  maxLag: number,
): string {
  const { driverLabel, outcomeLabel, unit } = options;
  if (best === null || best.r === null || adjustedPValue === null) {
    return `Not enough overlapping ${unit}s to relate ${driverLabel} and ${outcomeLabel}.`;
  }
  const span = (k: number) => `${Math.abs(k)} ${unit}${Math.abs(k) === 1 ? '' : 's'}`;
  const stats = `r = ${best.r.toFixed(2)}, ${formatPValue(adjustedPValue)} allowing for ${lagsTried} lags tried`;
  if (!significant) {
    return `No clear relation between ${driverLabel} and ${outcomeLabel} within ${span(maxLag)} either way (strongest ${stats}).`;
  }
  const response = best.r > 0 ? 'a rise' : 'a fall';
  if (best.lag === 0) {
    const together = best.r > 0 ? 'move together' : 'move in opposite directions';
    return `${capitalise(driverLabel)} and ${outcomeLabel} ${together} in the same ${unit} (${stats}).`;
  }
  const [leader, follower] =
    best.lag > 0 ? [driverLabel, outcomeLabel] : [outcomeLabel, driverLabel];
  return `A rise in ${leader} is followed by ${response} in ${follower} ${span(best.lag)} later (${stats}).`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
