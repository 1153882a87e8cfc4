import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupLocalPostgres, restoreLocalPostgres } from '@fulcrum/local-postgres';
import { readAppConfig } from '../config/app-config';

const USAGE = `Usage: npm run db:backup -- --out FILE
       npm run db:restore -- --in FILE

Backs up or restores the embedded PostgreSQL in FULCRUM_DATA_DIR (default .data): the whole
cluster, as one .tar.gz file, restorable into the same PostgreSQL version (pinned in
package.json). A backup may be taken while Fulcrum runs; a restore needs Fulcrum stopped, and
moves the data folder it replaces aside (printed) instead of deleting it.

With DATABASE_URL set, back up that server with its own tools (pg_dump, pg_basebackup).`;

async function main(): Promise<void> {
  const mode = process.argv[2];
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: { out: { type: 'string' }, in: { type: 'string' }, help: { type: 'boolean' } },
  });
  const file = mode === 'backup' ? values.out : values.in;
  if (values.help || !file) return console.log(USAGE);
  const config = readAppConfig();
  if (config.databaseUrl)
    throw new Error('DATABASE_URL is set: back up that server with its own tools');
  const dataDir = join(config.dataDir, 'postgres');
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  if (mode === 'backup') {
    const report = await backupLocalPostgres(dataDir, file);
    console.log(
      `Backed up ${dataDir} to ${file}: ${report.files.toLocaleString('en')} files, ${(report.bytes / 1e6).toFixed(1)} MB before compression, in ${seconds()} s`,
    );
  } else {
    const report = await restoreLocalPostgres(file, dataDir);
    console.log(`Restored ${file} into ${dataDir} in ${seconds()} s`);
    if (report.previousDataDir)
      console.log(`The data folder it replaced is kept in ${report.previousDataDir}`);
  }
}

main().catch((error: unknown) => {
  console.error(`[fulcrum] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
