import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import {
  FIRST_BASELINE,
  FOLDED_MIGRATIONS,
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

// Every earlier database searched by trigrams and computed fact rows item by item: put that
// back (other function bodies stand in for the old ones, which the adoption must replace).
const BEFORE_WORD_SEARCH = [
  'DROP INDEX items_text_words',
  'DROP INDEX item_analyses_masked',
  'CREATE EXTENSION pg_trgm',
  'CREATE INDEX "items_text_trgm" ON "items" USING gin ("text" gin_trgm_ops)',
  `CREATE OR REPLACE FUNCTION insight_fact_rows(wanted uuid[]) RETURNS SETOF insight_item_facts
   LANGUAGE sql STABLE AS 'SELECT * FROM insight_item_facts WHERE item_id = ANY(wanted)'`,
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

  // Databases made before the single baseline: by the pre-release chain, or by the first baseline
  // with the migrations that followed it up to a point (developers' data folders).
  const EARLIER: [string, string[]][] = [
    ['the whole squashed chain', SQUASHED_MIGRATIONS],
    ['the first baseline alone', [FIRST_BASELINE]],
    ['the first baseline and the demo load', [FIRST_BASELINE, 'DemoLoadProgress1796648135949']],
    ['the first baseline and all that followed it', [FIRST_BASELINE, ...FOLDED]],
  ];

  it.each(EARLIER)(
    'adopt a database made by %s, keeping its data and adding what it lacks',
    async (_, ran) => {
      await withMigratedDatabase(async (dataSource) => {
        const fresh = await snapshot(dataSource);
        // An older database has none of the migrations after the baseline: take them off first.
        for (let step = 1; step < MIGRATIONS.length; step += 1)
          await dataSource.undoLastMigration();
        for (const sql of BEFORE_WORD_SEARCH) await dataSource.query(sql);
        for (const name of FOLDED)
          if (!ran.includes(name)) for (const sql of TAKE_OFF[name]) await dataSource.query(sql);
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
        const endDayRan = ran.includes('AbandonedActionEndDay1796647400000');
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
