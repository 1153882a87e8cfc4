import { Client } from 'pg';
import { post } from '../graphql-client';
import { complaint, databaseOf, type Instance, SUBMIT_ITEMS } from './instance';
import { type Check, pause, seconds } from './report-row';

const SCENARIO = 'Aggregates under bulk load';
const BATCH = 500;
/** Stored items queued again at once to time the refresh alone, apart from intake's speed. */
const REQUEUED = 50_000;

interface Sample {
  at: number;
  items: number;
  queued: number;
  /** Oldest and newest pending entry of the refresh queue (its ids only grow). */
  oldest: number | null;
  newest: number | null;
}

/**
 * Two clients post batches of 500 for `durationMs`; every second the refresh queue is read. The
 * lag at an instant is how long the oldest change the insight figures do not include yet has
 * been waiting: since the first sample whose newest queue entry reached today's oldest. Recorded,
 * not judged: the aggregates are being sped up.
 */
export async function aggregateLag(instance: Instance, durationMs: number): Promise<Check[]> {
  const client = new Client({ connectionString: databaseOf(instance).url });
  await client.connect();
  try {
    const samples: Sample[] = [];
    const sample = async () => {
      const { rows } = await client.query<Omit<Sample, 'at'>>(
        `SELECT (SELECT count(*) FROM items)::int AS items, count(*)::int AS queued,
                min(id)::float8 AS oldest, max(id)::float8 AS newest
           FROM insight_refresh_queue`,
      );
      samples.push({ at: performance.now(), ...rows[0] });
    };
    let running = true;
    let batch = 0;
    const started = performance.now();
    const poster = async () => {
      while (running) {
        const items = Array.from({ length: BATCH }, (_, index) =>
          complaint(instance.teamId, `bulk-${batch}-${index}`),
        );
        batch += 1;
        await post(instance.api.url, SUBMIT_ITEMS, { input: { items } }, instance.key);
      }
    };
    const posters = Promise.all([poster(), poster()]);
    while (performance.now() - started < durationMs) {
      await sample();
      await pause(1_000);
    }
    running = false;
    await posters;
    const loadEnded = performance.now();
    const stored = samples.at(-1)?.items ?? 0;
    let drained = Number.NaN;
    while (performance.now() - loadEnded < 120_000) {
      await sample();
      const last = samples[samples.length - 1];
      if (last.queued === 0) {
        drained = last.at - loadEnded;
        break;
      }
      await pause(500);
    }
    const drainRate = Number.isNaN(drained) ? Number.NaN : await refreshRate(client);
    const lag = (current: Sample) => {
      const { oldest } = current;
      if (oldest === null) return 0;
      const queued = samples.find((earlier) => earlier.newest !== null && earlier.newest >= oldest);
      return queued ? current.at - queued.at : 0;
    };
    const rate =
      ((samples[samples.length - 1].items - samples[0].items) / (loadEnded - started)) * 1000;
    return [
      {
        scenario: SCENARIO,
        measure: `items stored per second, batches of ${BATCH} from 2 clients for ${seconds(durationMs)}`,
        figure: Math.round(rate).toLocaleString('en'),
        bar: '',
      },
      {
        scenario: SCENARIO,
        measure: 'largest lag of the insight figures behind the stored items',
        // Samples are a second apart: 0 means every pending change was queued since the last one.
        figure:
          Math.max(...samples.map(lag)) === 0
            ? 'under 1 s'
            : seconds(Math.max(...samples.map(lag))),
        bar: 'recorded (goal < 5 s at 5,000 items/s)',
      },
      {
        scenario: SCENARIO,
        measure: `largest refresh queue (${stored.toLocaleString('en')} items stored)`,
        figure: Math.max(...samples.map((s) => s.queued)).toLocaleString('en'),
        bar: '',
      },
      {
        scenario: SCENARIO,
        measure: 'time for the figures to catch up once the load stopped',
        figure: Number.isNaN(drained) ? 'more than 120 s' : seconds(drained),
        bar: 'recorded',
      },
      {
        scenario: SCENARIO,
        measure: `refresh alone: new items per second the background refresh brings into the figures (up to ${REQUEUED.toLocaleString('en')} stored items taken out and queued at once)`,
        figure: Number.isNaN(drainRate)
          ? 'not measured'
          : Math.round(drainRate).toLocaleString('en'),
        bar: 'recorded (5,000 items/s needs more)',
      },
    ];
  } finally {
    await client.end();
  }
}

/**
 * Takes the newest stored items out of the aggregates (their facts deleted, which takes them out
 * of the rollups) and queues them again, then times the API's own background refresh until the
 * queue is empty: how fast the refresh brings new items into the figures, whatever intake's speed.
 */
async function refreshRate(client: Client): Promise<number> {
  const { rowCount } = await client.query(
    `WITH newest AS (SELECT id FROM items ORDER BY received_at DESC, id DESC LIMIT $1),
     gone AS (DELETE FROM insight_item_facts f USING newest n WHERE f.item_id = n.id)
     INSERT INTO insight_refresh_queue (item_id) SELECT id FROM newest`,
    [REQUEUED],
  );
  const queuedAt = performance.now();
  for (;;) {
    const { rows } = await client.query<{ queued: number }>(
      'SELECT count(*)::int AS queued FROM insight_refresh_queue',
    );
    if (rows[0].queued === 0) break;
    if (performance.now() - queuedAt > 300_000) return Number.NaN;
    await pause(200);
  }
  return ((rowCount ?? 0) / (performance.now() - queuedAt)) * 1000;
}
