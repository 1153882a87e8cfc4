import { mulberry32, quantileSorted } from '@fulcrum/signals';
import { bucketOf, Histogram } from './histogram';

const histogramOf = (values: number[]): Histogram => {
  const h = new Histogram();
  for (const v of values) h.add(bucketOf(v), 1);
  return h;
};

describe('Histogram.quantile', () => {
  it('is null for no values', () => {
    expect(new Histogram().quantile(0.5)).toBeNull();
  });

  it('stays within one bucket (2.5%) of the exact type-7 percentile on skewed durations', () => {
    const random = mulberry32(7);
    // Log-normal waits: minutes to weeks, as item durations are.
    const values = Array.from({ length: 5000 }, () =>
      Math.exp(14 + 2 * Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random())),
    );
    const sorted = [...values].sort((a, b) => a - b);
    const h = histogramOf(values);
    for (const p of [0.1, 0.5, 0.9]) {
      const exact = quantileSorted(sorted, p)!;
      expect(Math.abs(h.quantile(p)! / exact - 1)).toBeLessThan(0.026);
    }
  });

  it('keeps a single value within its bucket', () => {
    const estimate = histogramOf([3_600_000]).quantile(0.5)!;
    expect(Math.abs(estimate / 3_600_000 - 1)).toBeLessThan(0.026);
  });

  it('holds durations of years, beyond its first allocation', () => {
    const threeYears = 3 * 365 * 86_400_000;
    const h = histogramOf([60_000, threeYears]);
    expect(h.size).toBe(2);
    expect(Math.abs(h.quantile(1)! / threeYears - 1)).toBeLessThan(0.026);
    expect(Math.abs(h.quantile(0)! / 60_000 - 1)).toBeLessThan(0.026);
  });
});

describe('Histogram.addAll', () => {
  it('adds stored arrays of buckets and counts, merging repeated buckets', () => {
    const h = new Histogram().add(3, 1);
    h.addAll([3, 7, 9], [2, 5, 1]).addAll([9], [4]);
    expect(h.size).toBe(13);
    // Ranks 0–2 in bucket 3, 3–7 in bucket 7, 8–12 in bucket 9.
    expect(bucketOf(h.quantile(2 / 12)!)).toBe(3);
    expect(bucketOf(h.quantile(3 / 12)!)).toBe(7);
    expect(bucketOf(h.quantile(8 / 12)!)).toBe(9);
  });
});
