import type { MigrationInterface, QueryRunner } from 'typeorm';

// The insight aggregates are refreshed from a queue instead of at each writer's commit.
//
// Until now every transaction that changed an item recomputed that item's facts at its commit
// (a deferred trigger). That costs ~7 ms per transaction, most of it planning the fact query, and
// capped single submissions at ~300/s on two cores. Now the statement triggers only queue the
// changed item ids (a logged table, so a crash loses none), and insight_refresh_queued() takes
// up to max_items of them and refreshes them together, where the same work costs tens of
// microseconds per item. The API calls it continuously (AggregatesService), so the aggregates
// follow writes within about a second; writers no longer wait for them.
//
// Refreshers take turns through an advisory lock, so a caller that needs the aggregates current
// (tests, the rebuild command) waits for a refresh in flight rather than skipping its rows. A
// refresher reads the source tables after the queue rows it took were committed, so it always sees
// the changes they stand for; a change committed later has its own queue row.
// Self-contained, like the migrations before it: the SQL stays what it was when it ran.

const REFRESH_LOCK = 4_004_002;
const COLUMNS = ['id', 'item_id'] as const;

const queueingMark = (column: string) => `
CREATE OR REPLACE FUNCTION insight_mark_by_${column}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('fulcrum.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO insight_refresh_queue (item_id) SELECT DISTINCT c.${column} FROM changed c;
  RETURN NULL;
END
$fn$`;

/** The previous migration's version: note the ids for a refresh at this transaction's commit. */
const committingMark = (column: string) => `
CREATE OR REPLACE FUNCTION insight_mark_by_${column}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('fulcrum.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  IF EXISTS (SELECT 1 FROM changed) THEN
    INSERT INTO insight_pending_items (txid, item_id)
      SELECT DISTINCT pg_current_xact_id(), c.${column} FROM changed c;
    -- The first change in a transaction queues one deferred refresh for its commit.
    INSERT INTO insight_pending_transactions (txid) VALUES (pg_current_xact_id())
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$fn$`;

export class InsightRefreshQueue1795381000000 implements MigrationInterface {
  name = 'InsightRefreshQueue1795381000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(
      `CREATE TABLE "insight_refresh_queue" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, CONSTRAINT "insight_refresh_queue_pkey" PRIMARY KEY ("id"))`,
    );
    await run(`
CREATE FUNCTION insight_refresh_queued(max_items integer DEFAULT 5000) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
  ids uuid[];
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
  RETURN cardinality(ids);
END
$fn$`);
    for (const column of COLUMNS) await run(queueingMark(column));
    await run(`DROP TRIGGER "insight_flush" ON "insight_pending_transactions"`);
    await run(`DROP FUNCTION insight_flush()`);
    await run(`DROP TABLE "insight_pending_items", "insight_pending_transactions"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(
      `CREATE UNLOGGED TABLE "insight_pending_items" ("txid" xid8 NOT NULL, "item_id" uuid NOT NULL)`,
    );
    await run(`CREATE INDEX "insight_pending_items_txid" ON "insight_pending_items" ("txid")`);
    await run(
      `CREATE UNLOGGED TABLE "insight_pending_transactions" ("txid" xid8 NOT NULL, CONSTRAINT "insight_pending_transactions_pkey" PRIMARY KEY ("txid"))`,
    );
    await run(`
CREATE FUNCTION insight_flush() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  ids uuid[];
BEGIN
  DELETE FROM insight_pending_transactions WHERE txid = NEW.txid;
  WITH gone AS (DELETE FROM insight_pending_items WHERE txid = NEW.txid RETURNING item_id)
  SELECT array_agg(DISTINCT item_id ORDER BY item_id) INTO ids FROM gone;
  IF ids IS NOT NULL THEN
    PERFORM insight_refresh_items(ids);
  END IF;
  RETURN NULL;
END
$fn$`);
    await run(
      `CREATE CONSTRAINT TRIGGER "insight_flush" AFTER INSERT ON "insight_pending_transactions" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION insight_flush()`,
    );
    for (const column of COLUMNS) await run(committingMark(column));
    // What is still queued is refreshed now; from here on commits refresh their own items.
    await run(`DO $$ BEGIN WHILE insight_refresh_queued(20000) > 0 LOOP END LOOP; END $$`);
    await run(`DROP FUNCTION insight_refresh_queued(integer)`);
    await run(`DROP TABLE "insight_refresh_queue"`);
  }
}
