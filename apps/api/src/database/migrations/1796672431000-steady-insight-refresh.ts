import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FACT_ROWS } from './baseline/insight-facts';

// A refresh whose speed does not depend on the planner's estimates (issue 13: keep up with 5,000
// items/s on a fresh database too).
//
// insight_fact_rows joins a dozen per-batch sets (CTEs) by item id. Called from plpgsql it gets
// a generic plan after five calls, made for an array of unknown length (the planner assumes ten
// ids) and from whatever statistics the tables have; on a fresh database (statistics of nearly
// empty tables) that plan joins the sets in nested loops over CTE scans: n² comparisons per join.
// 5,000 items with two themes, a flag and two status changes each took 6.6–6.9 s per call that
// way, 0.4–1.0 s with the plans below (0.55–0.9 s either way with fresh statistics). With nested
// loops off inside the function only, every join is a hash (or merge) join, linear whatever the
// estimates say. The analyses then join as their own batch (`item_id = ANY(wanted)`, an index
// scan): as the inner side of a hash join on the bare table they would be read in full.

// insight_refresh_queued dropped the facts of queued ids whose item is gone with an anti-join
// to items, planned as a hash join over every item: a read of the whole table per batch. The
// gone ids are now a set difference of the batch and its items' primary-key probes, and the
// facts' DELETE (and its rollup trigger) runs only when there are any.

/** As in the baseline: refreshers take turns through this advisory lock. */
const REFRESH_LOCK = 4_004_002;

const refreshQueued = (goneItems: string) => `
CREATE OR REPLACE FUNCTION insight_refresh_queued(max_items integer DEFAULT 5000) RETURNS integer
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
${goneItems}
  RETURN cardinality(ids);
END
$fn$`;
const DROP_GONE_BY_DIFFERENCE = `  gone := ARRAY(SELECT x FROM unnest(ids) AS x EXCEPT SELECT i.id FROM items i WHERE i.id = ANY(ids));
  IF cardinality(gone) > 0 THEN
    DELETE FROM insight_item_facts f WHERE f.item_id = ANY(gone);
  END IF;`;
/** As migration CheaperInsightRefresh left it. */
const DROP_GONE_BY_JOIN = `  DELETE FROM insight_item_facts f
   WHERE f.item_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = f.item_id);`;

const ANALYSES_JOIN =
  /LEFT JOIN item_analyses a ON a\.item_id = b\.id AND a\.status = 'done'(?: AND a\.item_id = ANY\(wanted\))?\n/;
const BATCH_ANALYSES = `LEFT JOIN (
  SELECT an.item_id, an.sentiment, an.sentiment_score
    FROM item_analyses an WHERE an.item_id = ANY(wanted) AND an.status = 'done'
) a ON a.item_id = b.id
`;
const HEADER = 'LANGUAGE sql STABLE AS $fn$';
const orReplace = (sql: string) => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

function factRowsWithoutEstimates(): string {
  if (!ANALYSES_JOIN.test(FACT_ROWS) || !FACT_ROWS.includes(HEADER))
    throw new Error('insight_fact_rows no longer has the join and header this migration changes');
  return orReplace(
    FACT_ROWS.replace(ANALYSES_JOIN, BATCH_ANALYSES).replace(
      HEADER,
      // A function with its own settings is never inlined into the caller's plan either.
      'LANGUAGE sql STABLE SET enable_nestloop = off AS $fn$',
    ),
  );
}

/** As migration LinearInsightFactRows left it. */
function previousFactRows(): string {
  return orReplace(FACT_ROWS.replace(' AND a.item_id = ANY(wanted)', ''));
}

export class SteadyInsightRefresh1796672431000 implements MigrationInterface {
  name = 'SteadyInsightRefresh1796672431000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(factRowsWithoutEstimates());
    await queryRunner.query(refreshQueued(DROP_GONE_BY_DIFFERENCE));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(refreshQueued(DROP_GONE_BY_JOIN));
    await queryRunner.query(previousFactRows());
  }
}
