// The pure half of the drill-down: page cursors, a page from the ids read, and the CSV file of
// the items behind a figure. DrilldownItemsService reads; nothing here touches the database.
import { invalidField } from '../../common/domain-error';
import { csvLine } from '../../common/csv';
import type { ExportFile } from '../review-pack/review-pack.types';

/** Where the next page starts: items are ordered by (received_at, id), newest first. */
export interface Cursor {
  receivedAt: string;
  id: string;
}

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** A cursor this API handed out, or an invalid-field error on `after`. */
export function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (
      typeof value.receivedAt === 'string' &&
      typeof value.id === 'string' &&
      !Number.isNaN(Date.parse(value.receivedAt))
    )
      return { receivedAt: value.receivedAt, id: value.id };
  } catch {
    // fall through to the error below
  }
  throw invalidField('after', 'cursor', 'after must be an endCursor returned by a previous page');
}

export interface ItemsPage<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A page from the ids read (one more than `first`, to know whether another page follows) and the
 * items loaded for them: in the ids' order, items gone since skipped.
 */
export function pageOf<T extends { id: string; receivedAt: Date }>(
  ids: readonly string[],
  found: readonly T[],
  first: number,
  totalCount: number,
): ItemsPage<T> {
  const byId = new Map(found.map((item) => [item.id, item]));
  const nodes = ids
    .slice(0, first)
    .map((id) => byId.get(id))
    .filter((item): item is T => item !== undefined);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    hasNextPage: ids.length > first,
    endCursor: last
      ? encodeCursor({ receivedAt: last.receivedAt.toISOString(), id: last.id })
      : null,
  };
}

export const EXPORT_COLUMNS = [
  'id',
  'received_at',
  'kind',
  'source',
  'channel',
  'team',
  'policy',
  'linked_policies',
  'themes',
  'status',
  'priority',
  'viability',
  'sentiment',
  'satisfaction',
  'first_response_hours',
  'lead_hours',
  'waiting_internal_hours',
  'escalations',
  'exceptions_granted',
  'exceptions_refused',
  'flags',
  'customer_ref',
  'external_source',
  'external_id',
  'text_redacted',
];

/**
 * The items as CSV, one row per item in the order read, at most `limit` (the rows read hold one
 * more, to say the file was cut short). Customer references leave only as pseudonyms.
 */
export function itemsCsv(
  rows: readonly Record<string, unknown>[],
  limit: number,
  now: number,
  pseudonym: (customerRef: string) => string,
): ExportFile {
  const shown = rows.slice(0, limit).map((row): Record<string, unknown> => ({
    ...row,
    customer_ref: typeof row.customer_ref === 'string' ? pseudonym(row.customer_ref) : null,
  }));
  return {
    filename: `fulcrum-items-${new Date(now).toISOString().slice(0, 10)}.csv`,
    contentType: 'text/csv',
    content:
      [
        csvLine(EXPORT_COLUMNS),
        ...shown.map((row) =>
          csvLine(EXPORT_COLUMNS.map((column) => row[column] as string | number | null)),
        ),
      ].join('\n') + '\n',
    rows: shown.length,
    truncated: rows.length > limit,
  };
}
