import type { MigrationInterface, QueryRunner } from 'typeorm';

// Cheaper upkeep of the insight aggregates (issue 13: keep up with 5,000 items/s).
//
// 1. The facts' foreign key to items goes. Its check ran once per refreshed fact row and locked
//    the item's row (FOR KEY SHARE writes to the items heap): about a quarter of a refresh. Facts
//    still go with their item: a statement trigger on items deletes them (and TRUNCATE empties
//    them), and the refresh removes the facts of queued ids whose item is gone, which covers an
//    item deleted while a refresh was computing it (the delete queues its id).
// 2. A new item's analysis rows (analyses, themes, flags, mentions) no longer queue the item a
//    second to fifth time: the items trigger of the same transaction queued it already, and the
//    refresh reads the analysis committed with it. Rows of items written by other transactions
//    (re-analysis, corrections, timeline events) queue them as before.

/** As in the baseline: refreshers take turns through this advisory lock. */
const REFRESH_LOCK = 4_004_002;

const MARK_BY_ITEM_ID = (skipOwnItems: boolean) => `
CREATE OR REPLACE FUNCTION insight_mark_by_item_id() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('fulcrum.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO insight_refresh_queue (item_id) SELECT DISTINCT c.item_id FROM changed c${
    skipOwnItems
      ? `
   -- Inserted or updated by this transaction: its items trigger queued the item.
   WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.id = c.item_id AND i.xmin = pg_current_xact_id()::xid)`
      : ''
  };
  RETURN NULL;
END
$fn$`;

const REFRESH_QUEUED = (dropOrphans: boolean) => `
CREATE OR REPLACE FUNCTION insight_refresh_queued(max_items integer DEFAULT 5000) RETURNS integer
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
  PERFORM insight_refresh_items(ids);${
    dropOrphans
      ? `
  DELETE FROM insight_item_facts f
   WHERE f.item_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = f.item_id);`
      : ''
  }
  RETURN cardinality(ids);
END
$fn$`;

export class CheaperInsightRefresh1796670000000 implements MigrationInterface {
  name = 'CheaperInsightRefresh1796670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    // Idempotent: a database adopted by the baseline may have been made with this already.
    await run(
      'ALTER TABLE "insight_item_facts" DROP CONSTRAINT IF EXISTS "insight_item_facts_item"',
    );
    await run(`
CREATE OR REPLACE FUNCTION insight_items_deleted() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM insight_item_facts f USING changed c WHERE f.item_id = c.id;
  IF current_setting('fulcrum.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO insight_refresh_queue (item_id) SELECT c.id FROM changed c;
  RETURN NULL;
END
$fn$`);
    await run(`
CREATE OR REPLACE FUNCTION insight_items_truncated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE insight_item_facts; -- its trigger empties the rollups
  RETURN NULL;
END
$fn$`);
    await run('DROP TRIGGER IF EXISTS "insight_items_delete" ON "items"');
    await run('DROP TRIGGER IF EXISTS "insight_items_truncate" ON "items"');
    await run(
      `CREATE TRIGGER "insight_items_delete" AFTER DELETE ON "items" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION insight_items_deleted()`,
    );
    await run(
      `CREATE TRIGGER "insight_items_truncate" AFTER TRUNCATE ON "items" FOR EACH STATEMENT EXECUTE FUNCTION insight_items_truncated()`,
    );
    await run(REFRESH_QUEUED(true));
    await run(MARK_BY_ITEM_ID(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(MARK_BY_ITEM_ID(false));
    await run(REFRESH_QUEUED(false));
    await run('DROP TRIGGER "insight_items_truncate" ON "items"');
    await run('DROP TRIGGER "insight_items_delete" ON "items"');
    await run('DROP FUNCTION insight_items_truncated(), insight_items_deleted()');
    await run(
      'DELETE FROM "insight_item_facts" f WHERE NOT EXISTS (SELECT 1 FROM "items" i WHERE i."id" = f."item_id")',
    );
    await run(
      'ALTER TABLE "insight_item_facts" ADD CONSTRAINT "insight_item_facts_item" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE',
    );
  }
}
