import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  ANONYMOUS_DAY_ONLY,
  CORE_INDEXES,
  CORE_TABLES,
  createTable,
  createType,
  ENUM_TYPES,
} from './baseline/core-schema';
import { FACT_COLUMNS, FACT_ROWS, REFRESH } from './baseline/insight-facts';
import {
  ITEMS_DELETED,
  ITEMS_TRUNCATED,
  QUEUE_TRIGGERS,
  queueingMark,
  REFRESH_QUEUED,
} from './baseline/insight-queue';
import {
  COMPACT,
  COVERED,
  factsTrigger,
  MEASURES,
  REBUILD,
  TIERS,
} from './baseline/insight-rollups';
import { adoptSquashedChain } from './baseline/squashed-chain';

// The schema of Fulcrum 0.1.0, the first release: the twelve pre-release migrations, the first
// baseline with the three that followed it, and the second with the five that followed it,
// squashed into one. Applied to an empty database it
// makes, object for object, what they made (checked with print-migrated-schema.ts;
// DEVELOPMENT.md, "Squashing migrations"). A database they made is adopted, its data kept
// (baseline/squashed-chain.ts). Frozen like any committed migration: its SQL is built here and in
// baseline/, never imported from code that may change.
//
// The insight aggregates, kept current from a queue so that every writer (API intake, CSV import,
// timeline events, re-analysis) is covered without waiting for them:
//
//   items, item_events, item_analyses, item_themes, item_flags, item_policy_mentions
//     └─ statement triggers queue the changed item ids (insight_refresh_queue; skipped by a
//        transaction that says SET LOCAL fulcrum.bulk_load = 'on' and rebuilds at its end)
//          └─ insight_refresh_queued(), called by the API about every second, recomputes those
//             items' rows in insight_item_facts (one narrow row per item: flow, SLA, text facts)
//               └─ statement triggers on the facts append signed deltas to the rollups:
//                  insight_rollup (per UTC day × team × kind × channel) and
//                  insight_rollup_weekly (per ISO week × team × kind), each for all items,
//                  per theme and per linked policy, and to the duration histograms
//                  (insight_durations); insight_compact_rollups() merges the deltas.
//
// Deltas are appended, never updated in place, so concurrent writers never wait on a shared
// rollup row. insight_rebuild() recomputes everything from the source tables.

const INSIGHT_TABLES = [
  'insight_refresh_queue',
  'insight_durations',
  'insight_rollup_weekly',
  'insight_rollup',
  'insight_item_facts',
];

/** Every function the baseline makes, with its arguments (insight_fact_rows is dropped first). */
const FUNCTIONS = [
  'insight_refresh_queued(integer)',
  'insight_mark_by_id()',
  'insight_mark_by_item_id()',
  'insight_items_deleted()',
  'insight_items_truncated()',
  'insight_rebuild(integer)',
  'insight_facts_inserted()',
  'insight_facts_updated()',
  'insight_facts_deleted()',
  'insight_facts_truncated()',
  'insight_compact_rollups(integer)',
  'insight_refresh_items(uuid[])',
  'insight_int_array_json(anyarray)',
  'insight_flag_bit(flag_type)',
  'anonymous_analysis_day_only()',
  'anonymous_item_day_only()',
];

