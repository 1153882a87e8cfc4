// "The items behind this number": every figure an insight query returns carries a drill-down
// (conditions on items). The Explorer shows a drill-down's items with `drilldownItems`; this
// keeps the drill-down in the Explorer's URL, one readable parameter per condition:
//
//   drilldownUrl({ kinds: ['COMPLAINT'], flags: ['EXCUSE'], receivedFrom: '2026-10-01T00:00:00.000Z',
//                  receivedTo: '2026-11-01T00:00:00.000Z' }, 'Replies with excuses, Oct 2026')
//   → /explorer?about=Replies+with+excuses%2C+Oct+2026&d.receivedFrom=2026-10-01
//       &d.receivedTo=2026-11-01&d.kinds=complaint&d.flags=excuse
//
// Instants at midnight UTC are written as days; lists are comma-separated, enum values lower-case.
import type { DrilldownInput } from '../graphql/generated/graphql';
import { addDays, dayOf, isDay } from './day';
import { EXPLORER_PATH } from './explorer-url';
import { formatShortDate, formatShortDateTime } from './format';
import {
  CHANNELS,
  channelLabel,
  COMPLAINT_STEPS,
  complaintStepLabel,
  FIRST_CONTACT_OUTCOMES,
  firstContactLabel,
  FLAG_TYPES,
  flagLabel,
  ITEM_EVENT_TYPES,
  ITEM_KINDS,
  ITEM_STATUSES,
  itemEventTypeLabel,
  itemKindLabel,
  itemStatusLabel,
  SENTIMENTS,
  sentimentLabel,
  SLA_CLOCKS,
  slaClockLabel,
  VIABILITIES,
  viabilityLabel,
} from './labels';

export type Drilldown = DrilldownInput;

/** A drill-down as a query returns it: nulls for absent conditions, maybe a __typename. */
export type DrilldownLike = { [K in keyof DrilldownInput]?: DrilldownInput[K] | null } & {
  __typename?: string;
};

export const DRILL_PREFIX = 'd.';
/** What the figure is ("Complaints, Oct 2026"): the heading over its items. */
export const ABOUT_PARAM = 'about';
export const ABOUT_LIMIT = 200;
/** The API's limits: 50 values per list, 100 item ids. */
const LIST_LIMIT = 50;
const ITEM_IDS_LIMIT = 100;

type InstantKey = 'receivedFrom' | 'receivedTo' | 'resolvedFrom' | 'resolvedTo' | 'openAt';
type IdsKey = 'teamIds' | 'themeIds' | 'linkedPolicyIds' | 'itemIds';
type EnumsKey =
  | 'channels'
  | 'kinds'
  | 'statuses'
  | 'sentiments'
  | 'viabilities'
  | 'flags'
  | 'eventTypes'
  | 'protocolStepsDone';
type EnumKey = 'slaBreached' | 'waitedIn' | 'protocolStepMissing' | 'overdue' | 'firstContact';
type BooleanKey = 'reopened' | 'rated' | 'answered' | 'linkedToPolicy';
type DaysKey = 'noUpdateForDays' | 'needsAttentionDays';
type TextKey = 'escalatedTo';

type FieldSpec =
  | { key: InstantKey; type: 'instant' }
  | { key: IdsKey; type: 'ids'; max: number }
  | { key: EnumsKey; type: 'enums'; values: readonly string[] }
  | { key: EnumKey; type: 'enum'; values: readonly string[] }
  | { key: BooleanKey; type: 'boolean' }
  | { key: DaysKey; type: 'days' }
  | { key: TextKey; type: 'text' };

