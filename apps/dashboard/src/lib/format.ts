import type { Month, MonthRange } from './period';

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

/** "Oct 2026", "Aug 2026 to Oct 2026": a range of months as a period's name. */
export function formatMonthRange({ from, to }: MonthRange): string {
  return from === to
    ? formatMonthShort(from)
    : `${formatMonthShort(from)} to ${formatMonthShort(to)}`;
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

const shortDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const percentOneDecimal = new Intl.NumberFormat(LOCALE, {
  style: 'percent',
  maximumFractionDigits: 1,
});
const twoDecimals = new Intl.NumberFormat(LOCALE, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "22 Nov 2026" for an ISO timestamp or a YYYY-MM-DD day, read in UTC like the API's days. */
export function formatShortDate(isoOrDay: string): string {
  const date = new Date(isoOrDay.length === 10 ? `${isoOrDay}T00:00:00Z` : isoOrDay);
  return shortDate.format(date);
}

/** "22 Nov 2026, 14:05" in the viewer's time zone. */
export function formatShortDateTime(iso: string): string {
  return shortDateTime.format(new Date(iso));
}

/** "82.5%" */
export function formatPercentPrecise(share: number): string {
  return percentOneDecimal.format(share);
}

/** "0.74", for scores between −1 and 1. */
export function formatScore(value: number): string {
  return twoDecimals.format(value).replace('-', '−');
}

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** "2 days", "4 hours", "1 day 6 hours", "1 hour 30 minutes": elapsed time as people say it. */
export function formatDuration(minutes: number): string {
  const plural = (count: number, unit: string) =>
    `${formatNumber(count)} ${unit}${count === 1 ? '' : 's'}`;
  const whole = Math.max(0, Math.round(minutes));
  const days = Math.floor(whole / MINUTES_PER_DAY);
  const hours = Math.floor((whole % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = whole % MINUTES_PER_HOUR;
  const parts = [
    days ? plural(days, 'day') : '',
    hours ? plural(hours, 'hour') : '',
    rest ? plural(rest, 'minute') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '0 minutes';
}

const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const twoSignificant = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 2 });

/** "42 minutes", "1.2 hours", "21 hours", "3.5 days", "431 days": a wait or a median, compactly. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours) || hours < 0) return '—';
  if (hours < 1) {
    const minutes = Math.round(hours * 60);
    return `${formatNumber(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
  }
  if (hours < 48) {
    const shown = hours < 10 ? oneDecimal.format(hours) : formatNumber(Math.round(hours));
    return `${shown} ${shown === '1' ? 'hour' : 'hours'}`;
  }
  const days = hours / 24;
  return `${days < 10 ? oneDecimal.format(days) : formatNumber(Math.round(days))} days`;
}

/** "2.4×": observed against expected, a rate ratio. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  return `${ratio < 10 ? twoSignificant.format(ratio) : formatNumber(Math.round(ratio))}×`;
}

/** How the API says a value reads (its ValueFormat). */
export type ValueKind = 'COUNT' | 'SHARE' | 'SCORE' | 'RATING' | 'HOURS' | 'RATIO';

/** A figure as its format says: a count, a share, a 1–5 rating, hours, a ratio; "—" when missing. */
export function formatValue(value: number | null | undefined, format: ValueKind): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (format) {
    case 'COUNT':
      return formatNumber(Math.round(value));
    case 'SHARE':
      return formatPercentPrecise(value);
    case 'SCORE':
      return formatScore(value);
    case 'RATING':
      return twoDecimals.format(value);
    case 'HOURS':
      return formatHours(value);
    case 'RATIO':
      return formatRatio(value);
  }
}
