import '../common/process-clock';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { readAppConfig } from '../config/app-config';
import { connectDatabase } from '../database/database-connection';
import { dataSourceOptions } from '../database/data-source-options';
import { seedDemoData } from './seed-demo-data';

const USAGE = `Usage: npm run seed -- [--items N] [--seed N]

(Re)loads the database with the demo organisation: teams, policies, themes, service levels,
demo users (password from FULCRUM_DEMO_PASSWORD, default "fulcrum-demo"), 24 months of items
with their timelines, staff pulse and staffing events. Existing data is replaced.

  --items N   how many items (default 50000; 1000000 for the benchmark scale)
  --seed N    random seed (default 1): the same seed gives the same organisation
  --help      this text

Uses DATABASE_URL when set, else the embedded PostgreSQL in FULCRUM_DATA_DIR (default .data).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { items: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return console.log(USAGE);
  const items = Number(values.items ?? 50_000);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(items) || items < 0 || items > 5_000_000)
    throw new Error('--items must be a whole number from 0 to 5,000,000');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');

  const config = readAppConfig();
  const database = await connectDatabase(config);
  const dataSource = new DataSource(dataSourceOptions(database.url, 4));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemoData(dataSource, {
      items,
      seed,
      password: config.demoPassword,
      replace: true,
      log: console.log,
    });
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
