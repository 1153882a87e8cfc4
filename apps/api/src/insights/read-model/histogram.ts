// Percentiles of durations from log-spaced histograms. Counting items per bucket is a hash
// aggregation that PostgreSQL does in one pass, where exact percentiles need a sort per group; with
// 40 buckets per factor e a bucket spans 2.5%, and interpolating inside it keeps the estimate
// within that of PostgreSQL's percentile_cont (the bench reports the largest difference seen).

/** Buckets per factor e: bucket b holds durations (ms) d with floor(ln(1 + d) × RESOLUTION) = b. */
export const RESOLUTION = 40;

/** The bucket of a duration in ms. */
export const bucketOf = (ms: number) => Math.floor(Math.log(1 + Math.max(0, ms)) * RESOLUTION);

/**
 * Counts per bucket of one group. Dense (bucket b at index b): a few years in milliseconds stay
 * under 1,100 buckets, and a request merges hundreds of thousands of stored counts into these.
 */
export class Histogram {
  private counts = new Float64Array(128);
  /** How many durations it holds. */
  size = 0;

  add(bucket: number, count: number): this {
    if (bucket >= this.counts.length) {
      const grown = new Float64Array(Math.max(bucket + 1, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
    this.counts[bucket] += count;
    this.size += count;
    return this;
  }

  /** Adds parallel arrays of buckets and counts, as the duration histograms are stored. */
  addAll(buckets: readonly number[], counts: readonly number[]): this {
    for (let i = 0; i < buckets.length; i++) this.add(buckets[i], counts[i]);
    return this;
  }

  /**
   * The p-quantile (type 7, as percentile_cont: position (n − 1)p between order statistics) of the
   * durations behind the histogram, each bucket's values taken as spread evenly in log space.
   * null when empty.
   */
  quantile(p: number): number | null {
    const n = this.size;
    if (n === 0) return null;
    const position = (n - 1) * p;
    const below = Math.floor(position);
    const low = this.value(below);
    return low + (position - below) * (this.value(Math.min(below + 1, n - 1)) - low);
  }

  /** The rank-th smallest duration (from 0), placed evenly within its bucket. */
  private value(rank: number): number {
    let before = 0;
    let last = 0;
    for (let bucket = 0; bucket < this.counts.length; bucket++) {
      const count = this.counts[bucket];
      if (count <= 0) continue;
      if (rank < before + count) {
        const position = (rank - before + 0.5) / count;
        return Math.exp((bucket + position) / RESOLUTION) - 1;
      }
      before += count;
      last = bucket;
    }
    return Math.exp((last + 1) / RESOLUTION) - 1;
  }
}
