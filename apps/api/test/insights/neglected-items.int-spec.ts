import { Role } from '../../src/auth/role.enum';
import { Clock } from '../../src/common/clock';
import { AggregatesService } from '../../src/insights/aggregates/aggregates.service';
import { anItem, CREATE_TEAM, SUBMIT_ITEM } from '../support/factories';
import { type Caller, startTestApp, type TestApp } from '../support/test-app';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const SIGNS = `query ($input: WarningSignsInput!) { warningSigns(input: $input) {
  alerts watches
  signs { sign label value state previous recordCount explanation
    drilldown { receivedFrom receivedTo teamIds kinds statuses needsAttentionDays } }
} }`;
const OPEN_ITEMS = `query ($input: DrilldownItemsInput!) {
  drilldownItems(input: $input) { totalCount nodes { id } } }`;
const RECORD = `mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id } }`;

interface Sign {
  sign: string;
  value: number | null;
  state: string;
  previous: number | null;
  recordCount: number;
  explanation: string;
  drilldown: Record<string, unknown> | null;
}

/** The neglected-items warning sign counts open items needing attention and opens exactly them. */
describe('warning sign: neglected open items', () => {
  let api: TestApp;
  let manager: Caller;
  let teamId: string;
  const ids: Record<string, string> = {};

  const submit = async (key: string, overrides: Record<string, unknown>) => {
    const response = await api.graphql<{ submitItem: { item: { id: string } } }>(
      SUBMIT_ITEM,
      { input: anItem({ teamId, priority: 'NORMAL', ...overrides }) },
      manager,
    );
    expect(response.errors).toBeUndefined();
    ids[key] = response.data!.submitItem.item.id;
  };
  const record = async (key: string, input: Record<string, unknown>) => {
    const response = await api.graphql(RECORD, { input: { itemId: ids[key], ...input } }, manager);
    expect(response.errors).toBeUndefined();
  };
  const neglectedSign = async (input: Record<string, unknown>) => {
    const response = await api.graphql<{ warningSigns: { alerts: number; signs: Sign[] } }>(
      SIGNS,
      { input },
      manager,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.warningSigns.signs.find((s) => s.sign === 'NEGLECTED_ITEMS')!;
  };
  const opened = async (drilldown: Record<string, unknown>) => {
    const set = Object.fromEntries(Object.entries(drilldown).filter(([, v]) => v !== null));
    const response = await api.graphql<{
      drilldownItems: { totalCount: number; nodes: { id: string }[] };
    }>(OPEN_ITEMS, { input: { drilldown: set, first: 100 } }, manager);
    expect(response.errors).toBeUndefined();
    return response.data!.drilldownItems;
  };

  beforeAll(async () => {
    api = await startTestApp();
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(NOW);
    manager = await api.as(Role.MANAGER);
    teamId = (
      await api.graphql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'Service desk', staffCount: 5 } },
        manager,
      )
    ).data!.createTeam.id;
    await api.graphql(
      'mutation ($input: SetServiceLevelInput!) { setServiceLevel(input: $input) { kind } }',
      {
        input: {
          kind: 'COMPLAINT',
          priority: 'NORMAL',
          firstResponseMinutes: 1440,
          resolutionMinutes: 14_400,
        },
      },
      manager,
    );
    // Overdue: a complaint two days old without a reply (first response due after one day).
    await submit('overdue', { receivedAt: '2026-03-18T09:00:00.000Z' });
    // Stale: feedback (no service level) answered once, then nothing for 12 days.
    await submit('stale', { kind: 'FEEDBACK', receivedAt: '2026-03-08T09:00:00.000Z' });
    await record('stale', {
      type: 'STAFF_REPLY',
      text: 'Thank you, we are looking into it.',
      occurredAt: '2026-03-08T10:00:00.000Z',
    });
    // Received before the period and left waiting since: neglect does not stop at the period.
    await submit('old', { kind: 'FEEDBACK', receivedAt: '2026-01-10T09:00:00.000Z' });
    // Fine: feedback answered two days ago.
    for (const key of ['fine1', 'fine2', 'fine3']) {
      await submit(key, { kind: 'FEEDBACK', receivedAt: '2026-03-17T09:00:00.000Z' });
      await record(key, {
        type: 'STAFF_REPLY',
        text: 'Thanks, noted.',
        occurredAt: '2026-03-18T09:00:00.000Z',
      });
    }
    // Resolved long ago: not open, so neither counted nor opened.
    await submit('resolved', { kind: 'FEEDBACK', receivedAt: '2026-03-02T09:00:00.000Z' });
    await record('resolved', {
      type: 'STATUS_CHANGED',
      status: 'RESOLVED',
      occurredAt: '2026-03-02T10:00:00.000Z',
    });
    await api.app.get(AggregatesService).refresh();
  });
  beforeEach(() => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(NOW));
  afterAll(() => api.close());

  it('is the share of open items needing attention, on alert at 3 of 6', async () => {
    const sign = await neglectedSign({ from: '2026-03-01', to: '2026-04-01' });
    expect(sign).toMatchObject({ value: 0.5, state: 'ALERT', recordCount: 3, previous: null });
    expect(sign.explanation).toContain('3 of 6 open items on 2026-03-20');
  });

  it('opens exactly the items behind the number', async () => {
    const sign = await neglectedSign({ from: '2026-03-01', to: '2026-04-01' });
    const items = await opened(sign.drilldown!);
    expect(items.totalCount).toBe(sign.recordCount);
    expect(items.nodes.map((n) => n.id).sort()).toEqual([ids.overdue, ids.stale, ids.old].sort());
  });

  it('follows the review filter: complaints only leaves one open item, neglected', async () => {
    const sign = await neglectedSign({
      from: '2026-03-01',
      to: '2026-04-01',
      filter: { kinds: ['COMPLAINT'] },
    });
    expect(sign).toMatchObject({ value: 1, recordCount: 1 });
    expect((await opened(sign.drilldown!)).nodes.map((n) => n.id)).toEqual([ids.overdue]);
  });

  it('drops an item from the count and the drill-down once it is answered', async () => {
    await record('overdue', {
      type: 'STAFF_REPLY',
      text: 'Sorry for the wait, we are on it.',
      occurredAt: '2026-03-20T11:00:00.000Z',
    });
    await api.app.get(AggregatesService).refresh();
    const sign = await neglectedSign({ from: '2026-03-01', to: '2026-04-01' });
    expect(sign).toMatchObject({ recordCount: 2, state: 'ALERT' });
    expect(sign.value).toBeCloseTo(2 / 6);
    expect((await opened(sign.drilldown!)).totalCount).toBe(2);
  });

  it('appears in the review pack with the same figures', async () => {
    const response = await api.graphql<{
      reviewPack: { warningSigns: { signs: { sign: string; recordCount: number }[] } };
    }>(
      `query ($input: ReviewPackInput!) { reviewPack(input: $input) { warningSigns { signs { sign recordCount } } } }`,
      { input: { from: '2026-03-01', to: '2026-04-01' } },
      manager,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.reviewPack.warningSigns.signs).toContainEqual({
      sign: 'NEGLECTED_ITEMS',
      recordCount: 2,
    });
  });
});
