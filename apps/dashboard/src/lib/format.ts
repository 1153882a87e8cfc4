import type { Month } from './period';

// British English throughout, matching the product's vocabulary ("organisation").
const LOCALE = 'en-GB';

const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const shortMonth = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const longMonth = new Intl.DateTimeFormat(LOCALE, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const axisMonth = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
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

/** "Nov" and "2026", for axes that print the year on a second line. */
export function formatMonthAxisParts(month: Month): { month: string; year: string } {
  return { month: axisMonth.format(monthDate(month)), year: month.slice(0, 4) };
}

/** "22 November 2026", for a YYYY-MM-DD day. */
export function formatDay(day: string): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** "22 November 2026, 14:05" in the viewer's time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
