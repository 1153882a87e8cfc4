// Sustained shifts: a level that has crept up (or down) over several periods without any single
// period looking alarming. A quasi-Poisson likelihood-ratio CUSUM (Page 1954; Lucas 1985 for
// counts) run over a recent monitoring window against the baseline level before it.

import { MIN_BASELINE_BUCKETS, estimateBaseline } from './baseline';
import { formatAmount, formatRatio } from './format';
import { BucketUnit, bucketsPerYear } from './time';
import {
  SignalsInputError,
  requireCounts,
  requirePositive,
  requirePositiveInteger,
} from './validate';

export type ShiftState = 'ok' | 'watch' | 'alert';

export interface ShiftOptions {
  label: string;
  unit: BucketUnit;
  // Which way to look (default 'rise').
  direction?: 'rise' | 'fall';
  // The change the CUSUM is tuned to catch fastest, as a multiplier > 1 (default 1.5: +50%, or
  // −33% for falls). Smaller shifts are still caught, more slowly.
  shiftRatio?: number;
  // Buckets at the end of the series watched for a shift (default: 28 days, 13 weeks, 6 months).
  monitorLength?: number;
  // Buckets before the monitoring window that set the usual level (default: 56 days, 26 weeks,
  // 12 months).
  baselineLength?: number;
  // Average time between false alarms on a steady series, in years (default 10). The alarm
  // threshold is h = ln(years × buckets per year), by Lorden's bound on the CUSUM's average run
  // length (ARL ≥ e^h for a likelihood-ratio CUSUM).
  yearsBetweenFalseAlarms?: number;
}

export interface ShiftTest {
  status: 'tested';
  label: string;
  unit: BucketUnit;
  direction: 'rise' | 'fall';
  state: ShiftState;
  // The CUSUM after each monitored bucket, and the alarm threshold it is compared with.
  statistic: number[];
  threshold: number;
  // Index into `counts` where the current excursion began, and where it first crossed the
  // threshold (null when the statistic is at 0 or has not crossed).
  shiftStart: number | null;
  alarmAt: number | null;
  // Mean per bucket before (baseline) and since the shift began (or over the window).
  baselineMean: number;
  recentMean: number;
  ratio: number;
  dispersion: number;
  explanation: string;
}

export interface ShiftUntested {
  status: 'insufficient-history';
  label: string;
  baselineBuckets: number;
  requiredBuckets: number;
  explanation: string;
}

export type ShiftResult = ShiftTest | ShiftUntested;

const DEFAULT_MONITOR: Record<BucketUnit, number> = { day: 28, week: 13, month: 6 };
const DEFAULT_BASELINE: Record<BucketUnit, number> = { day: 91, week: 52, month: 24 };

/**
 * Runs a CUSUM over the last `monitorLength` buckets of `counts` (oldest first, zeros included)
 * against the level of the buckets before them; says whether a sustained shift is under way,
 * since when, and how large.
 */
export function detectShift(counts: readonly number[], options: ShiftOptions): ShiftResult {
  requireCounts(counts, 'counts');
  const direction = options.direction ?? 'rise';
  const shiftRatio = options.shiftRatio ?? 1.5;
  const monitorLength = options.monitorLength ?? DEFAULT_MONITOR[options.unit];
  const baselineLength = options.baselineLength ?? DEFAULT_BASELINE[options.unit];
  const years = options.yearsBetweenFalseAlarms ?? 10;
  if (!(shiftRatio > 1) || !Number.isFinite(shiftRatio)) {
    throw new SignalsInputError('shiftRatio', 'must be a finite number > 1', shiftRatio);
  }
  requirePositiveInteger(monitorLength, 'monitorLength');
  requirePositiveInteger(baselineLength, 'baselineLength');
  requirePositive(years, 'yearsBetweenFalseAlarms');

  const monitorStart = Math.max(0, counts.length - monitorLength);
  const baselineCounts = counts.slice(Math.max(0, monitorStart - baselineLength), monitorStart);
  if (baselineCounts.length < MIN_BASELINE_BUCKETS || monitorStart === counts.length) {
    return {
      status: 'insufficient-history',
      label: options.label,
      baselineBuckets: baselineCounts.length,
      requiredBuckets: MIN_BASELINE_BUCKETS,
      explanation: `${options.label}: not enough history to judge a sustained shift (${baselineCounts.length} of ${MIN_BASELINE_BUCKETS} ${options.unit}s before the monitored ${options.unit}s).`,
    };
  }

  const baseline = estimateBaseline(baselineCounts);
  const mu0 = baseline.mean;
  const mu1 = direction === 'rise' ? mu0 * shiftRatio : mu0 / shiftRatio;
  // Quasi-Poisson log-likelihood ratio of "shifted" vs "usual" for one bucket's count.
  const slope = Math.log(mu1 / mu0) / baseline.dispersion;
  const offset = (mu1 - mu0) / baseline.dispersion;
  const threshold = Math.log(years * bucketsPerYear(options.unit));

  const statistic: number[] = [];
  let s = 0;
  let shiftStart: number | null = null;
  let alarmAt: number | null = null;
  for (let i = monitorStart; i < counts.length; i++) {
    const before = s;
    s = Math.max(0, s + counts[i] * slope - offset);
    if (s === 0) {
      shiftStart = null;
      alarmAt = null;
    } else if (before === 0) {
      shiftStart = i;
    }
    if (s >= threshold && alarmAt === null) alarmAt = i;
    statistic.push(s);
  }
  const state: ShiftState = s >= threshold ? 'alert' : s >= threshold / 2 ? 'watch' : 'ok';
  const since = shiftStart ?? monitorStart;
  let recentTotal = 0;
  for (let i = since; i < counts.length; i++) recentTotal += counts[i];
  const recentMean = recentTotal / (counts.length - since);
  const test: Omit<ShiftTest, 'explanation'> = {
    status: 'tested',
    label: options.label,
    unit: options.unit,
    direction,
    state,
    statistic,
    threshold,
    shiftStart,
    alarmAt: state === 'alert' ? alarmAt : null,
    baselineMean: mu0,
    recentMean,
    ratio: recentMean / mu0,
    dispersion: baseline.dispersion,
  };
  return { ...test, explanation: explainShift(test, counts.length - since) };
}

// Sentences lead with the label and a colon, so they read right for singular and plural labels.
function explainShift(test: Omit<ShiftTest, 'explanation'>, span: number): string {
  const per = `a ${test.unit}`;
  const usual = formatAmount(test.baselineMean);
  const change = test.direction === 'rise' ? 'rise' : 'fall';
  const lasting = span === 1 ? `this ${test.unit}` : `for the last ${span} ${test.unit}s`;
  const figures = `about ${formatAmount(test.recentMean)} ${per} against ${usual} before (${formatRatio(test.ratio)})`;
  switch (test.state) {
    case 'alert':
      return `${test.label}: a sustained ${change} ${lasting}, ${figures}.`;
    case 'watch':
      return `${test.label}: possibly drifting ${test.direction === 'rise' ? 'up' : 'down'} ${lasting}, ${figures}; not yet a sustained shift.`;
    case 'ok':
      return `${test.label}: no sustained ${change} from the usual level of about ${usual} ${per}.`;
  }
}
