import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ItemAuthorship } from '../auth/item-scope';
import {
  type ColumnSpec,
  isoOrNull,
  type Staging,
  type UnnestInsert,
  unnestInsertWith,
} from '../database/unnest-insert';
import type {
  Channel,
  ItemKind,
  ItemSource,
  ItemStatus,
  Priority,
  ViabilityDecision,
} from './item.enums';

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
  recordedByApiKeyId: string | null;
  /** Anonymous staff report: the database keeps its timestamps to the day. */
  anonymous: boolean;
}

export interface StoredItemRef {
  id: string;
  created: boolean;
  /** Who wrote the stored item: for a replay, whoever stored it first. */
  author: ItemAuthorship;
}

type ProposedRow = { id: string; item: NewItem };

/**
 * Analyses new items' texts and returns the inserts that store the results, keyed by item_id.
 * The text analysis provides it (analysis/analyse-texts.ts, `newItemAnalysis`); items know only
 * this shape.
 */
export type AnalyseNewItems = (
  rows: readonly { id: string; item: NewItem }[],
) => Promise<UnnestInsert<unknown>[]>;

const COLUMNS: ColumnSpec<ProposedRow>[] = [
  { name: 'id', type: 'uuid', value: (row) => row.id },
  { name: 'kind', type: 'item_kind', value: (row) => row.item.kind },
  { name: 'source', type: 'item_source', value: (row) => row.item.source },
  { name: 'channel', type: 'channel', value: (row) => row.item.channel },
  { name: 'team_id', type: 'uuid', value: (row) => row.item.teamId },
  { name: 'policy_id', type: 'uuid', value: (row) => row.item.policyId },
  { name: 'text', type: 'text', value: (row) => row.item.text },
  { name: 'customer_ref', type: 'text', value: (row) => row.item.customerRef },
  { name: 'priority', type: 'priority', value: (row) => row.item.priority },
  { name: 'status', type: 'item_status', value: (row) => row.item.status },
  { name: 'viability', type: 'viability_decision', value: (row) => row.item.viability },
  { name: 'satisfaction', type: 'smallint', value: (row) => row.item.satisfaction },
  { name: 'received_at', type: 'timestamptz', value: (row) => row.item.receivedAt.toISOString() },
  {
    name: 'first_response_at',
    type: 'timestamptz',
    value: (row) => isoOrNull(row.item.firstResponseAt),
  },
  { name: 'resolved_at', type: 'timestamptz', value: (row) => isoOrNull(row.item.resolvedAt) },
  { name: 'closed_at', type: 'timestamptz', value: (row) => isoOrNull(row.item.closedAt) },
  { name: 'external_id', type: 'text', value: (row) => row.item.externalId },
  { name: 'external_source', type: 'text', value: (row) => row.item.externalSource },
  { name: 'recorded_by_id', type: 'uuid', value: (row) => row.item.recordedById },
  { name: 'recorded_by_api_key_id', type: 'uuid', value: (row) => row.item.recordedByApiKeyId },
  { name: 'anonymous', type: 'boolean', value: (row) => row.item.anonymous },
];

/** The idempotency key of an item (its external source and id), or null without one. */
export const externalKey = (item: NewItem) =>
  item.externalId === null || item.externalSource === null
    ? null
    : `${item.externalSource}\u0000${item.externalId}`;

/**
 * Stores items and the analysis of each new one with ONE statement (atomic by itself, so no
 * transaction is needed; inside the caller's transaction when there is one), and returns their
 * ids in input order. Texts are analysed before the write, so no transaction waits on analysis;
 * a replay's analysis is simply not written. An item whose (externalSource, externalId) is
 * already stored is not inserted again: the stored id comes back with `created: false` — also
 * when a concurrent request stored it a moment ago (the unique index decides, not a check before
 * the insert).
 *
 * `staged` (bulk loads: CSV imports, the demo): every table's rows go in by COPY to temporary
 * tables and the same one statement moves them on (set-based INSERT … SELECT … ON CONFLICT), in
 * the caller's transaction or in one of its own, so nothing of a failed batch remains.
 */
export async function insertAnalysed(
  manager: EntityManager,
  analyse: AnalyseNewItems,
  items: NewItem[],
  staging: Staging = { staged: false },
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
  const analysisRows = await analyse(firstOfKey);
  const write = (writer: EntityManager) =>
    unnestInsertWith<{ id: string }>(
      writer,
      {
        table: 'items',
        columns: COLUMNS,
        rows: firstOfKey,
        tail: 'ON CONFLICT (external_source, external_id) WHERE external_id IS NOT NULL DO NOTHING RETURNING id',
      } as UnnestInsert<unknown>,
      analysisRows.map((insert) => ({ ...insert, key: 'item_id' })),
      staging,
    );
  // Analysed before any transaction opens; a staged write needs one for its temporary tables.
  const inserted =
    staging.staged && !manager.queryRunner?.isTransactionActive
      ? await manager.transaction(write)
      : await write(manager);
  const insertedIds = new Set(inserted.map((row) => row.id));

  const conflicting = firstOfKey.filter(({ key, id }) => key && !insertedIds.has(id));
  const existingByKey = await storedByKey(
    manager,
    conflicting.map(({ item }) => item),
  );

  const reported = new Set<string>();
  return proposed.map(({ item, key, id }) => {
    const existing = key ? existingByKey.get(key) : undefined;
    if (existing) return { ...existing, created: false };
    if (!insertedIds.has(id)) throw new Error(`Item ${key} was neither inserted nor found`);
    const created = !reported.has(id);
    reported.add(id);
    const author = {
      recordedById: item.recordedById,
      recordedByApiKeyId: item.recordedByApiKeyId,
    };
    return { id, created, author };
  });
}

/** The stored items with these items' external keys, by key (a replay's original). */
async function storedByKey(
  manager: EntityManager,
  items: NewItem[],
): Promise<Map<string, { id: string; author: ItemAuthorship }>> {
  const byKey = new Map<string, { id: string; author: ItemAuthorship }>();
  if (items.length === 0) return byKey;
  const existing: {
    id: string;
    external_source: string;
    external_id: string;
    recorded_by_id: string | null;
    recorded_by_api_key_id: string | null;
  }[] = await manager.query(
    `SELECT i.id, i.external_source, i.external_id, i.recorded_by_id, i.recorded_by_api_key_id FROM items i
     JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON i.external_source = k.source AND i.external_id = k.id`,
    [items.map((item) => item.externalSource), items.map((item) => item.externalId)],
  );
  for (const row of existing)
    byKey.set(`${row.external_source}\u0000${row.external_id}`, {
      id: row.id,
      author: { recordedById: row.recorded_by_id, recordedByApiKeyId: row.recorded_by_api_key_id },
    });
  return byKey;
}
