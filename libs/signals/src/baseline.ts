// The "usual level" of a count series: mean and overdispersion estimated from history, with
// past outbreaks trimmed so that one old spike does not make every later spike look normal.

import { countLowerTail, countQuantile, countUpperTail, gammaQuantile } from './distributions';
import { SignalsInputError } from './validate';

// Local aliases: these run in hot loops, and global lookups are slow in sandboxed runtimes (jest's vm).
const { floor, max, pow, sqrt } = Math;

/** Mean and quasi-Poisson dispersion (variance ÷ mean, at least 1) of the baseline counts kept. */
export interface CountBaseline {
  mean: number;
  dispersion: number;
  // The Pearson estimate before flooring at 1: what the data say, used for its uncertainty.
  rawDispersion: number;
  // Buckets kept and the sum of their counts: the reference rate behind rate ratios.
  size: number;
  total: number;
  // Buckets dropped as past outbreaks.
  excluded: number;
}

// Anscombe residual (leave-one-out) above which a baseline bucket counts as a past outbreak.
// Noufaily et al. (2013) use 2.58 with in-sample residuals; simulation here showed that trimming
// at 2.58 removes ordinary high weeks of bursty steady series, underestimates their dispersion
// and raises false alerts 2–3×, while 3.5 still removes a doubled week of a Poisson count of 20.
const OUTBREAK_RESIDUAL = 3.5;

/** Fewest baseline buckets a test will judge from. */
export const MIN_BASELINE_BUCKETS = 6;
const MAX_PASSES = 5;

/**
 * Estimates the baseline level of counts: quasi-Poisson mean and dispersion, re-estimated without
 * buckets whose Anscombe residual (against the other buckets) exceeds 3.5, until none remain (at
 * most 5 passes). A zero total gets half an event spread over the baseline so a first-ever burst
 * still has a finite ratio.
 */
export function estimateBaseline(counts: readonly number[]): CountBaseline {
  if (counts.length === 0) throw new SignalsInputError('baseline', 'must have at least one bucket');
  let kept = [...counts];
  for (let pass = 0; pass < MAX_PASSES && kept.length > 2; pass++) {
    // Each bucket is judged against the mean and dispersion of the others (leave-one-out), so a
    // lone outbreak cannot inflate the dispersion that should expose it.
    let sum = 0;
    let squares = 0;
    for (const x of kept) {
      sum += x;
      squares += x * x;
    }
    const others = kept.length - 1;
    const next = kept.filter((x) => {
      const mean = (sum - x) / others;
      if (mean === 0) return x === 0;
      const pearson = (squares - x * x - (sum - x) * mean) / mean;
      const dispersion = max(1, pearson / (others - 1));
      const residual =
        (1.5 * (pow(x, 2 / 3) - pow(mean, 2 / 3))) / (pow(mean, 1 / 6) * sqrt(dispersion));
      return residual <= OUTBREAK_RESIDUAL;
    });
    if (next.length === kept.length || next.length < 2) break;
    kept = next;
  }
  const { mean, dispersion, rawDispersion, total } = moments(kept);
  return {
    mean: total === 0 ? 0.5 / kept.length : mean,
    dispersion,
    rawDispersion,
    size: kept.length,
    total: total === 0 ? 0.5 : total,
    excluded: counts.length - kept.length,
  };
}

function moments(values: readonly number[]): {
  mean: number;
  dispersion: number;
  rawDispersion: number;
  total: number;
} {
  let total = 0;
  for (const v of values) total += v;
  const mean = total / values.length;
  if (mean === 0 || values.length < 2) return { mean, dispersion: 1, rawDispersion: 1, total };
  let pearson = 0;
  for (const v of values) pearson += ((v - mean) * (v - mean)) / mean;
  const rawDispersion = pearson / (values.length - 1);
  return { mean, dispersion: max(1, rawDispersion), rawDispersion, total };
}

/** The distribution of the total count over the next `buckets` buckets if nothing has changed. */
export interface PredictiveCount {
  mean: number;
  // P(X ≥ k) and P(X ≤ k).
  upperTail(k: number): number;
  lowerTail(k: number): number;
  // Smallest k with P(X ≤ k) ≥ p.
  quantile(p: number): number;
}

const DISPERSION_DRAWS = 16;
const chiSquareQuantileCache = new Map<number, number[]>();

/**
 * Predictive distribution of the next `buckets` buckets' total under the baseline: negative
 * binomial with mean buckets·μ and variance buckets·φ·μ·(1 + buckets/n) (the second term is the
 * error of the estimated mean), averaged over the uncertainty of φ itself — a scaled inverse
 * chi-square whose degrees of freedom allow for the kurtosis of the counts, integrated at 16
 * quantiles. Without that average a dispersion underestimated from a short, bursty history makes
 * ordinary weeks look alarming.
 */
export function predictiveCount(baseline: CountBaseline, buckets: number): PredictiveCount {
  const mean = buckets * baseline.mean;
  const variances = dispersionDraws(baseline).map(
    (dispersion) => buckets * dispersion * baseline.mean * (1 + buckets / baseline.size),
  );
  const uppers = variances.map((v) => countUpperTail(mean, v));
  const lowers = variances.map((v) => countLowerTail(mean, v));
  const average = (fs: ((k: number) => number)[], k: number) =>
    fs.reduce((s, f) => s + f(k), 0) / fs.length;
  const lowerTail = (k: number) => (k < 0 ? 0 : average(lowers, k));
  const median = variances[floor(variances.length / 2)];
  return {
    mean,
    upperTail: (k) => average(uppers, k),
    lowerTail,
    quantile: (p) => {
      let k = countQuantile(p, mean, median);
      if (lowerTail(k) >= p) {
        while (k > 0 && lowerTail(k - 1) >= p) k--;
      } else {
        while (lowerTail(k) < p) k++;
      }
      return k;
    },
  };
}

function dispersionDraws(baseline: CountBaseline): number[] {
  const df = dispersionDegreesOfFreedom(baseline);
  const key = Math.round(df * 100) / 100;
  let quantiles = chiSquareQuantileCache.get(key);
  if (quantiles === undefined) {
    quantiles = Array.from(
      { length: DISPERSION_DRAWS },
      (_, j) => 2 * gammaQuantile((j + 0.5) / DISPERSION_DRAWS, key / 2),
    );
    chiSquareQuantileCache.set(key, quantiles);
  }
  // Descending chi-square quantiles give ascending dispersions.
  return quantiles.map((q) => max(1, (baseline.rawDispersion * key) / q)).reverse();
}

// Degrees of freedom of the variance estimate: n − 1 for normal data, far fewer for skewed counts.
// Var(s²)/σ⁴ ≈ 2/(n − 1) + κ/n, with κ the excess kurtosis of a negative binomial with the baseline's
// mean μ and dispersion φ (d = φ − 1): κ = (1 + 7d + 12d² + 6d³)/(μφ²). A week that averages one
// complaint in bursts says little about its own variance, and the test must know that.
function dispersionDegreesOfFreedom(baseline: CountBaseline): number {
  const n = baseline.size;
  const d = baseline.dispersion - 1;
  const kurtosis =
    (1 + 7 * d + 12 * d * d + 6 * d * d * d) /
    (baseline.mean * baseline.dispersion * baseline.dispersion);
  return 2 / (2 / (n - 1) + kurtosis / n);
}
