import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalPostgres } from '@fulcrum/local-postgres';
import { Pool } from 'pg';
import { startApi } from './api-process';
import { BULK_ITEMS, benchBulkLoad } from './bulk-load';
import { graphql, keptAlive } from './graphql-client';
import type { BenchSection } from './report';
import { formatNumber, percentile, runConcurrently } from './stats';

const SINGLE_SUBMISSIONS = 5_000;
const CLIENTS = 50;
const BATCHES = 30;
const BATCH_SIZE = 1_000;

const TEXT =
  'I was promised a call back about my refund three days ago and nobody has rung. The receipt rule makes no sense when I paid by card.';

const item = (id: string, teamId: string) => ({
  kind: 'COMPLAINT',
  source: 'EXTERNAL_CUSTOMER',
  channel: 'EMAIL',
  text: TEXT,
  teamId,
  receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
  externalId: id,
  externalSource: 'bench',
});

/**
 * Intake through the real API over HTTP (durable PostgreSQL, fsync on), next to plain INSERTs
 * into the same table from the same machine in the same run.
 */
export async function benchIntake(): Promise<BenchSection> {
  const dir = await mkdtemp(join(tmpdir(), 'fulcrum-bench-'));
  const database = await startLocalPostgres({
    dataDir: join(dir, 'postgres'),
    database: 'fulcrum',
  });
  const api = await startApi({
    DATABASE_URL: database.url,
    FULCRUM_DATA_DIR: dir,
    FULCRUM_DEMO_DATA: 'false',
    FULCRUM_ADMIN_EMAIL: 'bench@example.org',
    FULCRUM_ADMIN_PASSWORD: 'bench-password-1',
    FULCRUM_JWT_SECRET: randomBytes(16).toString('hex'),
    FULCRUM_PSEUDONYM_KEY: randomBytes(16).toString('hex'),
  });
  try {
    const { login } = await graphql<{ login: { token: string } }>(
      api.url,
      'mutation { login(input: { email: "bench@example.org", password: "bench-password-1" }) { token } }',
      {},
    );
    const auth = { authorization: `Bearer ${login.token}` };
    const { createApiKey } = await graphql<{ createApiKey: { secret: string } }>(
      api.url,
      'mutation { createApiKey(input: { name: "bench" }) { secret } }',
      {},
      auth,
    );
    const key = { 'x-api-key': createApiKey.secret };
    const { createTeam } = await graphql<{ createTeam: { id: string } }>(
      api.url,
      'mutation { createTeam(input: { name: "Bench", staffCount: 5 }) { id } }',
      {},
      auth,
    );
    const teamId = createTeam.id;

    // One kept-alive connection per client, as each plain INSERT client keeps its connection.
    const connections = keptAlive(CLIENTS);
    const submitOne = (id: string) =>
      graphql(
        api.url,
        'mutation ($input: SubmitItemInput!) { submitItem(input: $input) { created } }',
        { input: item(id, teamId) },
        key,
        connections,
      );
    await runConcurrently(500, CLIENTS, (index) =>
      submitOne(`warm-${index}`).then(() => undefined),
    );

    let started = performance.now();
    const single = await runConcurrently(SINGLE_SUBMISSIONS, CLIENTS, (index) =>
      submitOne(`single-${index}`).then(() => undefined),
    );
    const singleSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    const batches = await runConcurrently(BATCHES, 2, (batch) =>
      graphql(
        api.url,
        'mutation ($input: SubmitItemsInput!) { submitItems(input: $input) { createdCount } }',
        {
          input: {
            items: Array.from({ length: BATCH_SIZE }, (_, index) =>
              item(`batch-${batch}-${index}`, teamId),
            ),
          },
        },
        key,
        connections,
      ).then(() => undefined),
    );
    const batchSeconds = (performance.now() - started) / 1000;

    connections.destroy();
    const bulk = await benchBulkLoad(api.url, key, database.url, teamId);
    const baseline = await bareInserts(database.url, teamId);
    const rows = [
      [
        'API: single submissions, 50 concurrent clients',
        `${formatNumber(SINGLE_SUBMISSIONS / singleSeconds)} items/s`,
        `${formatNumber(percentile(single, 50), 1)} ms`,
        `${formatNumber(percentile(single, 95), 1)} ms`,
      ],
      [
        'Plain INSERT, one row per statement, 50 connections',
        `${formatNumber(baseline.singleRate)} rows/s`,
        `${formatNumber(baseline.singleP50, 1)} ms`,
        `${formatNumber(baseline.singleP95, 1)} ms`,
      ],
      [
        `API: batches of ${formatNumber(BATCH_SIZE)} (submitItems), 2 clients`,
        `${formatNumber((BATCHES * BATCH_SIZE) / batchSeconds)} items/s`,
        `${formatNumber(percentile(batches, 50))} ms`,
        `${formatNumber(percentile(batches, 95))} ms`,
      ],
      [
        `Plain INSERT of ${formatNumber(BATCH_SIZE)} rows per statement, 2 connections`,
        `${formatNumber(baseline.batchRate)} rows/s`,
        `${formatNumber(baseline.batchP50)} ms`,
        `${formatNumber(baseline.batchP95)} ms`,
      ],
      ...bulk,
    ];
    return {
      title: 'Intake',
      method: `The built API in its own process over HTTP (GraphQL, API key, validation, idempotency check; one kept-alive connection per client for singles and batches), on embedded PostgreSQL with durable commits; ${formatNumber(SINGLE_SUBMISSIONS)} single submissions after 500 warm-up ones, then ${BATCHES} batches, then a bulk load of ${formatNumber(BULK_ITEMS)} items as CSV (the \`fulcrum import\` path). Plain INSERTs and COPY go to the same items table from the same process in the same run. Latency is per request (per batch for batches, per request or COPY for bulk loads).`,
      columns: ['measure', 'throughput', 'p50', 'p95'],
      rows,
    };
  } finally {
    await api.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function bareInserts(url: string, teamId: string) {
  const pool = new Pool({ connectionString: url, max: CLIENTS });
  const values = (id: string) => [
    'complaint',
    'external_customer',
    'email',
    teamId,
    TEXT,
    new Date(),
    id,
    'bench-sql',
  ];
  try {
    let started = performance.now();
    const single = await runConcurrently(SINGLE_SUBMISSIONS, CLIENTS, async (index) => {
      await pool.query(
        `INSERT INTO items (kind, source, channel, team_id, text, received_at, external_id, external_source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        values(`sql-${index}`),
      );
    });
    const singleRate = SINGLE_SUBMISSIONS / ((performance.now() - started) / 1000);
    started = performance.now();
    const batches = await runConcurrently(BATCHES, 2, async (batch) => {
      const ids = Array.from({ length: BATCH_SIZE }, (_, index) => `sql-batch-${batch}-${index}`);
      await pool.query(
        `INSERT INTO items (kind, source, channel, team_id, text, received_at, external_id, external_source)
         SELECT 'complaint', 'external_customer', 'email', $1, $2, now(), id, 'bench-sql' FROM unnest($3::text[]) AS id`,
        [teamId, TEXT, ids],
      );
    });
    const batchRate = (BATCHES * BATCH_SIZE) / ((performance.now() - started) / 1000);
    return {
      singleRate,
      singleP50: percentile(single, 50),
      singleP95: percentile(single, 95),
      batchRate,
      batchP50: percentile(batches, 50),
      batchP95: percentile(batches, 95),
    };
  } finally {
    await pool.end();
  }
}
