import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type {
  Channel,
  ItemKind,
  ItemSource,
  ItemStatus,
  Priority,
  ViabilityDecision,
} from '../items/item.enums';

/** A validated item ready to store. */
export interface NewItem {
  kind: ItemKind;
  source: ItemSource;
  channel: Channel;
  teamId: string | null;
  policyId: string | null;
  text: string;
  customerRef: string | null;
  priority: Priority;
  status: ItemStatus;
  viability: ViabilityDecision | null;
  satisfaction: number | null;
  receivedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  externalId: string | null;
  externalSource: string | null;
  recordedById: string | null;
}

export interface StoredItemRef {
  id: string;
  created: boolean;
}

// Column name, SQL array type, and how to read it from a NewItem — one list drives the insert.
const COLUMNS: [string, string, (item: NewItem) => unknown][] = [
  ['kind', 'item_kind', (item) => item.kind],
  ['source', 'item_source', (item) => item.source],
  ['channel', 'channel', (item) => item.channel],
  ['team_id', 'uuid', (item) => item.teamId],
  ['policy_id', 'uuid', (item) => item.policyId],
  ['text', 'text', (item) => item.text],
  ['customer_ref', 'text', (item) => item.customerRef],
  ['priority', 'priority', (item) => item.priority],
  ['status', 'item_status', (item) => item.status],
  ['viability', 'viability_decision', (item) => item.viability],
  ['satisfaction', 'smallint', (item) => item.satisfaction],
  ['received_at', 'timestamptz', (item) => item.receivedAt.toISOString()],
  ['first_response_at', 'timestamptz', (item) => item.firstResponseAt?.toISOString() ?? null],
  ['resolved_at', 'timestamptz', (item) => item.resolvedAt?.toISOString() ?? null],
  ['closed_at', 'timestamptz', (item) => item.closedAt?.toISOString() ?? null],
  ['external_id', 'text', (item) => item.externalId],
  ['external_source', 'text', (item) => item.externalSource],
  ['recorded_by_id', 'uuid', (item) => item.recordedById],
];

const INSERT_SQL = `
  INSERT INTO items (id, ${COLUMNS.map(([name]) => name).join(', ')})
  SELECT * FROM unnest($1::uuid[], ${COLUMNS.map(([, type], index) => `$${index + 2}::${type}[]`).join(', ')})
  ON CONFLICT (external_source, external_id) WHERE external_id IS NOT NULL DO NOTHING
  RETURNING id`;

const externalKey = (item: NewItem) =>
  item.externalId === null || item.externalSource === null
    ? null
    : `${item.externalSource}\u0000${item.externalId}`;

/**
 * Stores items with one statement (fast for batches) inside the caller's transaction, and
 * returns their ids in input order. An item whose (externalSource, externalId) is already stored
 * is not inserted again: the stored id comes back with `created: false` — also when a concurrent
 * request stored it a moment ago (the unique index decides, not a check before the insert).
 */
export async function insertItems(
  manager: EntityManager,
  items: NewItem[],
): Promise<StoredItemRef[]> {
  // Ids are chosen here so each input row knows its id without relying on RETURNING order.
  const idByKey = new Map<string, string>();
  const proposed = items.map((item) => {
    const key = externalKey(item);
    const id = (key && idByKey.get(key)) || randomUUID();
    if (key) idByKey.set(key, id);
    return { item, key, id };
  });
  // A key repeated within the batch is inserted once; the repeats share its id.
  const distinctIds = new Set<string>();
  const firstOfKey = proposed.filter(
    ({ id }) => !distinctIds.has(id) && Boolean(distinctIds.add(id)),
  );
  const inserted: { id: string }[] = await manager.query(INSERT_SQL, [
    firstOfKey.map(({ id }) => id),
    ...COLUMNS.map(([, , read]) => firstOfKey.map(({ item }) => read(item))),
  ]);
  const insertedIds = new Set(inserted.map((row) => row.id));

  const conflicting = firstOfKey.filter(({ key, id }) => key && !insertedIds.has(id));
  const existingIdByKey = new Map<string, string>();
  if (conflicting.length > 0) {
    const existing: { id: string; external_source: string; external_id: string }[] =
      await manager.query(
        `SELECT i.id, i.external_source, i.external_id FROM items i
       JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON i.external_source = k.source AND i.external_id = k.id`,
        [
          conflicting.map(({ item }) => item.externalSource),
          conflicting.map(({ item }) => item.externalId),
        ],
      );
    for (const row of existing)
      existingIdByKey.set(`${row.external_source}\u0000${row.external_id}`, row.id);
  }

  const reported = new Set<string>();
  return proposed.map(({ key, id }) => {
    const existingId = key ? existingIdByKey.get(key) : undefined;
    if (existingId) return { id: existingId, created: false };
    if (!insertedIds.has(id)) throw new Error(`Item ${key} was neither inserted nor found`);
    const created = !reported.has(id);
    reported.add(id);
    return { id, created };
  });
}
