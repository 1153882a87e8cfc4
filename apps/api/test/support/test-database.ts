import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the global setup: a server URL (any database) and the migrated template's name. */
export const TEMPLATE_DATABASE = 'fulcrum_test_template';

export function serverUrl(): string {
  const url = process.env.FULCRUM_TEST_SERVER_URL;
  if (!url)
    throw new Error(
      'FULCRUM_TEST_SERVER_URL is not set: run the tests through jest (global setup)',
    );
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template: each spec file gets its own. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `fulcrum_test_${randomBytes(6).toString('hex')}`;
  await withServer((client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`),
  );
  return {
    url: databaseUrl(name),
    drop: () =>
      withServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
