// Percentiles of durations from log-spaced histograms. Counting items per bucket is a hash
// aggregation that PostgreSQL does in one pass, where exact percentiles need a sort per group; with
// 40 buckets per factor e a bucket spans 2.5%, and interpolating inside it keeps the estimate
// within that of PostgreSQL's percentile_cont (the bench reports the largest difference seen).

/** Buckets per factor e: bucket b holds durations (ms) d with floor(ln(1 + d) × RESOLUTION) = b. */
export const RESOLUTION = 40;

/** The bucket of a duration in ms. */
export const bucketOf = (ms: number) => Math.floor(Math.log(1 + Math.max(0, ms)) * RESOLUTION);

/** Counts per bucket of one group; buckets need not be sorted or unique. */
export type Histogram = Map<number, number>;

export function addToHistogram(histogram: Histogram, bucket: number, count: number): Histogram {
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + count);
  return histogram;
}

/** Adds parallel arrays of buckets and counts, as the duration histograms are stored. */
export function addCounts(histogram: Histogram, buckets: number[], counts: number[]): Histogram {
  for (let i = 0; i < buckets.length; i++)
    histogram.set(buckets[i], (histogram.get(buckets[i]) ?? 0) + counts[i]);
  return histogram;
}

export const histogramSize = (histogram: Histogram) => {
  let n = 0;
  for (const count of histogram.values()) n += count;
  return n;
};

/**
 * The p-quantile (type 7, as percentile_cont: position (n − 1)p between order statistics) of the
 * durations behind a histogram, each bucket's values taken as spread evenly in log space.
 * null for an empty histogram.
 */
export function histogramQuantile(histogram: Histogram, p: number): number | null {
  const buckets = [...histogram.entries()]
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const n = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const value = (rank: number) => {
    let before = 0;
    for (const [bucket, count] of buckets) {
      if (rank < before + count) {
        // The (rank − before)-th of `count` values spread evenly across the bucket.
        const position = (rank - before + 0.5) / count;
        return Math.exp((bucket + position) / RESOLUTION) - 1;
      }
      before += count;
    }
    const [last] = buckets[buckets.length - 1];
    return Math.exp((last + 1) / RESOLUTION) - 1;
  };
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const low = value(below);
  return low + (position - below) * (value(above) - low);
}
