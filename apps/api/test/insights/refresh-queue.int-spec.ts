import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import {
  rebuildAggregates,
  refreshAllQueuedItems,
} from '../../src/insights/aggregates/aggregates.service';
import { anItem, SUBMIT_ITEMS } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

// The refresh queue's upkeep (baseline/insight-queue.ts): a new item is queued once, not
// once per analysis table; facts follow their items without a foreign key.
describe('insight refresh queue', () => {
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  const queued = async () =>
    (
      await dataSource.query<{ item_id: string }[]>(
        'SELECT item_id FROM insight_refresh_queue ORDER BY id',
      )
    ).map((row) => row.item_id);
  const factOf = async (itemId: string) =>
    (
      await dataSource.query<{ status: string }[]>(
        'SELECT status FROM insight_item_facts WHERE item_id = $1',
        [itemId],
      )
    )[0];
  /** Rollup totals of all items (dim 0), to compare with a rebuild from the source tables. */
  const arrivals = async () =>
    (
      await dataSource.query<{ arrivals: number; analysed: number }[]>(
        'SELECT coalesce(sum(arrivals), 0)::int AS arrivals, coalesce(sum(analysed), 0)::int AS analysed FROM insight_rollup WHERE dim = 0',
      )
    )[0];

  it('queues a new item once although its analysis fills other tables in the same write', async () => {
    await refreshAllQueuedItems(dataSource.manager);
    const integrator = await api.as(Role.INTEGRATOR);
    const stored = await api.graphql<{ submitItems: { items: { id: string }[] } }>(
      SUBMIT_ITEMS,
      {
        input: {
          items: [
            anItem({ text: 'The receipt rule is absurd and I will cancel my account.' }),
            anItem({ text: 'Thank you, the refund arrived quickly.' }),
          ],
        },
      },
      integrator,
    );
    const ids = stored.data!.submitItems.items.map((item) => item.id);
    const [{ analysisRows }] = await dataSource.query<{ analysisRows: number }[]>(
      `SELECT ((SELECT count(*) FROM item_analyses WHERE item_id = ANY($1)) +
               (SELECT count(*) FROM item_flags WHERE item_id = ANY($1)))::int AS "analysisRows"`,
      [ids],
    );
    expect(analysisRows).toBeGreaterThan(ids.length);
    expect((await queued()).sort()).toEqual([...ids].sort());

    await refreshAllQueuedItems(dataSource.manager);
    expect(await arrivals()).toEqual({ arrivals: 2, analysed: 2 });
    expect(await factOf(ids[0])).toMatchObject({ status: 'new' });
  });

  it('queues an item whose analysis another transaction changes', async () => {
    await refreshAllQueuedItems(dataSource.manager);
    const [{ item_id: itemId }] = await dataSource.query<{ item_id: string }[]>(
      'SELECT item_id FROM item_analyses LIMIT 1',
    );
    await dataSource.query(
      `UPDATE item_analyses SET sentiment = NULL, sentiment_score = NULL WHERE item_id = $1`,
      [itemId],
    );
    expect(await queued()).toEqual([itemId]);
    await refreshAllQueuedItems(dataSource.manager);
    expect(await arrivals()).toEqual({ arrivals: 2, analysed: 1 });
  });

  it('drops the facts of a queued item that is gone, as when it was deleted during a refresh', async () => {
    const before = await arrivals();
    const [{ item_id: itemId }] = await dataSource.query<{ item_id: string }[]>(
      'SELECT item_id FROM insight_item_facts LIMIT 1',
    );
    // The delete's own trigger is what a refresh computing the item at that moment cannot see:
    // leave the facts behind, as that refresh would, and queue the id as the delete does.
    await dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL session_replication_role = replica`);
      await tx.query('DELETE FROM items WHERE id = $1', [itemId]);
    });
    expect(await factOf(itemId)).toBeDefined();
    await dataSource.query('INSERT INTO insight_refresh_queue (item_id) VALUES ($1)', [itemId]);
    await refreshAllQueuedItems(dataSource.manager);
    expect(await factOf(itemId)).toBeUndefined();
    expect((await arrivals()).arrivals).toBe(before.arrivals - 1);
    const incremental = await arrivals();
    await rebuildAggregates(dataSource.manager);
    expect(await arrivals()).toEqual(incremental);
  });
});
