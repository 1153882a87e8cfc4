import { mulberry32, quantileSorted } from '@fulcrum/signals';
import {
  addCounts,
  addToHistogram,
  type Histogram,
  histogramQuantile,
  histogramSize,
  RESOLUTION,
} from './histogram';

const histogramOf = (values: number[]): Histogram => {
  const h: Histogram = new Map();
  for (const v of values) addToHistogram(h, Math.floor(Math.log(1 + v) * RESOLUTION), 1);
  return h;
};

describe('histogramQuantile', () => {
  it('is null for no values', () => {
    expect(histogramQuantile(new Map(), 0.5)).toBeNull();
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
      expect(Math.abs(histogramQuantile(h, p)! / exact - 1)).toBeLessThan(0.026);
    }
  });

  it('keeps a single value within its bucket', () => {
    const estimate = histogramQuantile(histogramOf([3_600_000]), 0.5)!;
    expect(Math.abs(estimate / 3_600_000 - 1)).toBeLessThan(0.026);
  });
});

describe('addCounts', () => {
  it('adds stored arrays of buckets and counts, merging repeated buckets', () => {
    const h: Histogram = new Map([[3, 1]]);
    addCounts(h, [3, 7, 9], [2, 5, 1]);
    addCounts(h, [9], [4]);
    expect([...h.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [3, 3],
      [7, 5],
      [9, 5],
    ]);
    expect(histogramSize(h)).toBe(13);
  });
});
