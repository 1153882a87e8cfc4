// UTC calendar arithmetic on epoch milliseconds (the generator only creates Dates on output).
import type { IsoDay } from './types';
import type { Random } from './random';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function isoDay(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Same day-of-month `months` later (clamped to the month's end), at UTC midnight. */
export function addUtcMonths(ms: number, months: number): number {
  const date = new Date(startOfUtcDay(ms));
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.getTime();
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(ms: number): number {
  // 1 January 1970 was a Thursday.
  return (Math.floor(ms / DAY_MS) + 4) % 7;
}

export function isWeekend(ms: number): boolean {
  const day = dayOfWeek(ms);
  return day === 0 || day === 6;
}

/** Fractional month of the year, 0 at 1 January … 12 at 31 December. */
function monthPosition(ms: number): number {
  const date = new Date(ms);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const yearEnd = Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  return ((ms - yearStart) / (yearEnd - yearStart)) * 12;
}

/**
 * A smooth seasonal factor from twelve mid-month values, interpolated linearly between months
 * so that volumes never step at a month boundary (a step would look like a spike).
 */
export function seasonalFactor(monthly: readonly number[], ms: number): number {
  const position = monthPosition(ms) - 0.5;
  const lower = Math.floor(position);
  const fraction = position - lower;
  const a = monthly[(lower + 12) % 12];
  const b = monthly[(lower + 13) % 12];
  return a + (b - a) * fraction;
}

const holidays = new Map<number, boolean>();

/** Public holidays when almost nobody contacts anyone: 25–26 December and 1 January. */
export function isHoliday(ms: number): boolean {
  const day = Math.floor(ms / DAY_MS);
  let holiday = holidays.get(day);
  if (holiday === undefined) {
    const date = new Date(day * DAY_MS);
    const month = date.getUTCMonth();
    const dayOfMonth = date.getUTCDate();
    holiday =
      (month === 11 && (dayOfMonth === 25 || dayOfMonth === 26)) ||
      (month === 0 && dayOfMonth === 1);
    holidays.set(day, holiday);
  }
  return holiday;
}

/** When a team answers: which weekdays, and opening hours in UTC. */
export interface WorkingHours {
  /** Indexed by day of week, 0 = Sunday. */
  days: readonly boolean[];
  openHour: number;
  closeHour: number;
}

export const OFFICE_HOURS: WorkingHours = {
  days: [false, true, true, true, true, true, false],
  openHour: 8,
  closeHour: 18,
};

export const EXTENDED_HOURS: WorkingHours = {
  days: [true, true, true, true, true, true, true],
  openHour: 8,
  closeHour: 20,
};

/**
 * Moves a moment into the team's working hours: unchanged if it already is, otherwise to the
 * next opening plus the time it takes to get to the item (people do not all reply at 08:00).
 */
export function toWorkingTime(ms: number, hours: WorkingHours, random: Random): number {
  const day = startOfUtcDay(ms);
  const hour = (ms - day) / HOUR_MS;
  if (
    hour >= hours.openHour &&
    hour < hours.closeHour &&
    hours.days[dayOfWeek(day)] &&
    !isHoliday(day)
  ) {
    return ms;
  }
  let next = hour < hours.openHour ? day : day + DAY_MS;
  while (!hours.days[dayOfWeek(next)] || isHoliday(next)) next += DAY_MS;
  return next + hours.openHour * HOUR_MS + random.logNormal(40, 0.8) * MINUTE_MS;
}
