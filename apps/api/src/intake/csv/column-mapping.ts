import { invalidInput } from '../../common/domain-error';
import {
  type CsvColumnMappingInput,
  MAPPABLE_FIELDS,
  type MappableField,
} from './csv-import.types';

/** Header names helpdesk exports commonly use for each field, compared without case or punctuation. */
const COMMON_HEADERS: Record<MappableField, string[]> = {
  externalId: [
    'externalid',
    'id',
    'ticketid',
    'ticket',
    'ticketnumber',
    'caseid',
    'casenumber',
    'reference',
  ],
  text: ['text', 'description', 'body', 'message', 'comment', 'content', 'subjectanddescription'],
  receivedAt: [
    'receivedat',
    'createdat',
    'created',
    'createddate',
    'datecreated',
    'opened',
    'openedat',
    'received',
  ],
  kind: ['kind', 'type', 'tickettype', 'category'],
  source: ['source', 'customertype', 'requestertype'],
  channel: ['channel', 'via', 'medium', 'origin'],
  team: ['team', 'group', 'assignedgroup', 'department', 'queue'],
  policy: ['policy', 'rule'],
  // Not "Customer" or "Requester": helpdesks put the person's name there, and a name is never a
  // customer reference. E-mail addresses are fine: the API keeps only their pseudonym.
  customerRef: [
    'customerref',
    'customerid',
    'requesterid',
    'contactid',
    'customeremail',
    'requesteremail',
  ],
  priority: ['priority', 'urgency'],
  status: ['status', 'state'],
  viability: ['viability', 'decision', 'outcome'],
  satisfaction: ['satisfaction', 'csat', 'satisfactionscore', 'rating'],
  firstResponseAt: [
    'firstresponseat',
    'firstresponse',
    'firstrepliedat',
    'firstreplyat',
    'firstreply',
  ],
  resolvedAt: ['resolvedat', 'resolved', 'solvedat', 'solved', 'resolutiondate'],
  closedAt: ['closedat', 'closed', 'closeddate'],
};
const REQUIRED: MappableField[] = ['externalId', 'text', 'receivedAt'];

const simplify = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Column index per field: the caller's mapping first, then the helpdesk's own headers for the
 * fields it names (`systemHeaders`), then the common header names.
 */
export function resolveColumns(
  headers: string[],
  mapping: CsvColumnMappingInput = {},
  systemHeaders: Partial<Record<MappableField, string[]>> = {},
): Map<MappableField, number> {
  const byName = new Map(headers.map((header, index) => [header.trim(), index]));
  const bySimpleName = new Map(headers.map((header, index) => [simplify(header), index]));
  const columns = new Map<MappableField, number>();
  const problems: { field: string; rule: string; message: string }[] = [];
  // Fields the helpdesk names claim their columns first, so a common name cannot take them
  // (Freshdesk's Source is the channel, not the kind of customer).
  const order = [...MAPPABLE_FIELDS].sort(
    (a, b) => Number(b in systemHeaders) - Number(a in systemHeaders),
  );
  for (const field of order) {
    const named = mapping[field];
    if (named !== undefined) {
      const index = byName.get(named.trim()) ?? bySimpleName.get(simplify(named));
      if (index === undefined) {
        problems.push({
          field: `mapping.${field}`,
          rule: 'columnExists',
          message: `mapping.${field} names a column "${named}" the CSV does not have`,
        });
      } else columns.set(field, index);
      continue;
    }
    const own = systemHeaders[field];
    const candidates =
      own?.length === 0 ? [] : [...(own ?? []).map(simplify), ...COMMON_HEADERS[field]];
    const guessed = candidates
      .map((name) => bySimpleName.get(name))
      .find((index) => index !== undefined);
    if (guessed !== undefined && ![...columns.values()].includes(guessed))
      columns.set(field, guessed);
  }
  for (const field of REQUIRED) {
    if (!columns.has(field) && mapping[field] === undefined) {
      problems.push({
        field: `mapping.${field}`,
        rule: 'required',
        message: `no column holds ${field}: name it in mapping.${field} (headers: ${headers.join(', ')})`,
      });
    }
  }
  if (problems.length > 0) throw invalidInput(problems);
  return columns;
}
