// Before/after effect of an improvement action on what it touched (treated) against what it
// did not (control): difference-in-differences, so a seasonal dip or an organisation-wide change
// is not credited to the action. Counts compare as a ratio of rate ratios with a quasi-Poisson
// interval; per-item values (waits) compare as a ratio of mean ratios with a seeded bootstrap.

import { mean, sum } from './descriptive';
import { normalQuantile } from './distributions';
import { formatPercent } from './format';
import { Interval } from './intervals';
import { mulberry32, randomIndex } from './random';
import {
  SignalsInputError,
  requireCounts,
  requireFiniteValues,
  requireOpenUnit,
  requirePositiveInteger,
} from './validate';

export interface BeforeAfter {
  before: readonly number[];
  after: readonly number[];
}

export interface ImpactLabels {
  // "Complaints about laptop approvals", "Waits on the Laptop approvals step".
  subject: string;
  // "other teams", "untouched themes".
  controlLabel: string;
  level?: number;
}

export interface Impact {
  // Treated after/before relative to control after/before: 0.62 means 38% lower than expected.
  ratio: number;
  interval: Interval;
  // ratio − 1: −0.38 is a 38% fall.
  relativeChange: number;
  significant: boolean;
  treated: { before: number; after: number };
  control: { before: number; after: number };
  // The treated "after" level expected had it moved like the control.
  expectedAfter: number;
  verdict: string;
}

/**
 * Difference-in-differences for counts per bucket (complaints per week): the ratio of the
 * treated group's after/before rate ratio to the control's, with a Wald interval on the log
 * scale widened by the quasi-Poisson dispersion of the weekly counts (estimated around each
 * segment's mean), so noisy weeks give honest intervals. Zero totals get half a count.
 */
export function countImpact(
  treated: BeforeAfter,
  control: BeforeAfter,
  labels: ImpactLabels,
): Impact {
  const level = labels.level ?? 0.95;
  requireOpenUnit(level, 'level');
  const segments = {
    'treated.before': treated.before,
    'treated.after': treated.after,
    'control.before': control.before,
    'control.after': control.after,
  };
  for (const [name, values] of Object.entries(segments)) {
    requireCounts(values, name);
    if (values.length === 0) throw new SignalsInputError(name, 'must have at least one bucket');
  }
  const rate = (values: readonly number[]) => Math.max(sum(values), 0.5) / values.length;
  const tb = rate(treated.before);
  const ta = rate(treated.after);
  const cb = rate(control.before);
  const ca = rate(control.after);
  const ratio = ta / tb / (ca / cb);
  const dispersion = pooledDispersion(Object.values(segments));
  const totals = Object.values(segments).map((v) => Math.max(sum(v), 0.5));
  const se = Math.sqrt(dispersion * totals.reduce((s, t) => s + 1 / t, 0));
  const z = normalQuantile(1 - (1 - level) / 2);
  const interval = { lower: ratio * Math.exp(-z * se), upper: ratio * Math.exp(z * se), level };
  return finish(ratio, interval, { before: tb, after: ta }, { before: cb, after: ca }, labels);
}

export interface MeanImpactOptions extends ImpactLabels {
  // Bootstrap resamples (default 2000) and PRNG seed (default 1): same data, same interval.
  resamples?: number;
  seed?: number;
}

/**
 * Difference-in-differences for per-item values (waiting hours, satisfaction): the ratio of the
 * treated after/before mean ratio to the control's, with a percentile bootstrap interval that
 * resamples each of the four groups (seeded, so results repeat). O(resamples · n).
 */
