// Month ranges for period pickers, kept in the URL as ?from=YYYY-MM&to=YYYY-MM (both inclusive).
// Everything is UTC, like the API's month buckets.

/** A calendar month as `YYYY-MM`. */
export type Month = string;

export interface MonthRange {
  from: Month;
  to: Month;
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is Month {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

export function monthOf(date: Date): Month {
  return date.toISOString().slice(0, 7);
}

export function addMonths(month: Month, count: number): Month {
  const [year, monthIndex] = parts(month);
  return monthOf(new Date(Date.UTC(year, monthIndex + count, 1)));
}

/** Months from `from` to `to`, both included; 0 when `to` is before `from`. */
export function monthCount(range: MonthRange): number {
  const [fromYear, fromIndex] = parts(range.from);
  const [toYear, toIndex] = parts(range.to);
  return Math.max(0, (toYear - fromYear) * 12 + (toIndex - fromIndex) + 1);
}

export function monthsIn(range: MonthRange): Month[] {
  return Array.from({ length: monthCount(range) }, (_, index) => addMonths(range.from, index));
}

/** First instant of the month, as the API's DateTime. */
export function monthStart(month: Month): string {
  return `${month}-01T00:00:00.000Z`;
}

/** The last `count` months, ending with the current (partial) month. */
export function lastMonths(count: number, now: Date): MonthRange {
  const to = monthOf(now);
  return { from: addMonths(to, -(count - 1)), to };
}

/** The API's range for a month range: `from` inclusive, `to` exclusive. */
export function toDateTimeRange(range: MonthRange): { from: string; to: string } {
  return { from: monthStart(range.from), to: monthStart(addMonths(range.to, 1)) };
}

export interface ReadRangeOptions {
  now: Date;
  /** Months shown when the URL names no period. */
  defaultMonths: number;
  /** Longest range accepted (the API allows about ten years of months). */
  maxMonths: number;
}

export interface ReadRange {
  range: MonthRange;
  /** True when the URL's period was unusable and something else is shown instead. */
  adjusted: boolean;
}

/**
 * Reads ?from and ?to. A missing period means the default; an unreadable one falls back to the
 * default and says so; reversed months are swapped; the future and over-long ranges are trimmed.
 */
export function readMonthRange(params: URLSearchParams, options: ReadRangeOptions): ReadRange {
  const fallback = lastMonths(options.defaultMonths, options.now);
  const rawFrom = params.get('from');
  const rawTo = params.get('to');
  if (rawFrom === null && rawTo === null) return { range: fallback, adjusted: false };

  const current = monthOf(options.now);
  let from = rawFrom === null ? null : isMonth(rawFrom) ? rawFrom : undefined;
  let to = rawTo === null ? current : isMonth(rawTo) ? rawTo : undefined;
  if (from === undefined || to === undefined) return { range: fallback, adjusted: true };
  from ??= addMonths(to, -(options.defaultMonths - 1));

  let adjusted = false;
  if (from > to) {
    [from, to] = [to, from];
    adjusted = true;
  }
  if (to > current) {
    to = current;
    adjusted = true;
    if (from > to) from = to;
  }
  if (monthCount({ from, to }) > options.maxMonths) {
    from = addMonths(to, -(options.maxMonths - 1));
    adjusted = true;
  }
  return { range: { from, to }, adjusted };
}

/** A copy of `params` with the period set, other filters kept. */
export function withMonthRange(params: URLSearchParams, range: MonthRange): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('from', range.from);
  next.set('to', range.to);
  return next;
}

function parts(month: Month): [number, number] {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${month}`);
  return [Number(match[1]), Number(match[2]) - 1];
}
