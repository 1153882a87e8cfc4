// Time convention for the whole library: instants are epoch milliseconds (UTC), durations are
// milliseconds, and periods are half-open [from, to). Buckets are UTC calendar days, ISO weeks
// (starting Monday) and calendar months, matching PostgreSQL's date_trunc(unit, t AT TIME ZONE 'UTC').

import { SignalsInputError, requireFinite } from './validate';

/** Milliseconds since 1970-01-01T00:00:00Z. */
export type EpochMs = number;

/** A half-open period [from, to) in epoch milliseconds. */
export interface Period {
  from: EpochMs;
  to: EpochMs;
}

export type BucketUnit = 'day' | 'week' | 'month';

/** Milliseconds in an hour, a day and a week (UTC has no daylight saving, so these are exact). */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Buckets in one year, for annualising rates and sizing seasonal baselines. */
export function bucketsPerYear(unit: BucketUnit): number {
  switch (unit) {
    case 'day':
      return 365;
    case 'week':
      return 52;
    case 'month':
      return 12;
  }
}

/** Throws unless the period has finite ends and `to` after `from`. */
export function requirePeriod(period: Period, field = 'period'): void {
  requireFinite(period.from, `${field}.from`);
  requireFinite(period.to, `${field}.to`);
  if (period.to <= period.from)
    throw new SignalsInputError(`${field}.to`, 'must be after from', period.to);
}

/** Start of the UTC day, ISO week (Monday) or calendar month containing `at`. */
export function bucketStart(at: EpochMs, unit: BucketUnit): EpochMs {
  requireFinite(at, 'at');
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  switch (unit) {
    case 'day':
      return day;
    case 'week': {
      const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
      return day - weekday * DAY_MS;
    }
    case 'month': {
      const date = new Date(at);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    }
  }
}

/** The bucket start `n` buckets after (or before, for negative n) the bucket start `start`. */
export function addBuckets(start: EpochMs, unit: BucketUnit, n: number): EpochMs {
  switch (unit) {
    case 'day':
      return start + n * DAY_MS;
    case 'week':
      return start + n * WEEK_MS;
    case 'month': {
      const date = new Date(start);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1);
    }
  }
}

/** How many whole buckets separate the bucket of `origin` from the bucket of `at` (negative if earlier). O(1). */
export function bucketIndex(origin: EpochMs, at: EpochMs, unit: BucketUnit): number {
  const a = bucketStart(origin, unit);
  const b = bucketStart(at, unit);
  switch (unit) {
    case 'day':
      return Math.round((b - a) / DAY_MS);
    case 'week':
      return Math.round((b - a) / WEEK_MS);
    case 'month': {
      const da = new Date(a);
      const db = new Date(b);
      return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
    }
  }
}

/** Start of every bucket that overlaps the period, oldest first. */
export function bucketStarts(period: Period, unit: BucketUnit): EpochMs[] {
  requirePeriod(period);
  const starts: EpochMs[] = [];
  for (let t = bucketStart(period.from, unit); t < period.to; t = addBuckets(t, unit, 1))
    starts.push(t);
  return starts;
}

export type ComparisonMode = 'previous' | 'year-ago';

/**
 * The period a review compares against. 'previous': the same length immediately before.
 * 'year-ago': a year earlier, as 52 weeks (364 days) for day and week buckets so weekdays line
 * up, and as 12 calendar months for month buckets so months line up.
 */
export function comparisonPeriod(period: Period, mode: ComparisonMode, unit: BucketUnit): Period {
  requirePeriod(period);
  switch (mode) {
    case 'previous':
      return { from: 2 * period.from - period.to, to: period.from };
    case 'year-ago':
      if (unit === 'month')
        return { from: shiftMonths(period.from, -12), to: shiftMonths(period.to, -12) };
      return { from: period.from - 52 * WEEK_MS, to: period.to - 52 * WEEK_MS };
  }
}

// Same day-of-month and time n months away, clamped to the month's last day (29 Feb → 28 Feb).
function shiftMonths(at: EpochMs, n: number): EpochMs {
  const date = new Date(at);
  const target = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1);
  const t = new Date(target);
  const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  return (
    target +
    (Math.min(date.getUTCDate(), lastDay) - 1) * DAY_MS +
    (at - Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  );
}

/** A bucket as people say it: "4 Mar 2024", "week of 4 Mar 2024", "Mar 2024". */
export function formatBucket(start: EpochMs, unit: BucketUnit): string {
  const date = new Date(start);
  const month = MONTH_NAMES[date.getUTCMonth()];
  const year = date.getUTCFullYear();
  const day = `${date.getUTCDate()} ${month} ${year}`;
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return `week of ${day}`;
    case 'month':
      return `${month} ${year}`;
  }
}
