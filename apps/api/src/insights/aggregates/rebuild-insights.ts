import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { readAppConfig } from '../../config/app-config';
import { connectDatabase } from '../../database/database-connection';
import { dataSourceOptions } from '../../database/data-source-options';
import { compactRollups, rebuildAggregates } from './aggregates.service';

const USAGE = `Usage: npm run insights:rebuild [-- --compact-only]

Recomputes the insight aggregates (per-item facts and the daily and weekly rollups) from the
stored items, timelines and analyses, in one transaction. The running API keeps the aggregates
current by itself (writes queue the items they change; it refreshes them in batches), so this is
for recovery and after bulk loads, which skip the queue.

  --compact-only   only merge the rollups' appended deltas (the API does this every minute)
  --help           this text

Uses DATABASE_URL when set, else the embedded PostgreSQL in FULCRUM_DATA_DIR (default .data).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'compact-only': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) return console.log(USAGE);
  const config = readAppConfig();
  const database = await connectDatabase(config);
  const dataSource = new DataSource(dataSourceOptions(database.url, 2));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const started = Date.now();
    if (!values['compact-only']) {
      const items = await rebuildAggregates(dataSource.manager);
      console.log(
        `Rebuilt the aggregates of ${items.toLocaleString('en')} items in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    } else {
      const days = await compactRollups(dataSource.manager);
      console.log(
        `Merged the rollups of ${days.toLocaleString('en')} days and weeks in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
