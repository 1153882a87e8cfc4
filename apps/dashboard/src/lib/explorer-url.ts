// The Explorer's filter, kept in its URL, so any page can link to "the items behind this number":
//
//   explorerUrl({ kinds: ['COMPLAINT'], policyIds: [policy.id], from: '2026-01-01', to: '2026-03-31' })
//   → /explorer?kind=complaint&policy=<id>&from=2026-01-01&to=2026-03-31
//
// Lists are comma-separated, enum values lower-case; `from` and `to` are days, both included
// (a month, YYYY-MM, is read as its first or last day). Unreadable values are dropped and reported.
import type {
  Channel,
  FlagType,
  ItemFilterInput,
  ItemKind,
  ItemSource,
  ItemStatus,
  SentimentLabel,
} from '../graphql/generated/graphql';
import { addDays, dayStart, isDay, readDayOrMonth, type Day } from './day';
import {
  CHANNELS,
  FLAG_TYPES,
  ITEM_KINDS,
  ITEM_SOURCES,
  ITEM_STATUSES,
  SENTIMENTS,
} from './labels';

export const EXPLORER_PATH = '/explorer';

export interface ExplorerFilter {
  /** Words the text contains. */
  search?: string;
  kinds?: ItemKind[];
  sources?: ItemSource[];
  channels?: Channel[];
  statuses?: ItemStatus[];
  sentiments?: SentimentLabel[];
  /** Warning signs and protocol cues. */
  flags?: FlagType[];
  teamIds?: string[];
  policyIds?: string[];
  themeIds?: string[];
  /** A pseudonymous customer reference: every contact from one customer. */
  customerRef?: string;
  /** Received on or after this day (UTC). */
  from?: Day;
  /** Received on or before this day (UTC), included. */
  to?: Day;
}

type EnumKey = 'kinds' | 'sources' | 'channels' | 'statuses' | 'sentiments' | 'flags';
type IdKey = 'teamIds' | 'policyIds' | 'themeIds';

const ENUM_PARAMS: readonly { key: EnumKey; param: string; values: readonly string[] }[] = [
  { key: 'kinds', param: 'kind', values: ITEM_KINDS },
  { key: 'sources', param: 'source', values: ITEM_SOURCES },
  { key: 'channels', param: 'channel', values: CHANNELS },
  { key: 'statuses', param: 'status', values: ITEM_STATUSES },
  { key: 'sentiments', param: 'sentiment', values: SENTIMENTS },
  { key: 'flags', param: 'flag', values: FLAG_TYPES },
];

const ID_PARAMS: readonly { key: IdKey; param: string }[] = [
  { key: 'teamIds', param: 'team' },
  { key: 'policyIds', param: 'policy' },
  { key: 'themeIds', param: 'theme' },
];

/** The URL parameters the filter uses; anything else in the URL is left alone. */
export const EXPLORER_PARAMS = [
  'q',
  ...ENUM_PARAMS.map((entry) => entry.param),
  ...ID_PARAMS.map((entry) => entry.param),
  'customer',
  'from',
  'to',
] as const;

/** The API's limits: 200 characters of search text, 50 values per list. */
export const SEARCH_LIMIT = 200;
export const LIST_LIMIT = 50;

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filter as URL parameters, in a fixed order; empty parts are left out. */
export function explorerParams(filter: ExplorerFilter): URLSearchParams {
  const params = new URLSearchParams();
  const search = filter.search?.trim();
  if (search) params.set('q', search);
  for (const { key, param } of ENUM_PARAMS) {
    const values = unique(filter[key] ?? []);
    if (values.length > 0) params.set(param, values.map((value) => value.toLowerCase()).join(','));
  }
  for (const { key, param } of ID_PARAMS) {
    const values = unique(filter[key] ?? []);
    if (values.length > 0) params.set(param, values.join(','));
  }
  const customer = filter.customerRef?.trim();
  if (customer) params.set('customer', customer);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return params;
}

/** A link to the Explorer showing the items that match `filter`. */
export function explorerUrl(filter: ExplorerFilter): string {
  const query = explorerParams(filter).toString();
  return query ? `${EXPLORER_PATH}?${query}` : EXPLORER_PATH;
}

