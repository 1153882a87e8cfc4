import { estimateBaseline, predictiveCount } from './baseline';

describe('estimateBaseline', () => {
  it('estimates the mean and the quasi-Poisson dispersion (Pearson χ² ÷ (n − 1), at least 1)', () => {
    const baseline = estimateBaseline([5, 35, 5, 35, 5, 35]);
    expect(baseline.mean).toBe(20);
    // Σ (x − 20)² / 20 = 6 × 225 / 20 = 67.5, over 5 degrees of freedom.
    expect(baseline.dispersion).toBeCloseTo(13.5, 12);
    expect(estimateBaseline([20, 20, 20, 20]).dispersion).toBe(1);
    expect(estimateBaseline([20, 20, 20, 20]).rawDispersion).toBe(0);
  });

  it('drops a past outbreak (leave-one-out Anscombe residual above 3.5) and re-estimates without it', () => {
    const baseline = estimateBaseline([10, 12, 9, 11, 10, 60, 11, 9, 10, 12, 10, 11]);
    expect(baseline.excluded).toBe(1);
    expect(baseline.size).toBe(11);
    expect(baseline.mean).toBeCloseTo(115 / 11, 12);
  });

  it('gives an all-zero history half an event, so a first burst has a finite expected rate', () => {
    expect(estimateBaseline([0, 0, 0, 0, 0])).toMatchObject({
      mean: 0.1,
      total: 0.5,
      dispersion: 1,
    });
  });
});

describe('predictiveCount', () => {
  it('is wider than a Poisson with the same mean, and wider still for a short history', () => {
    const long = predictiveCount(
      estimateBaseline(Array.from({ length: 52 }, (_, i) => 18 + (i % 5))),
      1,
    );
    const short = predictiveCount(estimateBaseline([18, 22, 20, 19, 21, 20]), 1);
    // Poisson(20): P(X ≥ 30) = 0.0218.
    expect(long.upperTail(30)).toBeGreaterThan(0.0218);
    expect(short.upperTail(30)).toBeGreaterThan(long.upperTail(30));
    expect(long.quantile(0.975)).toBeGreaterThanOrEqual(29);
    expect(long.lowerTail(long.quantile(0.975))).toBeGreaterThanOrEqual(0.975);
    expect(long.lowerTail(long.quantile(0.975) - 1)).toBeLessThan(0.975);
  });
});
