import { comparisonPeriod, DAY_MS, type Period } from '@fulcrum/signals';
import { invalidField } from '../../common/domain-error';
import type { Channel, ItemKind } from '../../items/item.enums';
import { ComparisonMode, type InsightFilterInput, type InsightScopeInput } from './scope.types';

/** The filter with every list present (possibly empty) and free of repeats. */
export interface Filter {
  teamIds: string[];
  themeIds: string[];
  policyIds: string[];
  channels: Channel[];
  kinds: ItemKind[];
}

/** A resolved insight request: periods in epoch ms ([from, to), whole UTC days). */
export interface Scope {
  period: Period;
  comparison: Period | null;
  filter: Filter;
  /** The instant open items are aged to. */
  now: number;
}

export const EMPTY_FILTER: Filter = {
  teamIds: [],
  themeIds: [],
  policyIds: [],
  channels: [],
  kinds: [],
};

export const dayMs = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The end of a period as measured: its end, or now if that is sooner. */
export const measuredEnd = (period: Period, now: number) => Math.min(period.to, now);

const unique = <T>(values: readonly T[] | undefined): T[] => [...new Set(values ?? [])];

export function normaliseFilter(filter: InsightFilterInput | undefined | null): Filter {
  return {
    teamIds: unique(filter?.teamIds),
    themeIds: unique(filter?.themeIds),
    policyIds: unique(filter?.policyIds),
    channels: unique(filter?.channels),
    kinds: unique(filter?.kinds),
  };
}

/** Whole calendar months, e.g. [1 May, 1 Jul). */
export function isWholeMonths(period: Period): boolean {
  const first = (ms: number) => new Date(ms).getUTCDate() === 1 && ms % DAY_MS === 0;
  return first(period.from) && first(period.to);
}

/** The comparison period: calendar months for whole-month periods, else weekday-aligned days. */
export function comparisonOf(period: Period, mode: ComparisonMode): Period | null {
  switch (mode) {
    case ComparisonMode.NONE:
      return null;
    case ComparisonMode.PREVIOUS:
      if (isWholeMonths(period)) {
        const from = new Date(period.from);
        const to = new Date(period.to);
        const months =
          (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
          to.getUTCMonth() -
          from.getUTCMonth();
        return {
          from: Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, 1),
          to: period.from,
        };
      }
      return comparisonPeriod(period, 'previous', 'day');
    case ComparisonMode.YEAR_AGO:
      return comparisonPeriod(period, 'year-ago', isWholeMonths(period) ? 'month' : 'day');
  }
}

/**
 * Checks and resolves the period, comparison and filter of an insight query. Periods are whole
 * UTC days and at most `maxDays` long, so no query reads an unbounded range.
 */
export function resolveScope(
  input: InsightScopeInput,
  maxDays: number,
  now: number = Date.now(),
): Scope {
  const period = { from: dayMs(input.from), to: dayMs(input.to) };
  if (period.to <= period.from) throw invalidField('to', 'after', 'to must be after from');
  const days = (period.to - period.from) / DAY_MS;
  if (days > maxDays) {
    throw invalidField(
      'to',
      'maxRange',
      `the period may span at most ${maxDays} days (it spans ${days})`,
    );
  }
  return {
    period,
    comparison: comparisonOf(period, input.comparison),
    filter: normaliseFilter(input.filter),
    now,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "May 2025", "Jan – Mar 2025", "3 Mar – 30 Mar 2025", "14 May 2025". */
export function periodLabel(period: Period): string {
  const from = new Date(period.from);
  const last = new Date(period.to - DAY_MS);
  const month = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const day = (d: Date) => `${d.getUTCDate()} ${month(d)}`;
  if (isWholeMonths(period)) {
    if (month(from) === month(last)) return month(from);
    return from.getUTCFullYear() === last.getUTCFullYear()
      ? `${MONTHS[from.getUTCMonth()]} – ${month(last)}`
      : `${month(from)} – ${month(last)}`;
  }
  if (period.to - period.from === DAY_MS) return day(from);
  return from.getUTCFullYear() === last.getUTCFullYear()
    ? `${from.getUTCDate()} ${MONTHS[from.getUTCMonth()]} – ${day(last)}`
    : `${day(from)} – ${day(last)}`;
}

export function periodRange(period: Period): { from: string; to: string; label: string } {
  return { from: dayOf(period.from), to: dayOf(period.to), label: periodLabel(period) };
}
