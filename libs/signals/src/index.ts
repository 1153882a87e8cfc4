// @fulcrum/signals — the statistics behind Fulcrum's insights: pure functions over plain data,
// browser-safe. Conventions: instants are epoch milliseconds (UTC), durations milliseconds,
// periods half-open [from, to), shares 0–1. Bad input throws SignalsInputError naming the field.

export { SignalsInputError } from './validate';
export * from './random';
export * from './distributions';
export * from './descriptive';
export * from './intervals';
export * from './multiple-testing';
export {
  type EpochMs,
  type Period,
  type BucketUnit,
  type ComparisonMode,
  HOUR_MS,
  DAY_MS,
  WEEK_MS,
  bucketsPerYear,
  bucketStart,
  addBuckets,
  bucketIndex,
  bucketStarts,
  comparisonPeriod,
  formatBucket,
} from './time';
export * from './format';
export * from './trends';
export { type CountBaseline, estimateBaseline } from './baseline';
export * from './spikes';
export * from './shifts';
export * from './friction';
export * from './indicators';
export * from './warning-signs';
export * from './correlation';
export * from './load';
export * from './forecast';
export * from './anonymity';
export * from './funnel';
export * from './impact';
