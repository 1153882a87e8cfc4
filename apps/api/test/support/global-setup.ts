import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { startLocalPostgres } from '@fulcrum/local-postgres';
import { DataSource } from 'typeorm';
import { migrationDataSourceOptions } from '../../src/database/migration-options';
import { databaseUrl, TEMPLATE_DATABASE, withServer } from './test-database';

/**
 * One PostgreSQL for the whole run: DATABASE_URL's server when set, else an embedded one in a
 * temporary folder. Migrations run once, into a template that each spec file clones. (Entities
 * are not loaded here: their GraphQL metadata is global and would leak into in-band test runs.)
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.FULCRUM_TEST_SERVER_URL = process.env.DATABASE_URL;
  } else {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'fulcrum-test-')), 'postgres');
    const server = await startLocalPostgres({
      dataDir,
      database: 'postgres',
      durability: 'ephemeral',
    });
    process.env.FULCRUM_TEST_SERVER_URL = server.url;
    (globalThis as { fulcrumTestServer?: typeof server }).fulcrumTestServer = server;
  }
  await withServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const dataSource = new DataSource(migrationDataSourceOptions(databaseUrl(TEMPLATE_DATABASE)));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
}
