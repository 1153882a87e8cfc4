import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase } from './support/test-database';

describe('migrations', () => {
  it('leave nothing for the entities to change (run migration:generate after changing an entity)', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url, 1));
    try {
      await dataSource.initialize();
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('can be reverted to an empty database and applied again', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url, 1));
    try {
      await dataSource.initialize();
      for (let step = 0; step < MIGRATIONS.length; step += 1) await dataSource.undoLastMigration();
      const tables = await dataSource.query<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'",
      );
      expect(tables[0].n).toBe(0);
      await dataSource.runMigrations();
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
