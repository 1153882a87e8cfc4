// "Is this period unusual?" for a count series (complaints per theme, per policy …) judged
// against its own history: a quasi-Poisson predictive test in the spirit of the improved
// Farrington algorithm (Noufaily et al. 2013) used for disease-outbreak surveillance.
//
// Baseline: the trailing buckets before the tested window, or the same weeks in past years
// (± a few buckets) when a seasonal period is given and a year of history exists. Past outbreaks
// are trimmed from it. The tested count is compared with a negative binomial matching the
// baseline mean and variance — dispersion × mean, plus the uncertainty of the estimated mean —
// so steady but noisy series do not alarm and short histories are judged cautiously.

import { MIN_BASELINE_BUCKETS, estimateBaseline, predictiveCount } from './baseline';
import { formatAmount, formatPValue, formatRatio } from './format';
import { Interval, rateRatioInterval } from './intervals';
import { benjaminiHochberg } from './multiple-testing';
import { BucketUnit } from './time';
import {
  SignalsInputError,
  requireCounts,
  requireNonNegative,
  requireOpenUnit,
  requirePositiveInteger,
} from './validate';

export type Alternative = 'greater' | 'less' | 'two-sided';
export type SpikeDirection = 'rise' | 'fall' | 'none';
export type Severity = 'none' | 'watch' | 'alert';

export interface SpikeOptions {
  // Subject of the sentence: "Complaints citing 'Refunds need a receipt'".
  label: string;
  // Width of one bucket of `counts`.
  unit: BucketUnit;
  // How many of the most recent buckets form the tested period (default 1: the last bucket).
  recent?: number;
  // Trailing baseline length in buckets (default: 56 days, 26 weeks, 12 months).
  baselineLength?: number;
  // Buckets left out between the baseline and the tested period, so that the first weeks of a
  // step change are not absorbed into "usual" before they are flagged (default: 7 days, 2 weeks,
  // 1 month).
  guard?: number;
  // Buckets per seasonal cycle (52 for weeks, 12 for months, 7 for a weekly cycle of days). When
  // given and a year of history exists, the baseline is the same window in up to `seasonalYears`
  // past cycles, widened by `seasonalHalfWidth` buckets on each side (defaults 3 and 3).
  seasonalPeriod?: number;
  seasonalYears?: number;
  seasonalHalfWidth?: number;
  // Which departures count (default 'two-sided'; 'greater' for "rising only").
  alternative?: Alternative;
  // p-value thresholds (defaults 0.01 and 0.001).
  watchLevel?: number;
  alertLevel?: number;
  // A rise must reach this many events in the tested period, and a fall must come from an
  // expected count this large, before it is flagged (default 5): three complaints instead of one
  // may be improbable, but it is not news.
  minCount?: number;
  // Confidence level of the rate-ratio interval (default 0.95).
  level?: number;
}

/** The outcome of testing one series. */
export interface SpikeTest {
  status: 'tested';
  label: string;
  unit: BucketUnit;
  recent: number;
  // Totals over the tested period, and the same per bucket.
  observed: number;
  expected: number;
  observedPerBucket: number;
  expectedPerBucket: number;
  // Observed ÷ expected rate, with an interval widened for overdispersion.
  rateRatio: number;
  rateRatioInterval: Interval;
  pValue: number;
  alternative: Alternative;
  direction: SpikeDirection;
  severity: Severity;
  // Whether the counts are large enough to flag at all (see `minCount`).
  largeEnough: boolean;
  // The central 95% range of a usual period, per bucket.
  usualRange: { lower: number; upper: number };
  dispersion: number;
  baseline: { method: 'trailing' | 'seasonal'; buckets: number; excludedOutbreaks: number };
  explanation: string;
}

/** Returned instead of a test when there is too little history to judge. */
export interface SpikeUntested {
  status: 'insufficient-history';
  label: string;
  observed: number;
  baselineBuckets: number;
  requiredBuckets: number;
  explanation: string;
}

export type SpikeResult = SpikeTest | SpikeUntested;

const DEFAULT_BASELINE: Record<BucketUnit, number> = { day: 56, week: 26, month: 12 };
const DEFAULT_GUARD: Record<BucketUnit, number> = { day: 7, week: 2, month: 1 };

/**
 * Tests whether the last `recent` buckets of `counts` (one count per bucket, oldest first, zeros
 * included) are unusual against the series' own history; returns expected vs observed, the rate
 * ratio with its interval, a p-value, direction, severity and a one-sentence explanation.
 */
