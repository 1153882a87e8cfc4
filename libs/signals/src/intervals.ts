// Confidence intervals for shares and for ratios of Poisson rates.

import { betaQuantile, normalQuantile } from './distributions';
import {
  requireCount,
  requireNonNegative,
  requireOpenUnit,
  requirePositive,
  SignalsInputError,
} from './validate';

/** A two-sided confidence interval; `upper` is Infinity when the data cannot bound it (no reference events). */
export interface Interval {
  lower: number;
  upper: number;
  level: number;
}

/** A share with its interval; `share` and `interval` are null when there were no trials. */
export interface Proportion {
  successes: number;
  trials: number;
  share: number | null;
  interval: Interval | null;
}

/**
 * successes ÷ trials with a Wilson score interval: unlike the textbook ±1.96·SE interval it stays
 * inside [0, 1] and keeps its coverage for small counts and shares near 0 or 1.
 */
export function proportion(successes: number, trials: number, level = 0.95): Proportion {
  requireCount(successes, 'successes');
  requireCount(trials, 'trials');
  requireOpenUnit(level, 'level');
  if (successes > trials)
    throw new SignalsInputError('successes', 'must not exceed trials', successes);
  if (trials === 0) return { successes, trials, share: null, interval: null };
  const z = normalQuantile(1 - (1 - level) / 2);
  const share = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (share + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((share * (1 - share)) / trials + z2n / (4 * trials))) / (1 + z2n);
  return {
    successes,
    trials,
    share,
    interval: { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), level },
  };
}

export interface RateRatioInput {
  count: number;
  exposure: number;
  referenceCount: number;
  referenceExposure: number;
  // Variance ÷ mean of the counts (1 = Poisson). Counts are divided by it before the exact test:
  // the quasi-Poisson "effective count" correction, so noisy series get honestly wide intervals.
  dispersion?: number;
  level?: number;
}

/**
 * Ratio of two Poisson rates, (count/exposure) ÷ (referenceCount/referenceExposure), with the
 * exact conditional interval: given the total, count is binomial, so Clopper–Pearson limits on
 * its share convert to limits on the ratio.
 */
export function rateRatioInterval(input: RateRatioInput): { ratio: number; interval: Interval } {
  const {
    count,
    exposure,
    referenceCount,
    referenceExposure,
    dispersion = 1,
    level = 0.95,
  } = input;
  requireNonNegative(count, 'count');
  requirePositive(exposure, 'exposure');
  requireNonNegative(referenceCount, 'referenceCount');
  requirePositive(referenceExposure, 'referenceExposure');
  if (!(dispersion >= 1) || !Number.isFinite(dispersion)) {
    throw new SignalsInputError('dispersion', 'must be a finite number ≥ 1', dispersion);
  }
  requireOpenUnit(level, 'level');
  if (count === 0 && referenceCount === 0) {
    throw new SignalsInputError('count', 'and referenceCount must not both be 0');
  }
  const alpha = 1 - level;
  const x = count / dispersion;
  const y = referenceCount / dispersion;
  const toRatio = (share: number) => (share / (1 - share)) * (referenceExposure / exposure);
  const lowerShare = x === 0 ? 0 : betaQuantile(alpha / 2, x, y + 1);
  const upperShare = y === 0 ? 1 : betaQuantile(1 - alpha / 2, x + 1, y);
  return {
    ratio:
      referenceCount === 0 ? Infinity : count / exposure / (referenceCount / referenceExposure),
    interval: {
      lower: toRatio(lowerShare),
      upper: upperShare === 1 ? Infinity : toRatio(upperShare),
      level,
    },
  };
}
