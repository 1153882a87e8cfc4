import {
  Channel,
  ItemKind,
  ItemSource,
  ItemStatus,
  Priority,
  ViabilityDecision,
} from '../../items/item.enums';
import { timeRangeProblem } from '../../common/input-rules';

const key = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Words helpdesks use for our values; anything else must be the value itself. */
const SYNONYMS: Record<string, Record<string, string>> = {
  kind: {
    question: ItemKind.REQUEST,
    incident: ItemKind.REQUEST,
    problem: ItemKind.REQUEST,
    task: ItemKind.REQUEST,
    service_request: ItemKind.REQUEST,
    praise: ItemKind.COMPLIMENT,
    kudos: ItemKind.COMPLIMENT,
    thanks: ItemKind.COMPLIMENT,
    suggestion: ItemKind.FEEDBACK,
    comment: ItemKind.FEEDBACK,
  },
  channel: {
    web: Channel.WEB_FORM,
    form: Channel.WEB_FORM,
    portal: Channel.WEB_FORM,
    e_mail: Channel.EMAIL,
    mail: Channel.EMAIL,
    voice: Channel.PHONE,
    call: Channel.PHONE,
    telephone: Channel.PHONE,
    twitter: Channel.SOCIAL,
    facebook: Channel.SOCIAL,
    messaging: Channel.CHAT,
    walk_in: Channel.IN_PERSON,
    counter: Channel.IN_PERSON,
    post: Channel.LETTER,
  },
  source: {
    external: ItemSource.EXTERNAL_CUSTOMER,
    customer: ItemSource.EXTERNAL_CUSTOMER,
    internal: ItemSource.INTERNAL_CUSTOMER,
    employee: ItemSource.INTERNAL_CUSTOMER,
  },
  status: {
    open: ItemStatus.IN_PROGRESS,
    pending: ItemStatus.WAITING_ON_CUSTOMER,
    on_hold: ItemStatus.WAITING_INTERNAL,
    hold: ItemStatus.WAITING_INTERNAL,
    solved: ItemStatus.RESOLVED,
    done: ItemStatus.CLOSED,
  },
  priority: { medium: Priority.NORMAL, critical: Priority.URGENT },
  viability: {},
};

const ENUMS: Record<string, Record<string, string>> = {
  kind: ItemKind,
  channel: Channel,
  source: ItemSource,
  status: ItemStatus,
  priority: Priority,
  viability: ViabilityDecision,
};

export type EnumField = keyof typeof SYNONYMS;

/** The enum value a cell names (case and spacing ignored), or an error sentence. */
/** A cell that cannot be read: what is wrong, and the rule it breaks (as validation names it). */
export interface CellError {
  error: string;
  rule: string;
}

export function enumValue(field: EnumField, cell: string): { value: string } | CellError {
  const allowed = Object.values(ENUMS[field]);
  const wanted = key(cell);
  const value = allowed.find((candidate) => candidate === wanted) ?? SYNONYMS[field][wanted];
  return value
    ? { value }
    : { error: `"${cell}" is not a ${field}; use one of ${allowed.join(', ')}`, rule: 'isEnum' };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Jira's export format, "10/Feb/26 9:15 AM" (day/month name/year, 12-hour clock), as ISO 8601. */
function fromJiraDate(cell: string): string | undefined {
  const parts = /^(\d{1,2})\/([a-z]{3})\/(\d{2}|\d{4}) (\d{1,2}):(\d{2}) ?([ap]m)$/i.exec(cell);
  const month = MONTHS.indexOf(parts?.[2].toLowerCase() ?? '') + 1;
  if (!parts || month === 0 || Number(parts[4]) < 1 || Number(parts[4]) > 12) return undefined;
  const [, day, , year, hour, minute, half] = parts;
  const hours = (Number(hour) % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
  const pad = (value: number | string) => String(value).padStart(2, '0');
  return `${year.length === 2 ? `20${year}` : year}-${pad(month)}-${pad(day)} ${pad(hours)}:${minute}`;
}

/**
 * ISO 8601, "YYYY-MM-DD[ HH:MM[:SS]]" or Jira's "10/Feb/26 9:15 AM", read as UTC; impossible
 * dates such as 31 February are refused.
 */
export function timestampValue(cell: string): { value: Date } | CellError {
  const trimmed = fromJiraDate(cell.trim()) ?? cell.trim();
  const plain = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/.exec(
    trimmed,
  );
  const value = new Date(
    plain ? `${plain[1]}-${plain[2]}-${plain[3]}T${plain[4] ?? '00:00'}Z` : trimmed,
  );
  const [year, month, day] = (/^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed) ?? []).slice(1).map(Number);
  const calendarDay = year ? new Date(Date.UTC(year, month - 1, day)) : undefined;
  const exists = calendarDay?.getUTCMonth() === month - 1 && calendarDay.getUTCDate() === day;
  if (Number.isNaN(value.getTime()) || !exists)
    return {
      error: `"${cell}" is not a date and time (use ISO 8601, e.g. 2026-03-02T09:30:00Z)`,
      rule: 'isDateTime',
    };
  return timeRangeProblem('time', value)
    ? { error: `"${cell}" is outside 2000-01-01 to 2099-12-31`, rule: 'timeRange' }
    : { value };
}

export function integerValue(cell: string): { value: number } | CellError {
  const value = Number(cell.trim());
  return Number.isInteger(value)
    ? { value }
    : { error: `"${cell}" is not a whole number`, rule: 'isInt' };
}
