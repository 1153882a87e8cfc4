import { startLocalPostgres } from '@fulcrum/local-postgres';
import { Client } from 'pg';
import { databaseOf, healthLatency, withInstance } from './instance';
import { submitContinuously } from './load';
import { type Check, pause, seconds } from './report-row';

const SCENARIO = 'PostgreSQL lost under load';

/**
 * Eight clients submit items; PostgreSQL (beside the API, on its own port) is stopped for a
 * while and started again on the same port. Every refusal must be a 503 with Retry-After, the
 * API must come back by itself, and every acknowledged item must be in the database.
 */
export async function databaseLoss(outageMs: number): Promise<Check[]> {
  return withInstance({ separateDatabase: true }, async (instance) => {
    const database = databaseOf(instance);
    const load = submitContinuously(instance, 8, 'outage');
    await pause(3_000);
    const before = load.answers.length;
    await database.stop();
    await pause(outageMs / 2);
    const healthDuring = await healthLatency(instance.api.url);
    await pause(outageMs / 2);
    const during = load.answers.slice(before);
    instance.database = await startLocalPostgres({
      dataDir: database.dataDir,
      database: 'fulcrum',
      port: database.port,
    });
    const back = performance.now();
    let recovered = Number.NaN;
    while (performance.now() - back < 60_000) {
      if ((await healthLatency(instance.api.url)).status === 200) {
        recovered = performance.now() - back;
        break;
      }
      await pause(100);
    }
    const ackedBefore = load.acknowledged.length;
    await pause(3_000);
    await load.stop();
    const acknowledgedAfter = load.acknowledged.length - ackedBefore;

    const client = new Client({ connectionString: instance.database.url });
    await client.connect();
    const stored = new Set(
      (
        await client.query<{ external_id: string }>(
          `SELECT external_id FROM items WHERE external_source = 'reliability'`,
        )
      ).rows.map((row) => row.external_id),
    );
    await client.end();
    const lost = load.acknowledged.filter((id) => !stored.has(id)).length;
    const refused = during.filter((answer) => answer.status !== 200 || answer.code);
    const clear = refused.filter(
      (answer) => answer.status === 503 && Number(answer.retryAfter) > 0,
    );
    return [
      {
        scenario: SCENARIO,
        measure: `refusals during a ${seconds(outageMs)} outage that were HTTP 503 with Retry-After`,
        figure: `${clear.length.toLocaleString('en')} of ${refused.length.toLocaleString('en')}`,
        bar: 'all, and some',
        passed: refused.length > 0 && clear.length === refused.length,
      },
      {
        scenario: SCENARIO,
        measure: '/health while PostgreSQL is away',
        figure: `HTTP ${healthDuring.status}`,
        bar: '503',
        passed: healthDuring.status === 503,
      },
      {
        scenario: SCENARIO,
        measure: `back to /health 200 after PostgreSQL returned (then ${acknowledgedAfter.toLocaleString('en')} items acknowledged in 3 s)`,
        figure: Number.isNaN(recovered) ? 'not within 60 s' : seconds(recovered),
        bar: 'by itself',
        passed: !Number.isNaN(recovered) && acknowledgedAfter > 0,
      },
      {
        scenario: SCENARIO,
        measure: `acknowledged items missing from the database (of ${load.acknowledged.length.toLocaleString('en')})`,
        figure: String(lost),
        bar: '0',
        passed: lost === 0,
      },
    ];
  });
}
