import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { SQUASHED_MIGRATIONS } from '../src/database/migrations/baseline/squashed-chain';
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

  it('adopt a database the squashed pre-release chain made, keeping its data and applying what came after the baseline', async () => {
    await withMigratedDatabase(async (dataSource) => {
      const migrated = await snapshot(dataSource);
      // An old database has the baseline's schema, without the migrations that came after it.
      for (let step = 1; step < MIGRATIONS.length; step += 1) await dataSource.undoLastMigration();
      await dataSource.query(
        `INSERT INTO teams (name, staff_count) VALUES ('Billing', 4)`, // data stays
      );
      await recordAsRun(dataSource, SQUASHED_MIGRATIONS);
      await dataSource.runMigrations();
      const rows = await dataSource.query<{ name: string }[]>('SELECT name FROM migrations');
      expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
      expect(await snapshot(dataSource)).toEqual(migrated);
      expect(await dataSource.query('SELECT name FROM teams')).toEqual([{ name: 'Billing' }]);
    });
  });

  it('refuse a database made by part of the squashed chain, saying to start a new one', async () => {
    await withMigratedDatabase(async (dataSource) => {
      await recordAsRun(dataSource, SQUASHED_MIGRATIONS.slice(0, -1));
      await expect(dataSource.runMigrations()).rejects.toThrow(
        /unreleased early version of Fulcrum \(11 of its 12 migrations ran\).*delete the data folder/,
      );
    });
  });
});