/** Every condition a drill-down can hold, in the order the URL and the summary give them. */
const FIELDS: readonly FieldSpec[] = [
  { key: 'receivedFrom', type: 'instant' },
  { key: 'receivedTo', type: 'instant' },
  { key: 'resolvedFrom', type: 'instant' },
  { key: 'resolvedTo', type: 'instant' },
  { key: 'openAt', type: 'instant' },
  { key: 'kinds', type: 'enums', values: ITEM_KINDS },
  { key: 'channels', type: 'enums', values: CHANNELS },
  { key: 'teamIds', type: 'ids', max: LIST_LIMIT },
  { key: 'themeIds', type: 'ids', max: LIST_LIMIT },
  { key: 'linkedPolicyIds', type: 'ids', max: LIST_LIMIT },
  { key: 'statuses', type: 'enums', values: ITEM_STATUSES },
  { key: 'sentiments', type: 'enums', values: SENTIMENTS },
  { key: 'viabilities', type: 'enums', values: VIABILITIES },
  { key: 'flags', type: 'enums', values: FLAG_TYPES },
  { key: 'eventTypes', type: 'enums', values: ITEM_EVENT_TYPES },
  { key: 'slaBreached', type: 'enum', values: SLA_CLOCKS },
  { key: 'waitedIn', type: 'enum', values: ITEM_STATUSES },
  { key: 'reopened', type: 'boolean' },
  { key: 'rated', type: 'boolean' },
  { key: 'answered', type: 'boolean' },
  { key: 'linkedToPolicy', type: 'boolean' },
  { key: 'protocolStepsDone', type: 'enums', values: COMPLAINT_STEPS },
  { key: 'protocolStepMissing', type: 'enum', values: COMPLAINT_STEPS },
  { key: 'itemIds', type: 'ids', max: ITEM_IDS_LIMIT },
  { key: 'overdue', type: 'enum', values: SLA_CLOCKS },
  { key: 'noUpdateForDays', type: 'days' },
  { key: 'needsAttentionDays', type: 'days' },
  { key: 'firstContact', type: 'enum', values: FIRST_CONTACT_OUTCOMES },
  { key: 'escalatedTo', type: 'text' },
];
/** The API's limits: days up to a year, a destination's name up to 200 characters. */
const MAX_DAYS = 365;
const TEXT_LIMIT = 200;

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/**
 * The API's input for a drill-down: absent conditions left out (GraphQL answers them as null,
 * the input wants them missing), instants in ISO form.
 */
export function toDrilldownInput(drilldown: DrilldownLike): Drilldown {
  const result: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = drilldown[field.key];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) result[field.key] = [...value];
    } else if (field.type === 'instant') {
      const instant = new Date(String(value));
      if (!Number.isNaN(instant.getTime())) result[field.key] = instant.toISOString();
    } else result[field.key] = value;
  }
  return result as Drilldown;
}

/** The drill-down (and what it is about) as URL parameters, in a fixed order. */
export function drilldownParams(drilldown: DrilldownLike, about?: string): URLSearchParams {
  const params = new URLSearchParams();
  const label = about?.trim();
  if (label) params.set(ABOUT_PARAM, label.slice(0, ABOUT_LIMIT));
  const input = toDrilldownInput(drilldown) as Record<string, unknown>;
  for (const field of FIELDS) {
    const value = input[field.key];
    if (value === undefined) continue;
    const name = `${DRILL_PREFIX}${field.key}`;
    switch (field.type) {
      case 'instant':
        params.set(name, writeInstant(String(value)));
        break;
      case 'ids':
        params.set(name, (value as string[]).join(','));
        break;
      case 'enums':
        params.set(name, (value as string[]).map((entry) => entry.toLowerCase()).join(','));
        break;
      case 'enum':
        params.set(name, String(value).toLowerCase());
        break;
      case 'boolean':
        params.set(name, value ? 'yes' : 'no');
        break;
      case 'days':
      case 'text':
        params.set(name, String(value));
        break;
    }
  }
  return params;
}

/** A link to the Explorer listing the items behind a figure. */
export function drilldownUrl(drilldown: DrilldownLike, about?: string): string {
  return `${EXPLORER_PATH}?${drilldownParams(drilldown, about).toString()}`;
}

/** True when the URL holds a drill-down (the Explorer then lists its items, not its filters). */
export function hasDrilldown(params: URLSearchParams): boolean {
  return [...params.keys()].some((key) => key.startsWith(DRILL_PREFIX));
}

export interface ReadDrilldown {
  drilldown: Drilldown;
  about: string | null;
  /** What in the URL could not be used, in words; empty when everything was. */
  dropped: string[];
}

