// Calendar days as YYYY-MM-DD, in UTC like the API's day buckets.
import { addMonths, isMonth, type Month } from './period';

/** A calendar day as `YYYY-MM-DD`. */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real day of the calendar: 2026-02-30 is not one. */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false;
  return dayOf(new Date(`${value}T00:00:00Z`)) === value;
}

export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, count: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return dayOf(date);
}

/** First instant of the day, as the API's DateTime. */
export function dayStart(day: Day): string {
  return `${day}T00:00:00.000Z`;
}

export function firstDayOf(month: Month): Day {
  return `${month}-01`;
}

export function lastDayOf(month: Month): Day {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

/** Reads a day, or a month as its first (`edge: 'start'`) or last day (`edge: 'end'`). */
export function readDayOrMonth(value: string, edge: 'start' | 'end'): Day | null {
  if (isDay(value)) return value;
  if (isMonth(value)) return edge === 'start' ? firstDayOf(value) : lastDayOf(value);
  return null;
}
