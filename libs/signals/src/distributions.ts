// Special functions and distribution tails, computed in log space where it matters so that
// p-values stay accurate far into the tails (a Poisson tail of 1e-30 must not round to 0 or 1).
// References: Numerical Recipes 3rd ed. §6.1–6.4 (Lanczos, incomplete gamma/beta by series and
// Lentz continued fractions); Acklam's normal quantile refined by one Halley step.

import {
  SignalsInputError,
  requireCount,
  requireNonNegative,
  requireOpenUnit,
  requirePositive,
  requireUnit,
} from './validate';

// Local aliases: these run in hot loops, and global lookups are slow in sandboxed runtimes (jest's vm).
const { abs, exp, log, log1p, sqrt, pow, floor, max, sin, PI } = Math;

const EPSILON = Number.EPSILON;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** log Γ(x) for x > 0 (Lanczos, g = 7): about 15 significant digits. */
export function logGamma(x: number): number {
  requirePositive(x, 'x');
  if (x < 0.5) return log(PI / sin(PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * log(2 * PI) + (z + 0.5) * log(t) - t + log(sum);
}

/** Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a): the Gamma(a) and Poisson CDFs rest on it. */
export function regularizedGammaP(a: number, x: number): number {
  requirePositive(a, 'a');
  requireNonNegative(x, 'x');
  if (x === 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly so small tails keep their digits. */
export function regularizedGammaQ(a: number, x: number): number {
  requirePositive(a, 'a');
  requireNonNegative(x, 'x');
  if (x === 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function gammaPrefactor(a: number, x: number): number {
  return exp(-x + a * log(x) - logGamma(a));
}

function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (abs(term) < abs(sum) * EPSILON) break;
  }
  return sum * gammaPrefactor(a, x);
}

function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (abs(delta - 1) <= EPSILON) break;
  }
  return gammaPrefactor(a, x) * h;
}

/** Regularised incomplete beta I_x(a, b): the Beta, binomial, negative binomial and Student t CDFs rest on it. */
export function regularizedBeta(x: number, a: number, b: number): number {
  requirePositive(a, 'a');
  requirePositive(b, 'b');
  requireUnit(x, 'x');
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (abs(delta - 1) <= EPSILON) break;
  }
  return h;
}

/** Standard normal CDF Φ(z), via Φ(z) = Q(½, z²/2)/2 for z < 0, so the lower tail is exact to ~1e-300. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new SignalsInputError('z', 'must be a number', z);
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const half = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z < 0 ? half : 1 - half;
}

const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Standard normal quantile Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation + one Halley step: ~1e-15). */
export function normalQuantile(p: number): number {
  requireOpenUnit(p, 'p');
  const low = 0.02425;
  let x: number;
  if (p < low || p > 1 - low) {
    const q = sqrt(-2 * log(p < low ? p : 1 - p));
    const num =
      ((((ACKLAM_C[0] * q + ACKLAM_C[1]) * q + ACKLAM_C[2]) * q + ACKLAM_C[3]) * q + ACKLAM_C[4]) *
        q +
      ACKLAM_C[5];
    const den = (((ACKLAM_D[0] * q + ACKLAM_D[1]) * q + ACKLAM_D[2]) * q + ACKLAM_D[3]) * q + 1;
    x = p < low ? num / den : -num / den;
  } else {
    const q = p - 0.5;
    const r = q * q;
    const num =
      (((((ACKLAM_A[0] * r + ACKLAM_A[1]) * r + ACKLAM_A[2]) * r + ACKLAM_A[3]) * r + ACKLAM_A[4]) *
        r +
        ACKLAM_A[5]) *
      q;
    const den =
      ((((ACKLAM_B[0] * r + ACKLAM_B[1]) * r + ACKLAM_B[2]) * r + ACKLAM_B[3]) * r + ACKLAM_B[4]) *
        r +
      1;
    x = num / den;
  }
  // Halley refinement against the accurate CDF; the error is measured on the nearer tail.
  const error = p < 0.5 ? normalCdf(x) - p : 1 - p - normalCdf(-x);
  const u = error * sqrt(2 * PI) * exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** P(X ≤ k) for X ~ Poisson(mean). */
export function poissonLowerTail(k: number, mean: number): number {
  requireCount(k, 'k');
  requireNonNegative(mean, 'mean');
  if (mean === 0) return 1;
  return regularizedGammaQ(k + 1, mean);
}

/** P(X ≥ k) for X ~ Poisson(mean): the one-sided p-value of an observed count k. */
export function poissonUpperTail(k: number, mean: number): number {
  requireCount(k, 'k');
  requireNonNegative(mean, 'mean');
  if (k === 0) return 1;
  if (mean === 0) return 0;
  return regularizedGammaP(k, mean);
}

/**
 * Fisher's exact test, one-sided: the p-value that `hits` of `total` texts carrying a feature is no
 * higher a share than `baselineHits` of `baselineTotal`. The hypergeometric upper tail, summed in
 * log space from the observed table outwards (terms shrink fast, so the sum stops early).
 */
export function fisherExactGreater(
  hits: number,
  total: number,
  baselineHits: number,
  baselineTotal: number,
): number {
  requireCount(hits, 'hits');
  requireCount(baselineHits, 'baselineHits');
  requireCount(total, 'total');
  requireCount(baselineTotal, 'baselineTotal');
  if (hits > total) throw new SignalsInputError('hits', 'must be at most total', hits);
  if (baselineHits > baselineTotal)
    throw new SignalsInputError('baselineHits', 'must be at most baselineTotal', baselineHits);
  const carriers = hits + baselineHits;
  const population = total + baselineTotal;
  // At or below the fewest hits the margins allow, every table is at least as extreme.
  if (hits <= Math.max(0, carriers - baselineTotal)) return 1;
  const logChoose = (n: number, k: number) =>
    logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  const logAll = logChoose(population, total);
  let p = 0;
  for (let k = hits; k <= Math.min(carriers, total); k++) {
    const term = exp(logChoose(carriers, k) + logChoose(population - carriers, total - k) - logAll);
    p += term;
    if (term < p * EPSILON) break;
  }
  return Math.min(1, p);
}

/** P(X ≤ k) for a negative binomial X with the given mean and size (variance mean + mean²/size). */
export function negativeBinomialLowerTail(k: number, mean: number, size: number): number {
  requireCount(k, 'k');
  requireNonNegative(mean, 'mean');
  requirePositive(size, 'size');
  if (mean === 0) return 1;
  return regularizedBeta(size / (size + mean), size, k + 1);
}

/** P(X ≥ k) for a negative binomial X (mean, size), computed as I_{μ/(r+μ)}(k, r) so small tails stay exact. */
export function negativeBinomialUpperTail(k: number, mean: number, size: number): number {
  requireCount(k, 'k');
  requireNonNegative(mean, 'mean');
  requirePositive(size, 'size');
  if (k === 0) return 1;
  if (mean === 0) return 0;
  return regularizedBeta(mean / (size + mean), k, size);
}

/**
 * The smallest whole k with P(X ≤ k) ≥ p for a count X with the given mean and variance: negative
 * binomial when variance > mean, else Poisson. Used for "usual range" bands.
 */
export function countQuantile(p: number, mean: number, variance: number): number {
  requireOpenUnit(p, 'p');
  requireNonNegative(mean, 'mean');
  if (mean === 0) return 0;
  const lowerTail = countLowerTail(mean, variance);
  const sd = sqrt(max(variance, mean));
  let k = max(0, floor(mean + normalQuantile(p) * sd));
  if (lowerTail(k) >= p) {
    while (k > 0 && lowerTail(k - 1) >= p) k--;
  } else {
    while (lowerTail(k) < p) k++;
  }
  return k;
}

/** P(X ≤ k) as a function of k, for a count with the given mean and variance (NB if overdispersed, else Poisson). */
export function countLowerTail(mean: number, variance: number): (k: number) => number {
  if (variance > mean * (1 + 1e-9)) {
    const size = (mean * mean) / (variance - mean);
    return (k) => negativeBinomialLowerTail(k, mean, size);
  }
  return (k) => poissonLowerTail(k, mean);
}

/** P(X ≥ k) as a function of k, for a count with the given mean and variance (NB if overdispersed, else Poisson). */
export function countUpperTail(mean: number, variance: number): (k: number) => number {
  if (variance > mean * (1 + 1e-9)) {
    const size = (mean * mean) / (variance - mean);
    return (k) => negativeBinomialUpperTail(k, mean, size);
  }
  return (k) => poissonUpperTail(k, mean);
}

/** Student t CDF with df degrees of freedom (df may be fractional, e.g. an effective sample size). */
export function studentTCdf(t: number, df: number): number {
  requirePositive(df, 'df');
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** The x with P(shape, x) = p: quantile of Gamma(shape, scale 1). Exact Poisson intervals use it. */
export function gammaQuantile(p: number, shape: number): number {
  requireOpenUnit(p, 'p');
  requirePositive(shape, 'shape');
  let high = shape + 10 * sqrt(shape) + 10;
  while (regularizedGammaP(shape, high) < p) high *= 2;
  // Wilson–Hilferty start: usually within a few Newton steps of the root.
  const z = normalQuantile(p);
  const guess = shape * pow(1 - 1 / (9 * shape) + z / (3 * sqrt(shape)), 3);
  const logNormaliser = logGamma(shape);
  return newtonInBracket(
    (x) => regularizedGammaP(shape, x),
    (x) => exp((shape - 1) * log(x) - x - logNormaliser),
    p,
    0,
    high,
    guess > 0 && guess < high ? guess : high / 2,
  );
}

/** The x with I_x(a, b) = p: quantile of Beta(a, b). Clopper–Pearson and rate-ratio intervals use it. */
export function betaQuantile(p: number, a: number, b: number): number {
  requireOpenUnit(p, 'p');
  requirePositive(a, 'a');
  requirePositive(b, 'b');
  const logNormaliser = logGamma(a) + logGamma(b) - logGamma(a + b);
  return newtonInBracket(
    (x) => regularizedBeta(x, a, b),
    (x) => exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logNormaliser),
    p,
    0,
    1,
    a / (a + b),
  );
}

// Root of cdf(x) = target for an increasing CDF with the given density: Newton steps, falling back
// to bisection whenever a step would leave the bracket that still holds the root. Converges to
// a relative 1e-14 in a handful of steps where plain bisection needs ~50.
function newtonInBracket(
  cdf: (x: number) => number,
  density: (x: number) => number,
  target: number,
  low: number,
  high: number,
  start: number,
): number {
  let lo = low;
  let hi = high;
  let x = start;
  for (let i = 0; i < 200; i++) {
    const error = cdf(x) - target;
    if (error === 0) return x;
    if (error < 0) lo = x;
    else hi = x;
    let next = x - error / density(x);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (abs(next - x) <= 1e-14 * abs(next) || hi - lo <= 1e-15 * hi) return next;
    x = next;
  }
  return x;
}
