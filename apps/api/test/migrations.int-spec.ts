import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import {
  FIRST_BASELINE,
  FOLDED_AFTER_SECOND,
  FOLDED_MIGRATIONS,
  SECOND_BASELINE,
  SQUASHED_MIGRATIONS,
} from '../src/database/migrations/baseline/squashed-chain';
import { schemaSnapshot } from '../src/database/schema-snapshot';
import { createTestDatabase } from './support/test-database';

/** A migrated test database (a clone of the template) for one test. */
async function withMigratedDatabase(work: (dataSource: DataSource) => Promise<void>) {
  const database = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(database.url, 1));
  try {
    await dataSource.initialize();
    await work(dataSource);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

const snapshot = (dataSource: DataSource) => schemaSnapshot((sql) => dataSource.query(sql));

/** Makes the migrations table say that these migrations ran, as an older database's would. */
async function recordAsRun(dataSource: DataSource, names: readonly string[]) {
  await dataSource.query('DELETE FROM migrations');
  for (const name of names)
    await dataSource.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [
      Number(name.slice(-13)),
      name,
    ]);
}

const FOLDED = FOLDED_MIGRATIONS.map(({ name }) => name);
const AFTER_SECOND = FOLDED_AFTER_SECOND.map(({ name }) => name);

/** Databases older than the baseline had none of the migrations that came after it either. */
async function revertAfterBaseline(dataSource: DataSource) {
  const runner = dataSource.createQueryRunner();
  try {
    for (const Migration of MIGRATIONS.slice(1).reverse()) await new Migration().down(runner);
  } finally {
    await runner.release();
  }
}

/** What each migration folded into the baseline added, taken off to make an older database. */
const TAKE_OFF: Record<string, string[]> = {
  AbandonedActionEndDay1796647400000: [], // data only
  DemoLoadProgress1796648135949: ['DROP TABLE demo_load'],
  FlagCorrections1796649344037: [
    'DROP TABLE flag_corrections',
    'DROP TYPE flag_verdict',
    `CREATE TYPE model_kind_old AS ENUM('theme', 'sentiment')`,
    'ALTER TABLE analysis_models ALTER COLUMN kind TYPE model_kind_old USING kind::text::model_kind_old',
    'DROP TYPE model_kind',
    'ALTER TYPE model_kind_old RENAME TO model_kind',
  ],
};

// A stand-in body for a function an older database had in another form: the adoption must replace it.
const STAND_IN_FACT_ROWS = `CREATE OR REPLACE FUNCTION insight_fact_rows(wanted uuid[]) RETURNS SETOF insight_item_facts
   LANGUAGE sql STABLE AS 'SELECT * FROM insight_item_facts WHERE item_id = ANY(wanted)'`;

/** What came after the five that followed the second baseline: every earlier database lacks it. */
const AFTER_THE_FIVE = [
  STAND_IN_FACT_ROWS,
  `CREATE OR REPLACE FUNCTION insight_refresh_queued(max_items integer DEFAULT 5000) RETURNS integer
   LANGUAGE sql AS 'SELECT 0'`,
  'ALTER TABLE alert_deliveries DROP CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6"',
  'ALTER TABLE alert_deliveries DROP COLUMN endpoint_name',
  'ALTER TABLE alert_deliveries ADD CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6" FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints(id) ON DELETE CASCADE',
];

/** What each migration folded in after the second baseline added, taken off (newest first). */
const TAKE_OFF_AFTER_SECOND: Record<string, string[]> = {
  LinearInsightFactRows1796671000000: [STAND_IN_FACT_ROWS],
  ReviewDigests1796670196338: ['DROP TABLE digest_subscriptions, digests, mail_messages'],
  Alerts1796670053406: [
    'DROP TABLE alert_notifications, alert_deliveries, webhook_endpoints, alert_events, alert_conditions, alert_rules',
    'DROP TYPE delivery_status, delivery_channel, webhook_format, alert_rule_kind',
  ],
  CheaperInsightRefresh1796670000000: [
    'DROP TRIGGER insight_items_truncate ON items',
    'DROP TRIGGER insight_items_delete ON items',
    'DROP FUNCTION insight_items_truncated(), insight_items_deleted()',
    `CREATE OR REPLACE FUNCTION insight_refresh_queued(max_items integer DEFAULT 5000) RETURNS integer
     LANGUAGE sql AS 'SELECT 0'`,
    `CREATE OR REPLACE FUNCTION insight_mark_by_item_id() RETURNS trigger
     LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'`,
    'ALTER TABLE insight_item_facts ADD CONSTRAINT insight_item_facts_item FOREIGN KEY (item_id) REFERENCES items(id) ON DELETE CASCADE',
  ],
  AttentionOwnersAndEscalationOutcomes1796669786930: [
    'DROP TABLE escalation_outcomes, item_owners',
    'DROP TYPE escalation_outcome_kind',
    'ALTER TABLE item_events DROP COLUMN escalated_to_team_id',
  ],
};

