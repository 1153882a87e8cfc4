import { mean, quantile, quantiles, sampleVariance, sum } from './descriptive';
import { SignalsInputError } from './validate';

describe('descriptive statistics', () => {
  it('interpolates quantiles like R type 7 / percentile_cont: p90 of 1…10 is 9.1', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(quantiles(values, [0, 0.5, 0.9, 1])).toEqual([1, 5.5, 9.1, 10]);
    expect(quantile([42], 0.9)).toBe(42);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('rejects a quantile probability outside [0, 1]', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(SignalsInputError);
  });

  it('computes sum, mean and the n − 1 sample variance', () => {
    expect(sum([1, 2, 3, 4])).toBe(10);
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sampleVariance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 12);
    expect(sampleVariance([7])).toBe(0);
  });

  it('refuses the mean of nothing rather than reporting 0', () => {
    expect(() => mean([])).toThrow('values must not be empty');
  });
});