export function detectSpike(counts: readonly number[], options: SpikeOptions): SpikeResult {
  requireCounts(counts, 'counts');
  const recent = options.recent ?? 1;
  const guard = options.guard ?? DEFAULT_GUARD[options.unit];
  const alternative = options.alternative ?? 'two-sided';
  const watchLevel = options.watchLevel ?? 0.01;
  const alertLevel = options.alertLevel ?? 0.001;
  const minCount = options.minCount ?? 5;
  const level = options.level ?? 0.95;
  requirePositiveInteger(recent, 'recent');
  if (!Number.isInteger(guard) || guard < 0)
    throw new SignalsInputError('guard', 'must be a whole number ≥ 0', guard);
  requireOpenUnit(watchLevel, 'watchLevel');
  requireOpenUnit(alertLevel, 'alertLevel');
  if (alertLevel > watchLevel)
    throw new SignalsInputError('alertLevel', 'must not exceed watchLevel', alertLevel);
  requireNonNegative(minCount, 'minCount');
  if (counts.length < recent) {
    throw new SignalsInputError(
      'counts',
      `must hold at least the ${recent} tested bucket(s)`,
      counts.length,
    );
  }

  const start = counts.length - recent;
  let observed = 0;
  for (let i = start; i < counts.length; i++) observed += counts[i];
  const { indices, method } = baselineIndices(counts.length, recent, guard, options);
  if (indices.length < MIN_BASELINE_BUCKETS) {
    return {
      status: 'insufficient-history',
      label: options.label,
      observed,
      baselineBuckets: indices.length,
      requiredBuckets: MIN_BASELINE_BUCKETS,
      explanation: `${options.label}: not enough history to judge (${indices.length} of ${MIN_BASELINE_BUCKETS} ${options.unit}s needed).`,
    };
  }

  const baseline = estimateBaseline(indices.map((i) => counts[i]));
  const predictive = predictiveCount(baseline, recent);
  const expected = predictive.mean;
  const upper = predictive.upperTail(observed);
  const lower = predictive.lowerTail(observed);
  const pValue = pForAlternative(alternative, upper, lower);
  const direction: SpikeDirection =
    observed > expected ? 'rise' : observed < expected ? 'fall' : 'none';
  const largeEnough = direction === 'rise' ? observed >= minCount : expected >= minCount;
  const { ratio, interval } = rateRatioInterval({
    count: observed,
    exposure: recent,
    referenceCount: baseline.total,
    referenceExposure: baseline.size,
    dispersion: baseline.dispersion,
    level,
  });
  const test: Omit<SpikeTest, 'severity' | 'explanation'> = {
    status: 'tested',
    label: options.label,
    unit: options.unit,
    recent,
    observed,
    expected,
    observedPerBucket: observed / recent,
    expectedPerBucket: baseline.mean,
    rateRatio: ratio,
    rateRatioInterval: interval,
    pValue,
    alternative,
    direction,
    largeEnough,
    usualRange: {
      lower: predictive.quantile(0.025) / recent,
      upper: predictive.quantile(0.975) / recent,
    },
    dispersion: baseline.dispersion,
    baseline: { method, buckets: baseline.size, excludedOutbreaks: baseline.excluded },
  };
  const severity = severityOf(test, pValue, watchLevel, alertLevel);
  return { ...test, severity, explanation: explainSpike({ ...test, severity }) };
}

/** A spike test ranked among many, with its Benjamini–Hochberg q-value. */
export interface RankedSpike extends SpikeTest {
  qValue: number;
  rank: number;
}

export interface RankOptions {
  // q-value thresholds for the family (defaults 0.05 and 0.01).
  watchLevel?: number;
  alertLevel?: number;
}

/**
 * Ranks many spike tests (one per theme or policy) with Benjamini–Hochberg control of false
 * discoveries: severity is re-judged on q-values, so testing 60 themes does not raise 60 chances
 * of a false alarm. Most severe first, then smallest q, then largest change. Untested series are
 * left out.
 */
