import { mean, sampleVariance } from './descriptive';
import {
  mulberry32,
  randomGamma,
  randomIndex,
  randomNegativeBinomial,
  randomNormal,
  randomPoisson,
} from './random';

const draws = (n: number, draw: () => number) => Array.from({ length: n }, draw);

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = draws(5, a);
    expect(draws(5, b)).toEqual(first);
    expect(draws(5, c)).not.toEqual(first);
  });

  it('is uniform on [0, 1): mean ½ and variance 1/12 over 100,000 draws', () => {
    const values = draws(100_000, mulberry32(1));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mean(values)).toBeCloseTo(0.5, 2);
    expect(sampleVariance(values)).toBeCloseTo(1 / 12, 3);
  });

  it('draws every index 0 … n − 1 with equal frequency', () => {
    const random = mulberry32(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[randomIndex(random, 4)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });
});

describe('samplers', () => {
  it('draws standard normals with mean 0 and variance 1', () => {
    const random = mulberry32(3);
    const values = draws(50_000, () => randomNormal(random));
    expect(Math.abs(mean(values))).toBeLessThan(0.02);
    expect(sampleVariance(values)).toBeCloseTo(1, 1);
  });

  it.each([0.5, 3, 40])('draws Gamma(%p) with mean = shape and variance = shape', (shape) => {
    const random = mulberry32(11);
    const values = draws(50_000, () => randomGamma(random, shape));
    expect(mean(values) / shape).toBeCloseTo(1, 1);
    expect(sampleVariance(values) / shape).toBeCloseTo(1, 1);
  });

  it.each([0.3, 4, 25, 400])(
    'draws Poisson(%p) with mean = variance = λ (both samplers)',
    (lambda) => {
      const random = mulberry32(5);
      const values = draws(50_000, () => randomPoisson(random, lambda));
      expect(values.every(Number.isInteger)).toBe(true);
      expect(mean(values) / lambda).toBeCloseTo(1, 1);
      expect(sampleVariance(values) / lambda).toBeCloseTo(1, 1);
    },
  );

  it('draws negative binomial counts with variance mean + mean²/size', () => {
    const random = mulberry32(9);
    const values = draws(50_000, () => randomNegativeBinomial(random, 20, 10));
    expect(mean(values) / 20).toBeCloseTo(1, 1);
    expect(sampleVariance(values) / (20 + 400 / 10)).toBeCloseTo(1, 1);
  });
});
