// Seeded random numbers, so simulations, bootstraps and tests give the same answer every run.

import { logGamma } from './distributions';

// Local aliases: these run in hot loops, and global lookups are slow in sandboxed runtimes (jest's vm).
const { abs, cos, exp, floor, imul, log, pow, sqrt, PI } = Math;

/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit seeded PRNG, plenty for bootstraps and simulations (not for secrets). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number drawn uniformly from 0 … n − 1 (used to resample in bootstraps). */
export function randomIndex(random: Random, n: number): number {
  return floor(random() * n);
}

/** A standard normal draw (Box–Muller). */
export function randomNormal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) is impossible
  const v = random();
  return sqrt(-2 * log(u)) * cos(2 * PI * v);
}

/** A Gamma(shape, scale) draw (Marsaglia–Tsang 2000; boosted for shape < 1). */
export function randomGamma(random: Random, shape: number, scale = 1): number {
  if (shape < 1) {
    const boost = pow(1 - random(), 1 / shape);
    return randomGamma(random, shape + 1, scale) * boost;
  }
  const d = shape - 1 / 3;
  const c = 1 / sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = randomNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
    if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v * scale;
  }
}

/** A Poisson(mean) draw: multiplication method for small means, Hörmann's PTRS (1993) above 10. */
export function randomPoisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 10) {
    const limit = exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  const logMean = log(mean);
  const b = 0.931 + 2.53 * sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - abs(u);
    const k = floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = log(v) + log(invAlpha) - log(a / (us * us) + b);
    if (lhs <= -mean + k * logMean - logGamma(k + 1)) return k;
  }
}

/**
 * A negative binomial draw with the given mean and size (variance mean + mean²/size), as a
 * gamma–Poisson mixture: the standard model of overdispersed counts.
 */
export function randomNegativeBinomial(random: Random, mean: number, size: number): number {
  return randomPoisson(random, randomGamma(random, size, mean / size));
}
