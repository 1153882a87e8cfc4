import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import {
  compactRollups,
  rebuildAggregates,
  refreshAllQueuedItems,
} from '../../src/insights/aggregates/aggregates.service';
import {
  anItem,
  CREATE_POLICY,
  CREATE_TEAM,
  SUBMIT_ITEM,
  SUBMIT_ITEMS,
} from '../support/factories';
import { type Caller, startTestApp, type TestApp } from '../support/test-app';

const RECORD_MANY = `mutation ($input: RecordItemEventsInput!) { recordItemEvents(input: $input) { id } }`;

type Totals = Record<string, number>;

/**
 * Every rollup measure summed per tier, dimension and subject: what any insight query can read,
 * once the queued changes are refreshed.
 */
async function rollupTotals(dataSource: DataSource): Promise<Totals> {
  await refreshAllQueuedItems(dataSource.manager);
  const measures = (
    await dataSource.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = 'insight_rollup' AND data_type IN ('integer', 'bigint', 'double precision')
          AND column_name NOT IN ('dim') ORDER BY column_name`,
    )
  ).map((row) => row.column_name);
  const totals: Totals = {};
  for (const [table, bucket, extra] of [
    ['insight_rollup', 'day', ', channel'],
    ['insight_rollup_weekly', 'week', ''],
  ]) {
    const rows = await dataSource.query<Record<string, unknown>[]>(
      `SELECT ${bucket}::text AS bucket, dim, dim_id, team_id, kind${extra}, ${measures.map((m) => `round(sum(${m})::numeric, 3)::float8 AS ${m}`).join(', ')}
         FROM ${table} GROUP BY ${bucket}, dim, dim_id, team_id, kind${extra}`,
    );
    for (const row of rows) {
      const key = [
        table,
        row.bucket,
        row.dim,
        row.dim_id,
        row.team_id,
        row.kind,
        row.channel ?? '',
      ].join('|');
      for (const m of measures) {
        const value = Number(row[m]);
        if (value !== 0) totals[`${key}|${m}`] = value;
      }
    }
  }
  const durations = await dataSource.query<Record<string, unknown>[]>(
    `SELECT period_start::text AS start, grain, metric, dim, dim_id, team_id, kind, u.bucket, sum(u.n)::int AS n
       FROM insight_durations CROSS JOIN LATERAL unnest(buckets, counts) AS u(bucket, n)
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(u.n) <> 0`,
  );
  for (const row of durations)
    totals[
      [
        'durations',
        row.start,
        row.grain,
        row.metric,
        row.dim,
        row.dim_id,
        row.team_id,
        row.kind,
        row.bucket,
      ].join('|')
    ] = Number(row.n);
  return totals;
}

describe('insight aggregates', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let manager: Caller;
  let teamId: string;
  let policyId: string;

  beforeAll(async () => {
    api = await startTestApp();
    dataSource = api.app.get(DataSource);
    manager = await api.as(Role.MANAGER);
    teamId = (
      await api.graphql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'Billing', staffCount: 6 } },
        manager,
      )
    ).data!.createTeam.id;
    policyId = (
      await api.graphql<{ createPolicy: { id: string } }>(
        CREATE_POLICY,
        { input: { name: 'Refunds need a receipt', aliases: ['receipt rule'] } },
        manager,
      )
    ).data!.createPolicy.id;
    await dataSource.query(
      `INSERT INTO service_levels (kind, priority, first_response_minutes, resolution_minutes)
       VALUES ('complaint', 'normal', 240, 4320), ('request', 'normal', 480, 7200)`,
    );
  });
  afterAll(() => api.close());

  const submit = async (overrides: Record<string, unknown>) =>
    (
      await api.graphql<{ submitItem: { item: { id: string } } }>(
        SUBMIT_ITEM,
        { input: anItem(overrides) },
        manager,
      )
    ).data!.submitItem.item.id;
  const record = (events: Record<string, unknown>[]) =>
    api.graphql(RECORD_MANY, { input: { events } }, manager);
  const facts = async (itemId: string) => {
    await refreshAllQueuedItems(dataSource.manager);
    return (
      await dataSource.query<Record<string, unknown>[]>(
        'SELECT * FROM insight_item_facts WHERE item_id = $1',
        [itemId],
      )
    )[0];
  };

  it('keeps an item’s facts current as it arrives, is answered, waits and is resolved', async () => {
    const itemId = await submit({
      teamId,
      policyId,
      text: 'The receipt rule means I cannot get my refund. This is unacceptable.',
      receivedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await facts(itemId)).toMatchObject({
      kind: 'complaint',
      team_id: teamId,
      status: 'new',
      resolved_at: null,
    });
    expect((await facts(itemId)).linked_policy_ids).toContain(policyId);

    await record([
      {
        itemId,
        type: 'STAFF_REPLY',
        occurredAt: '2026-03-02T10:00:00Z',
        text: 'Sorry, we are checking.',
      },
      {
        itemId,
        type: 'STATUS_CHANGED',
        status: 'WAITING_INTERNAL',
        occurredAt: '2026-03-02T10:00:00Z',
      },
      { itemId, type: 'STATUS_CHANGED', status: 'IN_PROGRESS', occurredAt: '2026-03-04T10:00:00Z' },
      {
        itemId,
        type: 'EXCEPTION_GRANTED',
        occurredAt: '2026-03-04T11:00:00Z',
        text: 'Refund approved without receipt.',
      },
      { itemId, type: 'STATUS_CHANGED', status: 'RESOLVED', occurredAt: '2026-03-04T12:00:00Z' },
    ]);
    const after = await facts(itemId);
    expect(after).toMatchObject({
      status: 'resolved',
      has_timeline: true,
      first_response_ms: 3_600_000,
      new_ms: 3_600_000,
      waiting_internal_ms: 48 * 3_600_000,
      in_progress_ms: 2 * 3_600_000,
      lead_ms: 51 * 3_600_000,
      exceptions_granted: 1,
      first_response_target_ms: 240 * 60_000,
    });
    expect(new Date(after.resolved_at as Date).toISOString()).toBe('2026-03-04T12:00:00.000Z');
  });

  it('follows writes in the background, without anyone asking for a refresh', async () => {
    const itemId = await submit({ teamId, receivedAt: '2026-03-04T09:00:00.000Z' });
    const stored = async () =>
      (
        await dataSource.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM insight_item_facts WHERE item_id = $1',
          [itemId],
        )
      )[0].n;
    for (let waited = 0; (await stored()) === 0 && waited < 5_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored()).toBe(1);
  });

  it('counts items closed without a resolution as finished', async () => {
    const itemId = await submit({
      teamId,
      kind: 'REQUEST',
      receivedAt: '2026-03-03T09:00:00.000Z',
    });
    await record([
      { itemId, type: 'STATUS_CHANGED', status: 'CLOSED', occurredAt: '2026-03-10T09:00:00Z' },
    ]);
    expect(await facts(itemId)).toMatchObject({ status: 'closed', lead_ms: 7 * 24 * 3_600_000 });
  });

  it('appends to the rollups exactly what a rebuild from the source tables computes, also for concurrent writers', async () => {
    const batch = (offset: number) =>
      Array.from({ length: 40 }, (_, i) =>
        anItem({
          teamId: i % 3 === 0 ? null : teamId,
          policyId: i % 4 === 0 ? policyId : null,
          kind: ['COMPLAINT', 'REQUEST', 'FEEDBACK'][i % 3],
          channel: ['EMAIL', 'PHONE', 'CHAT'][i % 3],
          receivedAt: new Date(
            Date.UTC(2026, 1, 1 + ((offset + i) % 40), 8 + (i % 9)),
          ).toISOString(),
          text:
            i % 2
              ? 'Thanks, the engineer was great.'
              : 'I was transferred three times and nobody helps with the receipt rule.',
        }),
      );
    // Refreshers run while the batches are written, as the API's background refresh would.
    const results = await Promise.all(
      [0, 40, 80].map(async (offset) => {
        const written = api.graphql(SUBMIT_ITEMS, { input: { items: batch(offset) } }, manager);
        await refreshAllQueuedItems(dataSource.manager);
        return written;
      }),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    await refreshAllQueuedItems(dataSource.manager);
    const [counts] = await dataSource.query<{ facts: number; items: number }[]>(
      'SELECT (SELECT count(*) FROM insight_item_facts)::int AS facts, (SELECT count(*) FROM items)::int AS items',
    );
    expect(counts.items).toBeGreaterThanOrEqual(120);
    expect(counts.facts).toBe(counts.items);

    const incremental = await rollupTotals(dataSource);
    await compactRollups(dataSource.manager);
    expect(await rollupTotals(dataSource)).toEqual(incremental);
    await rebuildAggregates(dataSource.manager);
    expect(await rollupTotals(dataSource)).toEqual(incremental);
    const [{ uncompacted }] = await dataSource.query<{ uncompacted: number }[]>(
      'SELECT count(*)::int AS uncompacted FROM insight_rollup WHERE NOT compacted',
    );
    expect(uncompacted).toBe(0);
  });

  it('takes a deleted item’s counts out of the rollups', async () => {
    const itemId = await submit({ teamId, receivedAt: '2026-03-05T09:00:00.000Z' });
    await dataSource.query('DELETE FROM items WHERE id = $1', [itemId]);
    expect(await facts(itemId)).toBeUndefined();
    const incremental = await rollupTotals(dataSource);
    await rebuildAggregates(dataSource.manager);
    expect(await rollupTotals(dataSource)).toEqual(incremental);
  });

  it('rolls back with the transaction that wrote the items', async () => {
    const before = await rollupTotals(dataSource);
    await expect(
      dataSource.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO items (kind, source, channel, team_id, text, received_at) VALUES ('complaint', 'external_customer', 'email', $1, 'x', now())`,
          [teamId],
        );
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await rollupTotals(dataSource)).toEqual(before);
  });

  it('leaves a bulk load’s items to the rebuild that ends it, and only that transaction’s', async () => {
    const before = await rollupTotals(dataSource);
    const [bulk] = await dataSource.transaction(async (tx) => {
      await tx.query(`SET LOCAL fulcrum.bulk_load = 'on'`);
      return tx.query<{ id: string }[]>(
        `INSERT INTO items (kind, source, channel, team_id, text, received_at) VALUES ('complaint', 'external_customer', 'email', $1, 'bulk', '2026-03-06T09:00:00Z') RETURNING id`,
        [teamId],
      );
    });
    expect(await facts(bulk.id)).toBeUndefined();
    expect(await rollupTotals(dataSource)).toEqual(before);

    const normal = await submit({ teamId, receivedAt: '2026-03-06T10:00:00.000Z' });
    expect(await facts(normal)).toMatchObject({ status: 'new' });

    await rebuildAggregates(dataSource.manager);
    expect(await facts(bulk.id)).toMatchObject({ status: 'new' });
  });

  it('empties the aggregates when the items are emptied', async () => {
    await dataSource.query('TRUNCATE items CASCADE');
    const [counts] = await dataSource.query<
      { facts: number; daily: number; weekly: number; durations: number }[]
    >(
      `SELECT (SELECT count(*) FROM insight_item_facts)::int AS facts, (SELECT count(*) FROM insight_rollup)::int AS daily,
              (SELECT count(*) FROM insight_rollup_weekly)::int AS weekly, (SELECT count(*) FROM insight_durations)::int AS durations`,
    );
    expect(counts).toEqual({ facts: 0, daily: 0, weekly: 0, durations: 0 });
  });
});
