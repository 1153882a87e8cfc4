import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalPostgres } from '@fulcrum/local-postgres';

/** Runs `work` against a throwaway embedded PostgreSQL (no server needed), then removes it. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'fulcrum-scratch-'));
  const server = await startLocalPostgres({
    dataDir: join(folder, 'postgres'),
    database: 'scratch',
    durability: 'ephemeral',
  });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
