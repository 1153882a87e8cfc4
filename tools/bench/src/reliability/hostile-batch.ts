import { randomBytes } from 'node:crypto';
import { graphql, post } from '../graphql-client';
import { percentile } from '../stats';
import { complaint, pollHealth, type Instance, SUBMIT_ITEMS } from './instance';
import { type Check, ms, pause, seconds } from './report-row';

const SCENARIO = 'Hostile batch';
const ITEMS_QUERY = 'query { items(first: 25) { totalCount nodes { id kind text } } }';

/** Letters only, so the text is one word (or words) no analysis cache has seen. */
const letters = (length: number) =>
  Array.from(randomBytes(length), (byte) => String.fromCharCode(97 + (byte % 26))).join('');

/**
 * The full form posts issue 13's batches: 300 texts that are each one 10,000-character word, and
 * 1,000 texts of 10,000 characters. The short form keeps the first and sends 1,000 texts of 1,000
 * characters (as many items to parse and validate, a tenth of the analysis).
 */
const hostileBatches = (full: boolean) => [
  {
    name: '300 × one 10,000-character word',
    texts: () => Array.from({ length: 300 }, () => letters(10_000)),
  },
  {
    name: `1,000 × ${full ? '10,000' : '1,000'} characters of words`,
    texts: () => Array.from({ length: 1_000 }, () => words(full ? 10_000 : 1_000)),
  },
];

const words = (length: number) =>
  Array.from({ length: Math.ceil(length / 8) }, () => letters(7))
    .join(' ')
    .slice(0, length);

/**
 * The batches of issue 13 posted with an API key while /health is polled every 100 ms and a
 * signed-in user lists items: the event loop must keep answering both.
 */
export async function hostileBatch(instance: Instance, full: boolean): Promise<Check[]> {
  const { url } = instance.api;
  const listItems = async () => {
    const started = performance.now();
    await graphql(url, ITEMS_QUERY, {}, instance.manager);
    return performance.now() - started;
  };
  // Other users' p95 on a quiet API first, then while the batches run.
  for (let index = 0; index < 20; index++) await listItems();
  const quiet: number[] = [];
  for (let index = 0; index < 40; index++) quiet.push(await listItems());

  const checks: Check[] = [];
  let run = 0;
  for (const batch of hostileBatches(full)) {
    const items = batch
      .texts()
      .map((text, index) => complaint(instance.teamId, `hostile-${run}-${index}`, text));
    run += 1;
    const health = pollHealth(url);
    const busy: number[] = [];
    let posting = true;
    let failures = 0;
    const users = (async () => {
      while (posting) {
        const started = performance.now();
        // A refused or dropped request counts as its time, and as a failure.
        busy.push(await listItems().catch(() => ((failures += 1), performance.now() - started)));
        await pause(100);
      }
    })();
    const started = performance.now();
    const replying = post<{ submitItems: { createdCount: number } }>(
      url,
      SUBMIT_ITEMS,
      { input: { items } },
      instance.key,
    );
    // Both settle before either failure is thrown, so nothing is left running unobserved.
    const [reply, reading] = await Promise.allSettled([
      replying.finally(() => (posting = false)),
      users,
    ]);
    const took = performance.now() - started;
    if (reading.status === 'rejected') throw reading.reason;
    if (reply.status === 'rejected') throw reply.reason;
    const samples = await health.stop();
    const worst = Math.max(...samples.map((sample) => sample.ms));
    const slowest = samples.find((sample) => sample.ms === worst);
    const when = slowest ? ` (${seconds(slowest.at - started)} into the batch)` : '';
    const stored = reply.value.body.data?.submitItems.createdCount ?? 0;
    const answer = stored
      ? `stored ${stored.toLocaleString('en')}`
      : `refused: ${reply.value.body.errors?.[0]?.message ?? reply.value.status}`;
    checks.push(
      {
        scenario: SCENARIO,
        measure: `${batch.name}: the batch (${answer})`,
        figure: seconds(took),
        bar: '',
      },
      {
        scenario: SCENARIO,
        measure: `${batch.name}: slowest of ${samples.length} /health polls${when}`,
        figure: ms(worst),
        bar: '< 500 ms',
        passed: worst < 500 && samples.every((sample) => sample.status === 200),
      },
      {
        scenario: SCENARIO,
        measure: `${batch.name}: another user's item list, p95 of ${busy.length} (quiet p95 ${ms(percentile(quiet, 95))}), ${failures} failed`,
        figure: ms(percentile(busy, 95)),
        bar: '< 500 ms, none failed',
        passed: percentile(busy, 95) < 500 && failures === 0,
      },
    );
  }
  return checks;
}