export interface ReadExplorerFilter {
  filter: ExplorerFilter;
  /** What in the URL could not be used, in words; empty when everything was. */
  dropped: string[];
}

/** Reads the filter from URL parameters, dropping (and naming) what it cannot use. */
export function readExplorerFilter(params: URLSearchParams): ReadExplorerFilter {
  const filter: ExplorerFilter = {};
  const dropped: string[] = [];

  const search = params.get('q')?.trim();
  if (search) filter.search = search.slice(0, SEARCH_LIMIT);
  if (search && search.length > SEARCH_LIMIT) dropped.push('the end of the search text');

  for (const { key, param, values } of ENUM_PARAMS) {
    const { kept, rejected } = readList(params.get(param), (value) => {
      const upper = value.toUpperCase();
      return values.includes(upper) ? upper : null;
    });
    if (kept.length > 0) (filter as Record<EnumKey, string[]>)[key] = kept;
    rejected.forEach((value) => dropped.push(`${param} "${value}"`));
  }
  for (const { key, param } of ID_PARAMS) {
    const { kept, rejected } = readList(params.get(param), (value) =>
      ID_PATTERN.test(value) ? value.toLowerCase() : null,
    );
    if (kept.length > 0) filter[key] = kept;
    rejected.forEach((value) => dropped.push(`${param} "${value}"`));
  }

  const customer = params.get('customer')?.trim();
  if (customer) filter.customerRef = customer.slice(0, SEARCH_LIMIT);

  const rawFrom = params.get('from');
  const rawTo = params.get('to');
  const from = rawFrom ? readDayOrMonth(rawFrom, 'start') : null;
  const to = rawTo ? readDayOrMonth(rawTo, 'end') : null;
  if (rawFrom && !from) dropped.push(`from "${rawFrom}"`);
  if (rawTo && !to) dropped.push(`to "${rawTo}"`);
  if (from && to && from > to) {
    // Reversed days are read as the period they describe.
    filter.from = to;
    filter.to = from;
  } else {
    if (from) filter.from = from;
    if (to) filter.to = to;
  }
  return { filter, dropped };
}

/** The API's filter: the period becomes [from 00:00, the day after `to` 00:00) in UTC. */
export function toItemFilter(filter: ExplorerFilter): ItemFilterInput {
  const result: ItemFilterInput = {};
  const search = filter.search?.trim();
  if (search) result.search = search;
  for (const { key } of ENUM_PARAMS) {
    const values = unique(filter[key] ?? []);
    if (values.length > 0) (result as Record<EnumKey, string[]>)[key] = values;
  }
  for (const { key } of ID_PARAMS) {
    const values = unique(filter[key] ?? []);
    if (values.length > 0) result[key] = values;
  }
  const customer = filter.customerRef?.trim();
  if (customer) result.customerRef = customer;
  if (filter.from && isDay(filter.from)) result.receivedFrom = dayStart(filter.from);
  if (filter.to && isDay(filter.to)) result.receivedTo = dayStart(addDays(filter.to, 1));
  return result;
}

/** How many conditions the filter sets (the period counts once). */
export function countConditions(filter: ExplorerFilter): number {
  let count = 0;
  if (filter.search?.trim()) count += 1;
  for (const { key } of ENUM_PARAMS) if (filter[key]?.length) count += 1;
  for (const { key } of ID_PARAMS) if (filter[key]?.length) count += 1;
  if (filter.customerRef?.trim()) count += 1;
  if (filter.from || filter.to) count += 1;
  return count;
}

function readList(
  raw: string | null,
  accept: (value: string) => string | null,
): { kept: string[]; rejected: string[] } {
  const kept: string[] = [];
  const rejected: string[] = [];
  for (const value of (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const read = accept(value);
    if (read === null) rejected.push(value);
    else if (!kept.includes(read) && kept.length < LIST_LIMIT) kept.push(read);
  }
  return { kept, rejected };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)].slice(0, LIST_LIMIT);
}