/** Reads a drill-down back from the URL, dropping (and naming) what it cannot use. */
export function readDrilldown(params: URLSearchParams): ReadDrilldown {
  const result: Record<string, unknown> = {};
  const dropped: string[] = [];
  const known = new Set(FIELDS.map((field) => `${DRILL_PREFIX}${field.key}`));
  for (const key of params.keys())
    if (key.startsWith(DRILL_PREFIX) && !known.has(key) && !dropped.includes(`"${key}"`))
      dropped.push(`"${key}"`);

  for (const field of FIELDS) {
    const name = `${DRILL_PREFIX}${field.key}`;
    const raw = params.get(name)?.trim();
    if (!raw) continue;
    switch (field.type) {
      case 'instant': {
        const instant = readInstant(raw);
        if (instant) result[field.key] = instant;
        else dropped.push(`${field.key} "${raw}"`);
        break;
      }
      case 'ids': {
        const { kept, rejected } = readList(raw, field.max, (value) =>
          ID_PATTERN.test(value) ? value.toLowerCase() : null,
        );
        if (kept.length) result[field.key] = kept;
        rejected.forEach((value) => dropped.push(`${field.key} "${value}"`));
        break;
      }
      case 'enums': {
        const { kept, rejected } = readList(raw, LIST_LIMIT, (value) =>
          enumOf(value, field.values),
        );
        if (kept.length) result[field.key] = kept;
        rejected.forEach((value) => dropped.push(`${field.key} "${value}"`));
        break;
      }
      case 'enum': {
        const value = enumOf(raw, field.values);
        if (value) result[field.key] = value;
        else dropped.push(`${field.key} "${raw}"`);
        break;
      }
      case 'boolean': {
        if (raw === 'yes' || raw === 'true') result[field.key] = true;
        else if (raw === 'no' || raw === 'false') result[field.key] = false;
        else dropped.push(`${field.key} "${raw}"`);
        break;
      }
      case 'days': {
        const days = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
        if (days >= 1 && days <= MAX_DAYS) result[field.key] = days;
        else dropped.push(`${field.key} "${raw}"`);
        break;
      }
      case 'text':
        result[field.key] = raw.slice(0, TEXT_LIMIT);
        break;
    }
  }
  const about = params.get(ABOUT_PARAM)?.trim().slice(0, ABOUT_LIMIT) || null;
  return { drilldown: result as Drilldown, about, dropped };
}

export interface DrilldownNames {
  teams: ReadonlyMap<string, string>;
  policies: ReadonlyMap<string, string>;
  themes: ReadonlyMap<string, string>;
}

export interface DrilldownCondition {
  key: string;
  /** "Kind: Complaint", "Received 1 Oct 2026 to 31 Oct 2026". */
  label: string;
}

/** The drill-down's conditions in words, for the summary above its items. */
export function describeDrilldown(
  drilldown: DrilldownLike,
  names: DrilldownNames,
): DrilldownCondition[] {
  const d = toDrilldownInput(drilldown);
  const conditions: DrilldownCondition[] = [];
  const add = (key: string, label: string) => conditions.push({ key, label });
  const named = (
    ids: readonly (string | number)[],
    map: ReadonlyMap<string, string>,
    unknown: string,
  ) => orList(ids.map((id) => map.get(String(id)) ?? unknown));
  const labelled = <V extends string>(values: readonly V[], label: Record<V, string>) =>
    orList(values.map((value) => label[value] ?? value));

  const received = spanWords(d.receivedFrom, d.receivedTo);
  if (received) add('received', `Received ${received}`);
  const resolved = spanWords(d.resolvedFrom, d.resolvedTo);
  if (resolved) add('resolved', `Resolved ${resolved}`);
  if (d.openAt) add('openAt', `Still open ${momentWords(String(d.openAt))}`);
  if (d.kinds?.length) add('kinds', `Kind: ${labelled(d.kinds, itemKindLabel)}`);
  if (d.channels?.length) add('channels', `Channel: ${labelled(d.channels, channelLabel)}`);
  if (d.teamIds?.length) add('teamIds', `Team: ${named(d.teamIds, names.teams, 'a team')}`);
  if (d.themeIds?.length) add('themeIds', `Theme: ${named(d.themeIds, names.themes, 'a theme')}`);
  if (d.linkedPolicyIds?.length)
    add(
      'linkedPolicyIds',
      `Linked to the policy ${named(d.linkedPolicyIds, names.policies, 'a policy')}`,
    );
  if (d.statuses?.length) add('statuses', `Status now: ${labelled(d.statuses, itemStatusLabel)}`);
  if (d.sentiments?.length)
    add('sentiments', `Sentiment: ${labelled(d.sentiments, sentimentLabel)}`);
  if (d.viabilities?.length)
    add('viabilities', `Decision: ${labelled(d.viabilities, viabilityLabel)}`);
  if (d.flags?.length) add('flags', `Sign: ${labelled(d.flags, flagLabel)}`);
  if (d.eventTypes?.length)
    add('eventTypes', `Has an event: ${labelled(d.eventTypes, itemEventTypeLabel)}`);
  if (d.slaBreached) add('slaBreached', `Missed its ${slaClockLabel[d.slaBreached]} target`);
  if (d.waitedIn) add('waitedIn', `Spent time in “${itemStatusLabel[d.waitedIn].toLowerCase()}”`);
  if (d.reopened === true) add('reopened', 'Reopened at least once');
  if (d.reopened === false) add('reopened', 'Never reopened');
  if (d.rated === true) add('rated', 'Rated by the customer');
  if (d.rated === false) add('rated', 'Not rated by the customer');
  if (d.answered === true) add('answered', 'Answered (a first response, or resolved)');
  if (d.answered === false) add('answered', 'Not answered yet');
  if (d.linkedToPolicy === true) add('linkedToPolicy', 'Linked to a policy');
  if (d.linkedToPolicy === false) add('linkedToPolicy', 'Linked to no policy');
  if (d.protocolStepsDone?.length)
    add(
      'protocolStepsDone',
      `Completed: ${d.protocolStepsDone.map((step) => complaintStepLabel[step].toLowerCase()).join(', ')}`,
    );
  if (d.protocolStepMissing)
    add(
      'protocolStepMissing',
      `Not done: ${complaintStepLabel[d.protocolStepMissing].toLowerCase()}`,
    );
  if (d.overdue) add('overdue', `Open past its ${slaClockLabel[d.overdue]} target now`);
  if (d.noUpdateForDays)
    add('noUpdateForDays', `Open, no update for ${daysWords(d.noUpdateForDays)} or more`);
  if (d.needsAttentionDays)
    add(
      'needsAttentionDays',
      `Needs attention: open past a target, or no update for ${daysWords(d.needsAttentionDays)}`,
    );
  if (d.firstContact) add('firstContact', `Decision: ${firstContactLabel[d.firstContact]}`);
  if (d.escalatedTo) add('escalatedTo', `Escalated to ${d.escalatedTo}`);
  if (d.itemIds?.length)
    add('itemIds', d.itemIds.length === 1 ? 'One chosen item' : `${d.itemIds.length} chosen items`);
  return conditions;
}