export function rankSpikes(
  results: readonly SpikeResult[],
  options: RankOptions = {},
): RankedSpike[] {
  const watchLevel = options.watchLevel ?? 0.05;
  const alertLevel = options.alertLevel ?? 0.01;
  requireOpenUnit(watchLevel, 'watchLevel');
  requireOpenUnit(alertLevel, 'alertLevel');
  const tests = results.filter((r): r is SpikeTest => r.status === 'tested');
  const q = benjaminiHochberg(tests.map((t) => t.pValue));
  const weight: Record<Severity, number> = { alert: 2, watch: 1, none: 0 };
  return tests
    .map((test, i) => {
      const severity = severityOf(test, q[i], watchLevel, alertLevel);
      return {
        ...test,
        severity,
        qValue: q[i],
        explanation: explainSpike({ ...test, severity }),
        rank: 0,
      };
    })
    .sort(
      (a, b) =>
        weight[b.severity] - weight[a.severity] ||
        a.qValue - b.qValue ||
        changeSize(b.rateRatio) - changeSize(a.rateRatio),
    )
    .map((test, i) => ({ ...test, rank: i + 1 }));
}

function baselineIndices(
  length: number,
  recent: number,
  guard: number,
  options: SpikeOptions,
): { indices: number[]; method: 'trailing' | 'seasonal' } {
  const start = length - recent;
  const end = start - guard; // baseline buckets must come before this index
  const period = options.seasonalPeriod;
  if (period !== undefined) {
    requirePositiveInteger(period, 'seasonalPeriod');
    const years = options.seasonalYears ?? 3;
    const halfWidth = options.seasonalHalfWidth ?? 3;
    requirePositiveInteger(years, 'seasonalYears');
    if (!Number.isInteger(halfWidth) || halfWidth < 0) {
      throw new SignalsInputError('seasonalHalfWidth', 'must be a whole number ≥ 0', halfWidth);
    }
    if (start - period - halfWidth >= 0) {
      const indices: number[] = [];
      for (let year = years; year >= 1; year--) {
        const from = Math.max(0, start - year * period - halfWidth);
        const to = Math.min(end, length - 1 - year * period + halfWidth + 1);
        for (let i = from; i < to; i++)
          if (indices.length === 0 || i > indices[indices.length - 1]) indices.push(i);
      }
      return { indices, method: 'seasonal' };
    }
  }
  const trailing = options.baselineLength ?? DEFAULT_BASELINE[options.unit];
  requirePositiveInteger(trailing, 'baselineLength');
  const indices: number[] = [];
  for (let i = Math.max(0, end - trailing); i < end; i++) indices.push(i);
  return { indices, method: 'trailing' };
}

// Size of a multiplicative change either way: ×2 and ×½ rank alike.
function changeSize(ratio: number): number {
  return Math.abs(Math.log(Math.max(ratio, 1e-9)));
}

function pForAlternative(alternative: Alternative, upper: number, lower: number): number {
  switch (alternative) {
    case 'greater':
      return upper;
    case 'less':
      return lower;
    case 'two-sided':
      return Math.min(1, 2 * Math.min(upper, lower));
  }
}

function severityOf(
  test: Pick<SpikeTest, 'alternative' | 'direction' | 'largeEnough'>,
  p: number,
  watchLevel: number,
  alertLevel: number,
): Severity {
  const wanted =
    (test.direction === 'rise' && test.alternative !== 'less') ||
    (test.direction === 'fall' && test.alternative !== 'greater');
  if (!wanted || !test.largeEnough) return 'none';
  if (p < alertLevel) return 'alert';
  if (p < watchLevel) return 'watch';
  return 'none';
}

const PER: Record<BucketUnit, string> = { day: 'a day', week: 'a week', month: 'a month' };

function explainSpike(test: Omit<SpikeTest, 'explanation'>): string {
  const per = PER[test.unit];
  const over = test.recent > 1 ? ` over the last ${test.recent} ${test.unit}s` : '';
  const range = `${formatAmount(test.usualRange.lower)}–${formatAmount(test.usualRange.upper)}`;
  const from = formatAmount(test.expectedPerBucket);
  const to = formatAmount(test.observedPerBucket);
  const ratio = formatRatio(test.rateRatio);
  const p = formatPValue(test.pValue);
  if (test.severity === 'none' || test.direction === 'none') {
    return `${test.label}: ${to} ${per}${over} against about ${from} usually (${ratio}), within normal variation (usual range ${range}, ${p}).`;
  }
  const verb = test.direction === 'rise' ? 'rose' : 'fell';
  const side = test.direction === 'rise' ? 'above' : 'below';
  const strength = test.severity === 'alert' ? 'well ' : '';
  return `${test.label} ${verb} from about ${from} to ${to} ${per}${over} (${ratio}), ${strength}${side} the usual range of ${range} (${p}).`;
}
