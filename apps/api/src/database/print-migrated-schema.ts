import { resolve } from 'node:path';
import { DataSource, type MigrationInterface } from 'typeorm';
import { migrationDataSourceOptions } from './migration-options';
import { MIGRATIONS } from './migrations';
import { schemaSnapshot } from './schema-snapshot';
import { withScratchDatabase } from './scratch-database';

/**
 * `npx tsx apps/api/src/database/print-migrated-schema.ts [migrations-module]`: applies a migration
 * list (this repository's, or the `MIGRATIONS` a module exports, e.g. an older chain checked out
 * into a folder) to a throwaway embedded PostgreSQL and prints the schema it made, one sorted
 * line per object. Two chains make the same schema when their outputs are identical: how the
 * baseline was checked against the chain it replaced (DEVELOPMENT.md, "Squashing migrations").
 */
type MigrationClass = new () => MigrationInterface;

async function main(modulePath: string | undefined): Promise<void> {
  const migrations: MigrationClass[] = modulePath
    ? ((await import(resolve(modulePath))) as { MIGRATIONS: MigrationClass[] }).MIGRATIONS
    : MIGRATIONS;
  const lines = await withScratchDatabase(async (url) => {
    const dataSource = new DataSource({ ...migrationDataSourceOptions(url), migrations });
    try {
      await dataSource.initialize();
      await dataSource.runMigrations();
      return await schemaSnapshot((sql) => dataSource.query(sql));
    } finally {
      await dataSource.destroy();
    }
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