// Every earlier database searched by trigrams and computed fact rows item by item: put that
// back (other function bodies stand in for the old ones, which the adoption must replace).
const BEFORE_WORD_SEARCH = [
  'DROP INDEX items_text_words',
  'DROP INDEX item_analyses_masked',
  'CREATE EXTENSION pg_trgm',
  'CREATE INDEX "items_text_trgm" ON "items" USING gin ("text" gin_trgm_ops)',
  STAND_IN_FACT_ROWS,
  `CREATE OR REPLACE FUNCTION insight_refresh_items(ids uuid[]) RETURNS void
   LANGUAGE plpgsql AS 'BEGIN END'`,
];

describe('migrations', () => {
  it('leave nothing for the entities to change (run migration:generate after changing an entity)', async () => {
    await withMigratedDatabase(async (dataSource) => {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    });
  });

  it('can be reverted to an empty database and applied again, giving the same schema', async () => {
    await withMigratedDatabase(async (dataSource) => {
      const migrated = await snapshot(dataSource);
      expect(migrated.length).toBeGreaterThan(500);
      for (let step = 0; step < MIGRATIONS.length; step += 1) await dataSource.undoLastMigration();
      // Only what TypeORM itself installs when it connects (uuidExtension) is left.
      expect(await snapshot(dataSource)).toEqual(['extension: pgcrypto']);
      await dataSource.runMigrations();
      expect(await dataSource.showMigrations()).toBe(false);
      expect(await snapshot(dataSource)).toEqual(migrated);
    });
  });

  // Databases made before the single baseline: by the pre-release chain, or by the first or the
  // second baseline with the migrations that followed it up to a point (developers' data folders).
  const EARLIER: [string, string[]][] = [
    ['the whole squashed chain', SQUASHED_MIGRATIONS],
    ['the first baseline alone', [FIRST_BASELINE]],
    ['the first baseline and the demo load', [FIRST_BASELINE, 'DemoLoadProgress1796648135949']],
    ['the first baseline and all that followed it', [FIRST_BASELINE, ...FOLDED]],
    ['the second baseline alone', [SECOND_BASELINE]],
    [
      'the second baseline and the first two after it',
      [SECOND_BASELINE, ...AFTER_SECOND.slice(0, 2)],
    ],
    ['the second baseline and all that followed it', [SECOND_BASELINE, ...AFTER_SECOND]],
  ];

  it.each(EARLIER)(
    'adopt a database made by %s, keeping its data and adding what it lacks',
    async (_, ran) => {
      await withMigratedDatabase(async (dataSource) => {
        const fresh = await snapshot(dataSource);
        await revertAfterBaseline(dataSource);
        for (const sql of AFTER_THE_FIVE) await dataSource.query(sql);
        for (const name of [...AFTER_SECOND].reverse())
          if (!ran.includes(name))
            for (const sql of TAKE_OFF_AFTER_SECOND[name]) await dataSource.query(sql);
        if (!ran.includes(SECOND_BASELINE)) {
          for (const sql of BEFORE_WORD_SEARCH) await dataSource.query(sql);
          for (const name of FOLDED)
            if (!ran.includes(name)) for (const sql of TAKE_OFF[name]) await dataSource.query(sql);
        }
        await dataSource.query(`INSERT INTO teams (name, staff_count) VALUES ('Billing', 4)`);
        await dataSource.query(
          `INSERT INTO improvement_actions (title, owner, status, started_on, updated_at)
           VALUES ('Refund form', 'Ops', 'abandoned', '2026-11-02', '2026-11-20T10:00:00Z')`,
        );
        await recordAsRun(dataSource, ran);
        await dataSource.runMigrations();
        const rows = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations');
        expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
        expect(await snapshot(dataSource)).toEqual(fresh);
        expect(await dataSource.query('SELECT name FROM teams')).toEqual([{ name: 'Billing' }]);
        // The end day is filled in only where that data migration had not run.
        const endDayRan =
          ran.includes('AbandonedActionEndDay1796647400000') || ran.includes(SECOND_BASELINE);
        expect(
          await dataSource.query('SELECT done_on::text AS "doneOn" FROM improvement_actions'),
        ).toEqual([{ doneOn: endDayRan ? null : '2026-11-20' }]);
      });
    },
  );

  it('refuse a database made by part of the squashed chain, saying to start a new one', async () => {
    await withMigratedDatabase(async (dataSource) => {
      await recordAsRun(dataSource, SQUASHED_MIGRATIONS.slice(0, -1));
      await expect(dataSource.runMigrations()).rejects.toThrow(
        /unreleased early version of Fulcrum \(11 of its 12 migrations ran\).*delete the data folder/,
      );
    });
  });
});