export class Baseline1796681000000 implements MigrationInterface {
  name = 'Baseline1796681000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (await adoptSquashedChain(queryRunner)) return;
    const run = (sql: string) => queryRunner.query(sql);
    for (const [name] of ENUM_TYPES) await run(createType(name));
    for (const [table] of CORE_TABLES) await run(createTable(table));
    for (const index of CORE_INDEXES) await run(index);
    for (const statement of ANONYMOUS_DAY_ONLY) await run(statement);
    await this.insightTables(run);
    await this.insightFunctions(run);
  }

  private async insightTables(run: (sql: string) => Promise<unknown>): Promise<void> {
    await run(`
CREATE FUNCTION insight_flag_bit(t flag_type) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT 1 << (array_position(enum_range(NULL::flag_type), t) - 1)
$fn$`);
    await run(
      `CREATE TABLE "insight_item_facts" (${FACT_COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(', ')}, CONSTRAINT "insight_item_facts_pkey" PRIMARY KEY ("item_id"))`,
    );
    // Covering the duration histograms of a period (index-only scans when no theme or policy filters).
    await run(
      `CREATE INDEX "insight_facts_received" ON "insight_item_facts" ("received_at") INCLUDE ("team_id", "kind", "channel", "first_response_ms", "resolved_at", "first_response_bucket")`,
    );
    await run(
      `CREATE INDEX "insight_facts_resolved" ON "insight_item_facts" ("resolved_at") INCLUDE ("team_id", "kind", "channel", "lead_ms", "received_at", "lead_bucket", "item_id", "status", "theme_ids", "linked_policy_ids") WHERE "resolved_at" IS NOT NULL`,
    );
    // Open items: the backlog, waits and clocks still running (covering, so index-only).
    await run(
      `CREATE INDEX "insight_facts_open" ON "insight_item_facts" ("received_at") INCLUDE ("item_id", "team_id", "kind", "channel", "status", "status_since", "policy_id", "theme_ids", "linked_policy_ids", "first_response_ms", "first_response_target_ms", "resolution_target_ms", "new_ms", "waiting_on_customer_ms", "waiting_internal_ms") WHERE "resolved_at" IS NULL`,
    );
    await run(
      `CREATE INDEX "insight_facts_team_received" ON "insight_item_facts" ("team_id", "received_at")`,
    );
    // One theme's or policy's items in a window (impact of an action), without reading the window.
    await run(
      `CREATE INDEX "insight_facts_themes" ON "insight_item_facts" USING gin ("theme_ids")`,
    );
    await run(
      `CREATE INDEX "insight_facts_policies" ON "insight_item_facts" USING gin ("linked_policy_ids")`,
    );
    await run(
      `CREATE INDEX "insight_facts_customer" ON "insight_item_facts" ("customer_ref", "received_at") WHERE "customer_ref" IS NOT NULL`,
    );
    await run(
      `CREATE INDEX "insight_facts_sample" ON "insight_item_facts" ("sample", "received_at")`,
    );

    for (const { table, keys } of TIERS) {
      const bucket = keys[0];
      const [, , , ...grouping] = keys;
      await run(
        `CREATE TABLE "${table}" ("${bucket}" date NOT NULL, "dim" smallint NOT NULL, "dim_id" uuid NOT NULL, "team_id" uuid, "kind" "public"."item_kind" NOT NULL, ${bucket === 'day' ? '"channel" "public"."channel" NOT NULL, ' : ''}${MEASURES.map(([name, type]) => `"${name}" ${type} NOT NULL DEFAULT 0`).join(', ')}, "compacted" boolean NOT NULL DEFAULT false, CONSTRAINT "${table}_dim" CHECK ("dim" IN (0, 1, 2)))`,
      );
      // Covering: a slice (all items, one theme, one policy) over a range is one index-only
      // range scan, however the heap rows are scattered by appends and compaction.
      await run(
        `CREATE INDEX "${table}_slice" ON "${table}" ("dim", "dim_id", "${bucket}") INCLUDE (${[...grouping, ...COVERED].map((name) => `"${name}"`).join(', ')})`,
      );
      await run(`CREATE INDEX "${table}_${bucket}" ON "${table}" ("${bucket}")`);
      await run(
        `CREATE INDEX "${table}_uncompacted" ON "${table}" ("${bucket}") WHERE NOT "compacted"`,
      );
    }

    // Duration histograms (log buckets, one row per group holding buckets and counts) per ISO
    // week and calendar month: percentiles of first response and lead time for any whole weeks or
    // months without reading the items. The arrays are read as JSON: stored generated copies are
    // sent as they are (converting at every read cost ~10 ms per metric at 1,000,000 items), and
    // a generated column needs the IMMUTABLE wrapper (array_to_json is STABLE in general, but
    // for integer arrays depends on nothing else).
    await run(
      `CREATE FUNCTION insight_int_array_json(anyarray) RETURNS json
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT array_to_json($1)'`,
    );
    await run(
      `CREATE TABLE "insight_durations" ("period_start" date NOT NULL, "grain" smallint NOT NULL, "metric" smallint NOT NULL, "dim" smallint NOT NULL, "dim_id" uuid NOT NULL, "team_id" uuid, "kind" "public"."item_kind" NOT NULL, "buckets" smallint array NOT NULL, "counts" integer array NOT NULL, "compacted" boolean NOT NULL DEFAULT false, "buckets_json" json GENERATED ALWAYS AS (insight_int_array_json("buckets")) STORED, "counts_json" json GENERATED ALWAYS AS (insight_int_array_json("counts")) STORED, CONSTRAINT "insight_durations_grain" CHECK ("grain" IN (1, 2)), CONSTRAINT "insight_durations_metric" CHECK ("metric" IN (1, 2)))`,
    );
    await run(
      `CREATE INDEX "insight_durations_slice" ON "insight_durations" ("grain", "metric", "dim", "dim_id", "period_start")`,
    );
    await run(`CREATE INDEX "insight_durations_start" ON "insight_durations" ("period_start")`);
    await run(
      `CREATE INDEX "insight_durations_uncompacted" ON "insight_durations" ("period_start") WHERE NOT "compacted"`,
    );

    // Changed item ids wait here for the refresher; a logged table, so a crash loses none.
    await run(
      `CREATE TABLE "insight_refresh_queue" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, CONSTRAINT "insight_refresh_queue_pkey" PRIMARY KEY ("id"))`,
    );
  }

  private async insightFunctions(run: (sql: string) => Promise<unknown>): Promise<void> {
    await run(FACT_ROWS);
    await run(REFRESH);
    await run(COMPACT);
    await run(factsTrigger('insight_facts_inserted', 'SELECT 1 AS sign, n.* FROM new_rows n'));
    await run(
      factsTrigger(
        'insight_facts_updated',
        'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1, o.* FROM old_rows o',
      ),
    );
    await run(factsTrigger('insight_facts_deleted', 'SELECT -1 AS sign, o.* FROM old_rows o'));
    await run(`
CREATE FUNCTION insight_facts_truncated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE insight_rollup, insight_rollup_weekly, insight_durations;
  RETURN NULL;
END
$fn$`);
    await run(
      `CREATE TRIGGER "insight_facts_inserted" AFTER INSERT ON "insight_item_facts" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_inserted()`,
    );
    await run(
      `CREATE TRIGGER "insight_facts_updated" AFTER UPDATE ON "insight_item_facts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_updated()`,
    );
    await run(
      `CREATE TRIGGER "insight_facts_deleted" AFTER DELETE ON "insight_item_facts" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_deleted()`,
    );
    await run(
      `CREATE TRIGGER "insight_facts_truncated" AFTER TRUNCATE ON "insight_item_facts" FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_truncated()`,
    );
    await run(REBUILD);

    await run(REFRESH_QUEUED);
    await run(queueingMark('id'));
    await run(queueingMark('item_id'));
    await run(ITEMS_DELETED);
    await run(ITEMS_TRUNCATED);
    for (const trigger of QUEUE_TRIGGERS) await run(trigger);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    // Its result type is the facts table's row: it goes first. Tables take their triggers along.
    await run(`DROP FUNCTION insight_fact_rows(uuid[])`);
    const tables = [...INSIGHT_TABLES, ...CORE_TABLES.map(([table]) => table).reverse()];
    await run(`DROP TABLE ${tables.map((table) => `"${table}"`).join(', ')}`);
    await run(`DROP FUNCTION ${FUNCTIONS.join(', ')}`);
    await run(`DROP TYPE ${ENUM_TYPES.map(([name]) => `"${name}"`).join(', ')}`);
  }
}
