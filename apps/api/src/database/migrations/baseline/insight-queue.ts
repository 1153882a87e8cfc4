// How changes reach the insight aggregates: statement triggers on the source tables queue the
// changed item ids, and insight_refresh_queued() takes them in batches. Frozen with the baseline.

/** Refreshers take turns through this advisory lock: a caller that needs the aggregates current waits. */
const REFRESH_LOCK = 4_004_002;

/** Tables whose changes alter an item's facts, and the column naming the item. */
const SOURCES: [string, string][] = [
  ['items', 'id'],
  ['item_events', 'item_id'],
  ['item_analyses', 'item_id'],
  ['item_themes', 'item_id'],
  ['item_flags', 'item_id'],
  ['item_policy_mentions', 'item_id'],
];

// A new item's analysis rows (analyses, themes, flags, mentions) do not queue the item again:
// the items trigger of the same transaction did, and the refresh reads the analysis committed
// with it. Rows of items written by other transactions (re-analysis, corrections, timeline
// events) queue them.
const OWN_ITEMS_QUEUED: Record<string, string> = {
  id: '',
  item_id: `
   -- Inserted or updated by this transaction: its items trigger queued the item.
   WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = c.item_id AND i.xmin = pg_current_xact_id()::xid)`,
};

export const queueingMark = (column: 'id' | 'item_id') => `
CREATE FUNCTION insight_mark_by_${column}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('fulcrum.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO insight_refresh_queue (item_id) SELECT DISTINCT c.${column} FROM changed c${OWN_ITEMS_QUEUED[column]};
  RETURN NULL;
END
$fn$`;

// The facts have no foreign key to items: its check ran once per refreshed fact row and locked
// the item's row, about a quarter of a refresh. A deleted item's facts go by this trigger, and
// the refresh drops the facts of queued ids whose item is gone, which covers an item deleted
// while a refresh was computing it (the delete queues its id).
export const ITEMS_DELETED = `
CREATE FUNCTION insight_items_deleted() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM insight_item_facts f USING changed c WHERE f.item_id = c.id;
  IF current_setting('fulcrum.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO insight_refresh_queue (item_id) SELECT c.id FROM changed c;
  RETURN NULL;
END
$fn$`;

export const ITEMS_TRUNCATED = `
CREATE FUNCTION insight_items_truncated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE insight_item_facts; -- its trigger empties the rollups
  RETURN NULL;
END
$fn$`;

// Takes up to max_items queued ids and refreshes them together (tens of microseconds per item,
// where a refresh per writer's commit cost ~7 ms). It reads the source tables after the queue
// rows it took were committed, so it sees the changes they stand for. The ids whose item is gone
// are a set difference of the batch and its items' primary-key probes: an anti-join to items was
// planned as a hash join over every item, a read of the whole table per batch.
export const REFRESH_QUEUED = `
CREATE FUNCTION insight_refresh_queued(max_items integer DEFAULT 5000) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
  ids uuid[];
  gone uuid[];
BEGIN
  PERFORM pg_advisory_xact_lock(${REFRESH_LOCK});
  WITH taken AS (
    DELETE FROM insight_refresh_queue
     WHERE id IN (SELECT q.id FROM insight_refresh_queue q ORDER BY q.id LIMIT max_items)
    RETURNING item_id
  )
  SELECT array_agg(DISTINCT item_id ORDER BY item_id) INTO ids FROM taken;
  IF ids IS NULL THEN RETURN 0; END IF;
  PERFORM insight_refresh_items(ids);
  gone := ARRAY(SELECT x FROM unnest(ids) AS x EXCEPT SELECT i.id FROM items i WHERE i.id = ANY(ids));
  IF cardinality(gone) > 0 THEN
    DELETE FROM insight_item_facts f WHERE f.item_id = ANY(gone);
  END IF;
  RETURN cardinality(ids);
END
$fn$`;

/** The queueing triggers on the source tables; an item's delete also takes its facts. */
export const QUEUE_TRIGGERS = [
  ...SOURCES.flatMap(([table, column]) =>
    (
      [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ] as const
    ).map(([event, transition]) => {
      const fn =
        table === 'items' && event === 'DELETE'
          ? 'insight_items_deleted'
          : `insight_mark_by_${column}`;
      return `CREATE TRIGGER "insight_${table}_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`;
    }),
  ),
  `CREATE TRIGGER "insight_items_truncate" AFTER TRUNCATE ON "items" FOR EACH STATEMENT EXECUTE FUNCTION insight_items_truncated()`,
];