const daysWords = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/** "a, b or c" */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "1 Oct 2026 to 31 Oct 2026" for [from, to): a `to` at midnight ends the day before. */
function spanWords(from: string | null | undefined, to: string | null | undefined): string {
  const end = to ? lastIncludedDay(String(to)) : null;
  const start = from ? startWords(String(from)) : null;
  if (start && end) return `${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `up to ${end}`;
  return '';
}

function startWords(iso: string): string {
  return isMidnight(iso) ? formatShortDate(dayOf(new Date(iso))) : formatShortDateTime(iso);
}

function lastIncludedDay(iso: string): string {
  if (!isMidnight(iso)) return formatShortDateTime(iso);
  return formatShortDate(addDays(dayOf(new Date(iso)), -1));
}

/** "at the end of 31 Oct 2026" for midnight, else "on 22 Nov 2026, 21:08". */
function momentWords(iso: string): string {
  return isMidnight(iso)
    ? `at the end of ${lastIncludedDay(iso)}`
    : `on ${formatShortDateTime(iso)}`;
}

function isMidnight(iso: string): boolean {
  return new Date(iso).toISOString().endsWith('T00:00:00.000Z');
}

function writeInstant(iso: string): string {
  const normal = new Date(iso).toISOString();
  return normal.endsWith('T00:00:00.000Z') ? normal.slice(0, 10) : normal;
}

function readInstant(raw: string): string | null {
  if (isDay(raw)) return `${raw}T00:00:00.000Z`;
  if (!INSTANT_PATTERN.test(raw)) return null;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function enumOf(raw: string, values: readonly string[]): string | null {
  const upper = raw.trim().toUpperCase().replace(/-/g, '_');
  return values.includes(upper) ? upper : null;
}

function readList(
  raw: string,
  max: number,
  accept: (value: string) => string | null,
): { kept: string[]; rejected: string[] } {
  const kept: string[] = [];
  const rejected: string[] = [];
  for (const value of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const read = accept(value);
    if (read === null) rejected.push(value);
    else if (!kept.includes(read) && kept.length < max) kept.push(read);
  }
  return { kept, rejected };
}

/**
 * A drill-down narrowed by more conditions (all must hold): the complaints among a policy's
 * items, say. Lists given in `extra` replace the drill-down's own.
 */
export function narrowDrilldown(drilldown: DrilldownLike, extra: Drilldown): Drilldown {
  return { ...toDrilldownInput(drilldown), ...toDrilldownInput(extra) };
}
