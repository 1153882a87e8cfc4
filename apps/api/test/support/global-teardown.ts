import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LocalPostgres } from '@fulcrum/local-postgres';

interface TestGlobals {
  fulcrumTestServer?: LocalPostgres;
}

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as TestGlobals).fulcrumTestServer;
  if (!server) return;
  await server.stop();
  await rm(dirname(server.dataDir), { recursive: true, force: true });
}
