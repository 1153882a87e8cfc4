import type { QueryRunner } from 'typeorm';
import { ConfigError } from '../../../config/config-error';
import { createTable, createType, FLAG_CORRECTIONS_INDEX, SEARCH_INDEXES } from './core-schema';
import { FACT_ROWS, REFRESH } from './insight-facts';
import {
  ITEMS_DELETED,
  ITEMS_TRUNCATED,
  QUEUE_TRIGGERS,
  queueingMark,
  REFRESH_QUEUED,
} from './insight-queue';
import { LOOP_INDEXES } from './loop-schema';

/** The pre-release migrations the baseline replaced, oldest first. */
export const SQUASHED_MIGRATIONS = [
  'InitialSchema1795373968051',
  'TextAnalysis1795376328442',
  'InsightAggregates1795377100000',
  'InsightAggregatesV21795379000000',
  'InsightBulkLoad1795380000000',
  'InsightRefreshQueue1795381000000',
  'ReviewNotes1795382000000',
  'InsightDurationsJson1795383000000',
  'SignInSessions1795384512000',
  'AccessScope1795385400000',
  'AnonymousDayOnly1795386420000',
  'SearchTrigramIndexes1795417200000',
];

/**
 * The first baseline squashed the chain above, and three migrations followed it before the
 * release; this baseline holds them all. Those databases (developers' data folders) are adopted:
 * the first baseline's schema is the chain's, object for object.
 */
export const FIRST_BASELINE = 'Baseline1796647366732';

/** The migrations that followed the first baseline, with what each added, in their order. */
export const FOLDED_MIGRATIONS: { name: string; up: string[] }[] = [
  {
    // An abandoned action ends the day it was given up (the API records it since): those
    // abandoned before take their last change as that day, never before they started.
    name: 'AbandonedActionEndDay1796647400000',
    up: [
      `UPDATE improvement_actions
          SET done_on = greatest((updated_at AT TIME ZONE 'UTC')::date, started_on)
        WHERE status = 'abandoned' AND done_on IS NULL`,
    ],
  },
  { name: 'DemoLoadProgress1796648135949', up: [createTable('demo_load')] },
  {
    name: 'FlagCorrections1796649344037',
    up: [
      createType('flag_verdict'),
      createTable('flag_corrections'),
      FLAG_CORRECTIONS_INDEX,
      `ALTER TYPE "model_kind" ADD VALUE 'sign'`,
    ],
  },
];

const orReplace = (sql: string) => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

/**
 * What every earlier database lacks: search by words instead of trigrams, and the refresh's
 * set-based fact rows (both came after the first baseline, before the release).
 */
const SINCE_FIRST_BASELINE = [
  'DROP INDEX IF EXISTS "items_text_trgm"',
  'DROP EXTENSION IF EXISTS pg_trgm',
  ...SEARCH_INDEXES,
  orReplace(FACT_ROWS),
  orReplace(REFRESH),
];

/** The second baseline, which five more migrations followed before the release. */
export const SECOND_BASELINE = 'Baseline1796658574973';

const ITEM_TRIGGERS = QUEUE_TRIGGERS.filter((sql) => /"insight_items_(delete|truncate)"/.test(sql));

/** The migrations that followed the second baseline, with what each added, in their order. */
export const FOLDED_AFTER_SECOND: { name: string; up: string[] }[] = [
  {
    name: 'AttentionOwnersAndEscalationOutcomes1796669786930',
    up: [
      `ALTER TABLE "item_events" ADD "escalated_to_team_id" uuid`,
      `ALTER TABLE "item_events" ADD CONSTRAINT "item_events_escalated_to_team_id_fkey" FOREIGN KEY ("escalated_to_team_id") REFERENCES "teams"("id") ON DELETE SET NULL`,
      createTable('item_owners'),
      createType('escalation_outcome_kind'),
      createTable('escalation_outcomes'),
    ],
  },
  {
    name: 'CheaperInsightRefresh1796670000000',
    up: [
      'ALTER TABLE "insight_item_facts" DROP CONSTRAINT "insight_item_facts_item"',
      ITEMS_DELETED,
      ITEMS_TRUNCATED,
      ...ITEM_TRIGGERS,
      orReplace(REFRESH_QUEUED),
      orReplace(queueingMark('item_id')),
    ],
  },
  {
    name: 'Alerts1796670053406',
    up: [
      ...['alert_rule_kind', 'webhook_format', 'delivery_channel', 'delivery_status'].map(
        createType,
      ),
      ...[
        'alert_rules',
        'alert_conditions',
        'alert_events',
        'webhook_endpoints',
        'alert_deliveries',
        'alert_notifications',
      ].map(createTable),
      ...LOOP_INDEXES,
    ],
  },
  {
    name: 'ReviewDigests1796670196338',
    up: ['mail_messages', 'digests', 'digest_subscriptions'].map(createTable),
  },
  { name: 'LinearInsightFactRows1796671000000', up: [orReplace(FACT_ROWS)] },
];

