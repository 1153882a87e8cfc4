import { Client } from 'pg';
import * as analyzerConfiguration from '../src/analysis/analyzer-configuration';
import { Role } from '../src/auth/role.enum';
import { anItem, SUBMIT_ITEM, SUBMIT_ITEMS } from './support/factories';

// The API's own builds are counted; worker threads load the module afresh, unobserved.
jest.mock('../src/analysis/analyzer-configuration', () => {
  const actual = jest.requireActual<typeof analyzerConfiguration>(
    '../src/analysis/analyzer-configuration',
  );
  return { ...actual, analyzerFrom: jest.fn(actual.analyzerFrom) };
});
import { startTestApp, type TestApp } from './support/test-app';

const WORDS = [
  'refund',
  'parcel',
  'waited',
  'manager',
  'unacceptable',
  'thanks',
  'invoice',
  'rude',
];

/** A valid but expensive text: 10,000 characters of mixed words (the longest a text may be). */
function longText(seed: number): string {
  const words: string[] = [];
  for (let index = 0; words.join(' ').length < 9_900; index++)
    words.push(`${WORDS[(seed + index * 7) % WORDS.length]}${index % 13 === 0 ? index : ''}`);
  return words.join(' ').slice(0, 10_000);
}

// Issue 13: a batch of long texts analysed on the request's event loop froze /health for 29 s.
describe('analysis off the request loop (worker threads)', () => {
  let api: TestApp;

  beforeAll(async () => {
    // The pool runs the worker from its TypeScript source here, as it runs the built file in dist.
    api = await startTestApp({ config: { analysisWorkers: 1 } });
  });

  afterAll(() => api.close());

  it('keeps /health answering while a hostile batch is analysed, and stores the batch whole', async () => {
    const integrator = await api.as(Role.INTEGRATOR);
    const items = Array.from({ length: 200 }, (_, index) =>
      anItem({ text: longText(index), externalId: `hostile-${index}`, externalSource: 'spec' }),
    );
    let batchDone = false;
    const batch = api
      .graphql<{ submitItems: { createdCount: number } }>(
        SUBMIT_ITEMS,
        { input: { items } },
        integrator,
      )
      .finally(() => (batchDone = true));

    const healthLatencies: number[] = [];
    while (!batchDone) {
      const started = performance.now();
      const response = await fetch(`${api.url}/health`);
      expect(response.status).toBe(200);
      if (!batchDone) healthLatencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    expect((await batch).data?.submitItems.createdCount).toBe(200);
    // Counts, not timings: a frozen loop would answer once at most, after the batch.
    expect(healthLatencies.length).toBeGreaterThanOrEqual(3);
    if (process.env.FULCRUM_REPORT_TIMINGS)
      console.log(
        `health answers during the batch: ${healthLatencies.length}, slowest ${Math.max(...healthLatencies).toFixed(0)} ms`,
      );

    // The analyses were written with their items, in the batch's transaction.
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ analysed: string }>(
        `SELECT count(*) AS analysed FROM items i JOIN item_analyses a ON a.item_id = i.id
          WHERE i.external_source = 'spec' AND a.status = 'done'`,
      );
      expect(Number(rows[0].analysed)).toBe(200);
    } finally {
      await db.end();
    }
  });

  // A taxonomy change rebuilds the analyzer (hundreds of milliseconds with trained models): with
  // worker threads it is built there, so the API's loop never holds still for it.
  it('builds the analyzer for a changed taxonomy in a worker thread, and analyses with it', async () => {
    const manager = await api.as(Role.MANAGER);
    const builtHere = jest.mocked(analyzerConfiguration.analyzerFrom);
    builtHere.mockClear();
    const created = await api.graphql(
      'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }',
      { input: { name: 'Smart meters', keywords: ['smart meter'] } },
      manager,
    );
    expect(created.errors).toBeUndefined();
    const submitted = await api.graphql<{ submitItem: { item: { id: string } } }>(
      SUBMIT_ITEM,
      { input: anItem({ text: 'My smart meter is broken, the smart meter reading is wrong.' }) },
      manager,
    );
    expect(submitted.errors).toBeUndefined();
    const { data } = await api.graphql<{ item: { themes: { name: string }[] } }>(
      'query ($id: ID!) { item(id: $id) { themes { name } } }',
      { id: submitted.data!.submitItem.item.id },
      manager,
    );
    expect(data!.item.themes.map((theme) => theme.name)).toContain('Smart meters');
    expect(builtHere).not.toHaveBeenCalled();
  });
});
