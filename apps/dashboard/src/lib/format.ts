import type { Month } from './period';

// British English throughout, matching the product's vocabulary ("organisation").
const LOCALE = 'en-GB';

const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const shortMonth = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonth = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const axisMonth = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

function monthDate(month: Month): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

/** "Nov 2026" */
export function formatMonthShort(month: Month): string {
  return shortMonth.format(monthDate(month));
}

/** "November 2026" */
export function formatMonthLong(month: Month): string {
  return longMonth.format(monthDate(month));
}

/** "Nov", with the year added in January so a long axis stays readable: "Jan 2026". */
export function formatMonthAxis(month: Month): string {
  return month.endsWith('-01') ? shortMonth.format(monthDate(month)) : axisMonth.format(monthDate(month));
}

/** "22 November 2026", for a YYYY-MM-DD day. */
export function formatDay(day: string): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** "22 November 2026, 14:05" in the viewer's time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
