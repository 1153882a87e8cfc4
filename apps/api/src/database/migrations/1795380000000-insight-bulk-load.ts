import type { MigrationInterface, QueryRunner } from 'typeorm';

// Bulk loads (the demo loader's million items) skip the per-transaction refresh of the insight
// aggregates and rebuild them once at the end: refreshing each batch's items as it commits made
// loading several times slower. A loading transaction says so with
// `SET LOCAL fulcrum.bulk_load = 'on'`; every other writer keeps the aggregates current as before.
// Self-contained, like the migrations before it: the SQL stays what it was when it ran.

const COLUMNS = ['id', 'item_id'] as const;

const markFunction = (column: string, skipBulkLoad: boolean) => `
CREATE OR REPLACE FUNCTION insight_mark_by_${column}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  ${skipBulkLoad ? `IF current_setting('fulcrum.bulk_load', true) = 'on' THEN RETURN NULL; END IF;` : ''}
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

export class InsightBulkLoad1795380000000 implements MigrationInterface {
  name = 'InsightBulkLoad1795380000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of COLUMNS) await queryRunner.query(markFunction(column, true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of COLUMNS) await queryRunner.query(markFunction(column, false));
  }
}