export function meanImpact(
  treated: BeforeAfter,
  control: BeforeAfter,
  options: MeanImpactOptions,
): Impact {
  const level = options.level ?? 0.95;
  const resamples = options.resamples ?? 2000;
  requireOpenUnit(level, 'level');
  requirePositiveInteger(resamples, 'resamples');
  const groups = [treated.before, treated.after, control.before, control.after];
  const names = ['treated.before', 'treated.after', 'control.before', 'control.after'];
  groups.forEach((values, i) => {
    requireFiniteValues(values, names[i]);
    if (values.length === 0) throw new SignalsInputError(names[i], 'must have at least one value');
    if (values.some((v) => v < 0))
      throw new SignalsInputError(names[i], 'must not hold negative values');
  });
  const means = groups.map(mean);
  if (means[0] === 0 || means[2] === 0 || means[3] === 0) {
    throw new SignalsInputError(
      'before',
      'means of treated.before, control.before and control.after must be above 0',
    );
  }
  const ratioOf = (m: readonly number[]) => m[1] / m[0] / (m[3] / m[2]);
  const ratio = ratioOf(means);

  const random = mulberry32(options.seed ?? 1);
  const draws: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const resampled = groups.map((values) => {
      let total = 0;
      for (let i = 0; i < values.length; i++) total += values[randomIndex(random, values.length)];
      return total / values.length;
    });
    // A resample with a zero denominator says nothing about the ratio; skip it.
    if (resampled[0] > 0 && resampled[2] > 0 && resampled[3] > 0) draws.push(ratioOf(resampled));
  }
  draws.sort((a, b) => a - b);
  const alpha = 1 - level;
  const at = (p: number) =>
    draws[Math.min(draws.length - 1, Math.max(0, Math.floor(p * draws.length)))];
  const interval = { lower: at(alpha / 2), upper: at(1 - alpha / 2), level };
  return finish(
    ratio,
    interval,
    { before: means[0], after: means[1] },
    { before: means[2], after: means[3] },
    options,
  );
}

function finish(
  ratio: number,
  interval: Interval,
  treated: { before: number; after: number },
  control: { before: number; after: number },
  labels: ImpactLabels,
): Impact {
  const significant = interval.lower > 1 || interval.upper < 1;
  const relativeChange = ratio - 1;
  return {
    ratio,
    interval,
    relativeChange,
    significant,
    treated,
    control,
    expectedAfter: treated.before * (control.after / control.before),
    verdict: explainImpact(ratio, interval, significant, labels),
  };
}

// "fell 38% (95% CI 22–51%)" — the interval of a fall is written as falls, smaller first.
function explainImpact(
  ratio: number,
  interval: Interval,
  significant: boolean,
  labels: ImpactLabels,
): string {
  const ci = `${Math.round(interval.level * 100)}% CI`;
  const verdict = significant ? 'significant' : 'not significant';
  const pct = (x: number) => formatPercent(Math.abs(x)).replace('%', '');
  let change: string;
  if (significant && ratio < 1) {
    change = `fell ${formatPercent(1 - ratio)} (${ci} ${pct(1 - interval.upper)}–${formatPercent(1 - interval.lower)})`;
  } else if (significant) {
    change = `rose ${formatPercent(ratio - 1)} (${ci} ${pct(interval.lower - 1)}–${formatPercent(interval.upper - 1)})`;
  } else {
    const signed = (x: number) => `${x < 0 ? '−' : '+'}${formatPercent(Math.abs(x))}`;
    change = `changed ${signed(ratio - 1)} (${ci} ${signed(interval.lower - 1)} to ${signed(interval.upper - 1)})`;
  }
  return `${labels.subject} ${change} relative to ${labels.controlLabel}; ${verdict}.`;
}

// Quasi-Poisson dispersion of bucket counts around each segment's own mean, at least 1.
function pooledDispersion(segments: readonly (readonly number[])[]): number {
  let pearson = 0;
  let df = 0;
  for (const values of segments) {
    const m = sum(values) / values.length;
    if (m === 0 || values.length < 2) continue;
    for (const v of values) pearson += ((v - m) * (v - m)) / m;
    df += values.length - 1;
  }
  return df > 0 ? Math.max(1, pearson / df) : 1;
}