/**
 * What every earlier database lacks of the changes folded in after the five: fact rows and a
 * refresh whose plans do not depend on estimates, and webhook deliveries that outlive their
 * endpoint (a table made by the Alerts migration above already has them).
 */
const sinceTheFive = (ran: Set<string>) => [
  orReplace(FACT_ROWS),
  orReplace(REFRESH_QUEUED),
  ...(ran.has('Alerts1796670053406')
    ? [
        'ALTER TABLE "alert_deliveries" DROP CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6"',
        'ALTER TABLE "alert_deliveries" ADD "endpoint_name" text',
        'UPDATE "alert_deliveries" d SET "endpoint_name" = w."name" FROM "webhook_endpoints" w WHERE w."id" = d."endpoint_id"',
        'ALTER TABLE "alert_deliveries" ADD CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE SET NULL',
      ]
    : []),
];

const EARLIER = [
  ...SQUASHED_MIGRATIONS,
  FIRST_BASELINE,
  ...FOLDED_MIGRATIONS.map(({ name }) => name),
  SECOND_BASELINE,
  ...FOLDED_AFTER_SECOND.map(({ name }) => name),
];

/**
 * Adopts a database made before this baseline: by the whole squashed chain, or by the first or
 * the second baseline with any of the migrations that followed it. What those did not add is added (data
 * kept), and their rows in the migrations table make way for this baseline's. Returns false for
 * a new database. Part of the chain cannot be carried forward: that database must be started
 * afresh, and the error says how.
 */
export async function adoptSquashedChain(queryRunner: QueryRunner): Promise<boolean> {
  const table = queryRunner.connection.options.migrationsTableName ?? 'migrations';
  const rows = (await queryRunner.query(`SELECT name FROM "${table}" WHERE name = ANY($1)`, [
    EARLIER,
  ])) as { name: string }[];
  const ran = new Set(rows.map(({ name }) => name));
  if (ran.size === 0) return false;
  if (!ran.has(SECOND_BASELINE)) await adoptFirstBaselineOrChain(queryRunner, ran);
  for (const { name, up } of FOLDED_AFTER_SECOND)
    if (!ran.has(name)) for (const sql of up) await queryRunner.query(sql);
  for (const sql of sinceTheFive(ran)) await queryRunner.query(sql);
  await queryRunner.query(`DELETE FROM "${table}" WHERE name = ANY($1)`, [EARLIER]);
  return true;
}

/** Brings a database made before the second baseline to that baseline's schema. */
async function adoptFirstBaselineOrChain(queryRunner: QueryRunner, ran: Set<string>) {
  const chain = SQUASHED_MIGRATIONS.filter((name) => ran.has(name)).length;
  if (!ran.has(FIRST_BASELINE) && chain < SQUASHED_MIGRATIONS.length)
    throw new ConfigError(
      `This database was made by an unreleased early version of Fulcrum (${chain} of its ${SQUASHED_MIGRATIONS.length} migrations ran) and cannot be upgraded. ` +
        'Start with a new one: stop Fulcrum and delete the data folder (FULCRUM_DATA_DIR, default .data), ' +
        'or with DATABASE_URL drop and recreate that database (npm start then loads the demo organisation again).',
    );
  for (const { name, up } of FOLDED_MIGRATIONS)
    if (!ran.has(name)) for (const sql of up) await queryRunner.query(sql);
  for (const sql of SINCE_FIRST_BASELINE) await queryRunner.query(sql);
}
