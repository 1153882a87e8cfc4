// The period, comparison and filter of an insight page, kept in its URL so a review view can be
// shared and reloaded:
//
//   /review?from=2026-10&to=2026-10&compare=year-ago&team=<id>
//
// Months are whole UTC calendar months, both included (as the other period pickers); the API
// takes days, `to` not included, which toScopeInput works out.
import type {
  Channel,
  ComparisonMode,
  InsightFilterInput,
  ItemKind,
} from '../graphql/generated/graphql';
import { firstDayOf } from './day';
import { explorerParams, readExplorerFilter } from './explorer-url';
import {
  addMonths,
  isMonth,
  monthCount,
  monthOf,
  readMonthRange,
  withMonthRange,
  type Month,
  type MonthRange,
} from './period';

export interface InsightFilterValues {
  teamIds?: string[];
  themeIds?: string[];
  policyIds?: string[];
  channels?: Channel[];
  kinds?: ItemKind[];
}

export interface InsightScope {
  range: MonthRange;
  comparison: ComparisonMode;
  filter: InsightFilterValues;
}

export const COMPARE_PARAM = 'compare';

const COMPARE_VALUES: Record<string, ComparisonMode> = {
  previous: 'PREVIOUS',
  'year-ago': 'YEAR_AGO',
  none: 'NONE',
};
const COMPARE_PARAM_OF: Record<ComparisonMode, string> = {
  PREVIOUS: 'previous',
  YEAR_AGO: 'year-ago',
  NONE: 'none',
};

/** The URL parameters of the filter (the Explorer's names, so links read the same). */
const FILTER_PARAMS: Record<keyof InsightFilterValues, string> = {
  teamIds: 'team',
  themeIds: 'theme',
  policyIds: 'policy',
  channels: 'channel',
  kinds: 'kind',
};

/** The last whole calendar month before `now`: what a monthly review looks at by default. */
export function lastWholeMonth(now: Date): MonthRange {
  const month = addMonths(monthOf(now), -1);
  return { from: month, to: month };
}

/** The last `count` whole months before `now`. */
export function lastWholeMonths(count: number, now: Date): MonthRange {
  const to = addMonths(monthOf(now), -1);
  return { from: addMonths(to, -(count - 1)), to };
}

export interface ReadScopeOptions {
  now: Date;
  /** Shown when the URL names no period (or an unreadable one). */
  defaultRange: MonthRange;
  /** Longest period the page's query accepts. */
  maxMonths: number;
}

export interface ReadScope {
  scope: InsightScope;
  /** True when the URL's period was unusable as it was and something else is shown. */
  adjusted: boolean;
  /** What in the URL could not be used, in words. */
  dropped: string[];
}

/** Reads ?from, ?to, ?compare and the filter; bad parts fall back and are named. */
export function readInsightScope(params: URLSearchParams, options: ReadScopeOptions): ReadScope {
  const dropped: string[] = [];
  let range = options.defaultRange;
  let adjusted = false;
  if (params.has('from') || params.has('to')) {
    const unreadable = [params.get('from'), params.get('to')].some(
      (value) => value !== null && !isMonth(value),
    );
    if (unreadable) adjusted = true;
    else {
      const read = readMonthRange(params, {
        now: options.now,
        defaultMonths: monthCount(options.defaultRange),
        maxMonths: options.maxMonths,
      });
      range = read.range;
      adjusted = read.adjusted;
    }
  }

  const rawCompare = params.get(COMPARE_PARAM);
  const comparison = rawCompare ? COMPARE_VALUES[rawCompare.toLowerCase()] : undefined;
  if (rawCompare && !comparison) dropped.push(`compare "${rawCompare}"`);

  const read = readExplorerFilter(params);
  const filter: InsightFilterValues = {};
  for (const key of Object.keys(FILTER_PARAMS) as (keyof InsightFilterValues)[]) {
    const values = read.filter[key];
    if (values?.length) (filter as Record<string, string[]>)[key] = values;
  }
  const filterParams = Object.values(FILTER_PARAMS);
  dropped.push(
    ...read.dropped.filter((text) => filterParams.some((param) => text.startsWith(`${param} `))),
  );
  return { scope: { range, comparison: comparison ?? 'PREVIOUS', filter }, adjusted, dropped };
}

/** A copy of `params` with the scope set; other parameters (a selected policy…) kept. */
export function withInsightScope(params: URLSearchParams, scope: InsightScope): URLSearchParams {
  const next = withMonthRange(params, scope.range);
  if (scope.comparison === 'PREVIOUS') next.delete(COMPARE_PARAM);
  else next.set(COMPARE_PARAM, COMPARE_PARAM_OF[scope.comparison]);
  const filter = explorerParams(scope.filter);
  for (const param of Object.values(FILTER_PARAMS)) {
    const value = filter.get(param);
    if (value) next.set(param, value);
    else next.delete(param);
  }
  return next;
}

/** The scope as URL parameters only, for links from one insight page to another. */
export function insightSearch(scope: InsightScope): string {
  return `?${withInsightScope(new URLSearchParams(), scope).toString()}`;
}

/** The API's filter, or undefined when nothing narrows the figures. */
export function toInsightFilter(filter: InsightFilterValues): InsightFilterInput | undefined {
  const result: InsightFilterInput = {};
  for (const key of Object.keys(FILTER_PARAMS) as (keyof InsightFilterValues)[]) {
    const values = filter[key];
    if (values?.length) (result as Record<string, string[]>)[key] = [...values];
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** What every insight query starts from: days (the end not included), comparison, filter. */
export function toScopeInput(scope: InsightScope): {
  from: string;
  to: string;
  comparison: ComparisonMode;
  filter?: InsightFilterInput;
} {
  const filter = toInsightFilter(scope.filter);
  return {
    from: firstDayOf(scope.range.from),
    to: firstDayOf(addMonths(scope.range.to, 1)),
    comparison: scope.comparison,
    ...(filter ? { filter } : {}),
  };
}

/** How many conditions narrow the figures. */
export function filterCount(filter: InsightFilterValues): number {
  return Object.values(filter).filter((values: unknown[] | undefined) => values?.length).length;
}

/** True when the range ends with the current (partial) month. */
export function endsThisMonth(range: MonthRange, now: Date): boolean {
  return range.to >= monthOf(now);
}

export type { Month };
