import { proportion, rateRatioInterval } from './intervals';
import { SignalsInputError } from './validate';

describe('proportion (Wilson)', () => {
  it('matches prop.test(8, 10, correct = FALSE): 0.490–0.943', () => {
    const result = proportion(8, 10);
    expect(result.share).toBe(0.8);
    expect(result.interval?.lower).toBeCloseTo(0.49016247153664183, 12);
    expect(result.interval?.upper).toBeCloseTo(0.9433178485456247, 12);
  });

  it('stays inside [0, 1] at 0 of n and n of n', () => {
    expect(proportion(0, 5).interval?.lower).toBe(0);
    expect(proportion(5, 5).interval?.upper).toBe(1);
  });

  it('returns no share and no interval for zero trials', () => {
    expect(proportion(0, 0)).toEqual({ successes: 0, trials: 0, share: null, interval: null });
  });

  it('rejects more successes than trials', () => {
    expect(() => proportion(3, 2)).toThrow(SignalsInputError);
  });
});

describe('rateRatioInterval', () => {
  it('matches poisson.test(c(10, 20), c(1, 1)): ratio 0.5, CI 0.209–1.119', () => {
    const { ratio, interval } = rateRatioInterval({
      count: 10,
      exposure: 1,
      referenceCount: 20,
      referenceExposure: 1,
    });
    expect(ratio).toBe(0.5);
    expect(interval.lower).toBeCloseTo(0.2090059650238328, 10);
    expect(interval.upper).toBeCloseTo(1.1191830442442052, 10);
  });

  it('widens the interval for overdispersed counts by testing counts ÷ dispersion', () => {
    const { interval } = rateRatioInterval({
      count: 10,
      exposure: 1,
      referenceCount: 20,
      referenceExposure: 1,
      dispersion: 2,
    });
    expect(interval.lower).toBeCloseTo(0.13409686459458373, 10);
    expect(interval.upper).toBeCloseTo(1.6054983712092294, 10);
  });

  it('reports an unbounded upper limit when the reference has no events', () => {
    const { ratio, interval } = rateRatioInterval({
      count: 4,
      exposure: 1,
      referenceCount: 0,
      referenceExposure: 1,
    });
    expect(ratio).toBe(Infinity);
    expect(interval.upper).toBe(Infinity);
  });
});
