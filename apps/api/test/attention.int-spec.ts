import { Role } from '../src/auth/role.enum';
import { Clock } from '../src/common/clock';
import { AggregatesService } from '../src/insights/aggregates/aggregates.service';
import { anItem, CREATE_POLICY, CREATE_TEAM, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const MARCH = { from: '2026-03-01', to: '2026-04-01', comparison: 'NONE' };
const COUNT_FIELDS =
  'count drilldown { receivedFrom receivedTo teamIds linkedPolicyIds kinds channels themeIds statuses eventTypes overdue noUpdateForDays needsAttentionDays firstContact escalatedTo }';

const ATTENTION = `query ($input: AttentionInput!) { attention(input: $input) {
  asOf staleDays
  open { ${COUNT_FIELDS} } needsAttention { ${COUNT_FIELDS} }
  firstResponseOverdue { ${COUNT_FIELDS} } resolutionOverdue { ${COUNT_FIELDS} } noUpdate { ${COUNT_FIELDS} }
  sinceLastUpdate { items p50Days p90Days }
  assignable { id name }
  items { id reasons daysSinceUpdate hoursOverdue owner { userId name source } escalations team { name } }
  byTeam { team { name } needsAttention { ${COUNT_FIELDS} } noUpdate { ${COUNT_FIELDS} } }
  escalations {
    escalations resolved returned open resolvedShare { successes trials } medianDaysToOutcome
    items { ${COUNT_FIELDS} }
    byTeam { label escalations items { ${COUNT_FIELDS} } escalatedShare { successes trials } }
    byDestination { label escalations items { ${COUNT_FIELDS} } }
    recent { eventId itemId by to reason state recordedOutcome outcomeAt }
  }
} }`;
const FIGURES = (name: string) =>
  `${name} { decided ${['items', 'firstContact', 'later', 'escalated', 'referred', 'undecided', 'exceptionsAtFirstContact'].map((f) => `${f} { ${COUNT_FIELDS} }`).join(' ')} firstContactShare { successes trials } }`;
const FIRST_CONTACT = `query ($input: FirstContactInput!) { firstContact(input: $input) {
  definition ${FIGURES('overall')}
  byTeam { name ${FIGURES('figures')} } byPolicy { name ${FIGURES('figures')} }
  trend { from to label ${FIGURES('figures')} }
} }`;
const RECORD = `mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id type escalatedTo escalatedToTeamId } }`;
const ASSIGN = `mutation ($input: AssignItemOwnerInput!) { assignItemOwner(input: $input) { itemId ownerId ownerName } }`;
const OUTCOME = `mutation ($input: RecordEscalationOutcomeInput!) { recordEscalationOutcome(input: $input) { eventId outcome decidedAt } }`;
const OPEN_ITEMS = `query ($input: DrilldownItemsInput!) { drilldownItems(input: $input) { totalCount } }`;

interface Count {
  count: number;
  drilldown: Record<string, unknown>;
}
interface Group {
  label: string;
  items: Count;
  escalatedShare: { successes: number; trials: number } | null;
}
interface AttentionAnswer {
  asOf: string;
  open: Count;
  needsAttention: Count;
  firstResponseOverdue: Count;
  resolutionOverdue: Count;
  noUpdate: Count;
  sinceLastUpdate: { items: number; p50Days: number | null; p90Days: number | null };
  assignable: { id: string; name: string }[];
  items: {
    id: string;
    reasons: string[];
    hoursOverdue: number | null;
    owner: { userId: string | null; name: string; source: string };
  }[];
  byTeam: { team: { name: string }; needsAttention: Count; noUpdate: Count }[];
  escalations: {
    escalations: number;
    resolved: number;
    returned: number;
    open: number;
    medianDaysToOutcome: number | null;
    resolvedShare: { successes: number; trials: number };
    items: Count;
    byTeam: Group[];
    byDestination: Group[];
    recent: { eventId: string; by: string; to: string; state: string }[];
  };
}
interface Figures {
  decided: number;
  firstContactShare: { successes: number; trials: number };
  items: Count;
  firstContact: Count;
  later: Count;
  escalated: Count;
  referred: Count;
  undecided: Count;
  exceptionsAtFirstContact: Count;
}
interface FirstContactAnswer {
  definition: string;
  overall: Figures;
  byTeam: { name: string; figures: Figures }[];
  byPolicy: { name: string; figures: Figures }[];
  trend: { from: string; figures: Figures }[];
}
const stripNulls = (drilldown: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(drilldown).filter(([, value]) => value !== null));

describe('attention: neglected items, owners, escalations and decisions at first contact', () => {
  let api: TestApp;
  let manager: Caller;
  let staff: Caller;
  let staffId: string;
  const ids: Record<string, string> = {};
  const events: Record<string, string> = {};

  const submit = async (key: string, overrides: Record<string, unknown>) => {
    const response = await api.graphql<{ submitItem: { item: { id: string } } }>(
      SUBMIT_ITEM,
      { input: anItem(overrides) },
      manager,
    );
    expect(response.errors).toBeUndefined();
    ids[key] = response.data!.submitItem.item.id;
  };
  const record = async (key: string, input: Record<string, unknown>) => {
    const response = await api.graphql<{ recordItemEvent: { id: string } }>(
      RECORD,
      { input: { itemId: ids[key], ...input } },
      manager,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.recordItemEvent.id;
  };
  const reply = (key: string, occurredAt: string, viability?: string) =>
    record(key, { type: 'STAFF_REPLY', text: 'Thank you, we are on it.', occurredAt, viability });
  const resolve = (key: string, occurredAt: string) =>
    record(key, { type: 'STATUS_CHANGED', status: 'RESOLVED', occurredAt });
  const opened = async (drilldown: Record<string, unknown>) =>
    (
      await api.graphql<{ drilldownItems: { totalCount: number } }>(
        OPEN_ITEMS,
        { input: { drilldown: stripNulls(drilldown), first: 1 } },
        manager,
      )
    ).data!.drilldownItems.totalCount;
  /** Every count equals the number of items its drilldown opens. */
  const expectDrillsTrue = async (counts: Count[]) => {
    for (const figure of counts) expect(await opened(figure.drilldown)).toBe(figure.count);
  };
  const attention = async (caller = manager, extra: Record<string, unknown> = {}) => {
    const response = await api.graphql<{ attention: AttentionAnswer }>(
      ATTENTION,
      { input: { ...MARCH, staleDays: 7, ...extra } },
      caller,
    );
    return response;
  };

  beforeAll(async () => {
    api = await startTestApp();
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(NOW);
    manager = await api.as(Role.MANAGER);
    staff = await api.as(Role.STAFF);
    const team = async (name: string) =>
      (
        await api.graphql<{ createTeam: { id: string } }>(
          CREATE_TEAM,
          { input: { name, staffCount: 5 } },
          manager,
        )
      ).data!.createTeam.id;
    ids.it = await team('IT');
    ids.facilities = await team('Facilities');
    ids.policy = (
      await api.graphql<{ createPolicy: { id: string } }>(
        CREATE_POLICY,
        { input: { name: 'Laptop approval', aliases: [] } },
        manager,
      )
    ).data!.createPolicy.id;
    const levels: [string, number, number][] = [
      ['COMPLAINT', 1440, 14_400],
      ['REQUEST', 2880, 43_200],
    ];
    for (const [kind, firstResponseMinutes, resolutionMinutes] of levels)
      await api.graphql(
        'mutation ($input: SetServiceLevelInput!) { setServiceLevel(input: $input) { kind } }',
        { input: { kind, priority: 'NORMAL', firstResponseMinutes, resolutionMinutes } },
        manager,
      );
    const it = { teamId: ids.it, priority: 'NORMAL' };
    // A: a complaint with no reply for two days, past its one-day first response.
    await submit('A', { ...it, receivedAt: '2026-03-18T09:00:00.000Z' });
    // B: answered once, then nothing for 15 days: stale and past its 10-day resolution.
    await submit('B', { ...it, receivedAt: '2026-03-05T09:00:00.000Z' });
    await reply('B', '2026-03-05T10:00:00.000Z');
    // C: a request answered 5 days ago: fine.
    await submit('C', { ...it, kind: 'REQUEST', receivedAt: '2026-03-15T09:00:00.000Z' });
    await reply('C', '2026-03-15T10:00:00.000Z');
    // D: a request escalated to Facilities and returned; its status changed 4 days ago.
    await submit('D', { ...it, kind: 'REQUEST', receivedAt: '2026-03-01T09:00:00.000Z' });
    await reply('D', '2026-03-02T10:00:00.000Z');
    events.D = await record('D', {
      type: 'ESCALATED',
      text: 'Needs a facilities budget holder',
      escalatedToTeamId: ids.facilities,
      occurredAt: '2026-03-10T10:00:00.000Z',
    });
    await record('D', {
      type: 'STATUS_CHANGED',
      status: 'IN_PROGRESS',
      occurredAt: '2026-03-16T10:00:00.000Z',
    });
    // E: Facilities escalated a complaint to the service desk lead; resolved three days later.
    await submit('E', { teamId: ids.facilities, receivedAt: '2026-03-02T09:00:00.000Z' });
    await reply('E', '2026-03-02T10:00:00.000Z');
    events.E = await record('E', {
      type: 'ESCALATED',
      text: 'Customer asks for a manager',
      escalatedTo: 'Service Desk Lead',
      occurredAt: '2026-03-03T10:00:00.000Z',
      viability: 'ACCEPTED',
    });
    await resolve('E', '2026-03-06T10:00:00.000Z');
    // F: a contact logged with its decision and resolved: decided at first contact.
    await submit('F', {
      ...it,
      kind: 'REQUEST',
      channel: 'PHONE',
      viability: 'ACCEPTED',
      receivedAt: '2026-03-03T09:00:00.000Z',
    });
    await resolve('F', '2026-03-03T09:30:00.000Z');
    // G: decided only after waiting on the customer: later.
    await submit('G', { ...it, kind: 'REQUEST', receivedAt: '2026-03-04T09:00:00.000Z' });
    await reply('G', '2026-03-04T10:00:00.000Z');
    await record('G', {
      type: 'STATUS_CHANGED',
      status: 'WAITING_ON_CUSTOMER',
      occurredAt: '2026-03-04T10:01:00.000Z',
    });
    await reply('G', '2026-03-05T10:00:00.000Z', 'SOFT_NO');
    await resolve('G', '2026-03-06T10:00:00.000Z');
    // H: acknowledged, then decided with an exception granted, never waiting: first contact.
    await submit('H', { ...it, policyId: ids.policy, receivedAt: '2026-03-06T09:00:00.000Z' });
    await reply('H', '2026-03-06T09:30:00.000Z');
    await reply('H', '2026-03-06T10:00:00.000Z', 'ACCEPTED');
    await record('H', {
      type: 'EXCEPTION_GRANTED',
      text: 'Approved without sign-off',
      occurredAt: '2026-03-06T10:05:00.000Z',
    });
    await resolve('H', '2026-03-07T10:00:00.000Z');
    // I: referred elsewhere.
    await submit('I', {
      ...it,
      kind: 'REQUEST',
      viability: 'REFERRED',
      receivedAt: '2026-03-07T09:00:00.000Z',
    });
    await resolve('I', '2026-03-07T09:30:00.000Z');
    // J: feedback, no decision, no service level, nothing for 12 days: stale only.
    await submit('J', { ...it, kind: 'FEEDBACK', receivedAt: '2026-03-08T09:00:00.000Z' });
    await api.app.get(AggregatesService).refresh();
  });
  // The clock every insight judges open items by (InsightData.now).
  beforeEach(() => jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(NOW));
  afterAll(() => api.close());

  it('lists open items past a service level or without an update, with counts that open exactly those items', async () => {
    const response = await attention();
    expect(response.errors).toBeUndefined();
    const a = response.data!.attention;
    expect(a.asOf).toBe(NOW.toISOString());
    expect(
      [a.open, a.needsAttention, a.firstResponseOverdue, a.resolutionOverdue, a.noUpdate].map(
        (c: Count) => c.count,
      ),
    ).toEqual([5, 3, 1, 1, 2]);
    const reasons = Object.fromEntries(
      a.items.map((item: { id: string; reasons: string[] }) => [item.id, item.reasons]),
    );
    expect(reasons).toEqual({
      [ids.A]: ['FIRST_RESPONSE_OVERDUE'],
      [ids.B]: ['RESOLUTION_OVERDUE', 'NO_UPDATE'],
      [ids.J]: ['NO_UPDATE'],
    });
    // B is five days past its resolution target, more than J is past the stale line (5 days).
    expect(a.items[0].id).toBe(ids.B);
    expect(a.items.find((item: { id: string }) => item.id === ids.A)!.hoursOverdue).toBe(27);
    await expectDrillsTrue([
      a.open,
      a.needsAttention,
      a.firstResponseOverdue,
      a.resolutionOverdue,
      a.noUpdate,
    ]);
    const it = a.byTeam.find((row: { team: { name: string } }) => row.team.name === 'IT')!;
    expect(it.needsAttention.count).toBe(3);
    await expectDrillsTrue([it.needsAttention, it.noUpdate]);
  });

  it('measures the time since the last update the customer saw over open items (p50, p90)', async () => {
    const a = (await attention()).data!.attention;
    // Days since: A 2.1, D 4.1, C 5.1, J 12.1, B 15.1 (an escalation is not an update).
    expect(a.sinceLastUpdate).toEqual({ items: 5, p50Days: 5.1, p90Days: 13.9 });
  });

  it('moves the stale line with staleDays and refuses one out of range, naming the field', async () => {
    const a = (await attention(manager, { staleDays: 3 })).data!.attention;
    expect(a.noUpdate.count).toBe(4);
    await expectDrillsTrue([a.noUpdate, a.needsAttention]);
    const refused = await attention(manager, { staleDays: 0 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('staleDays');
  });

  it('gives the last person on the timeline as owner until a manager assigns one; only managers assign, only people who handle items', async () => {
    const ownerOf = async (key: string) =>
      (await attention()).data!.attention.items.find(
        (item: { id: string }) => item.id === ids[key],
      )!.owner;
    expect(await ownerOf('A')).toMatchObject({ source: 'LAST_ACTOR' });
    const me = await api.graphql<{ viewer: { id: string } }>('{ viewer { id } }', {}, staff);
    staffId = me.data!.viewer.id;
    const people = (await attention()).data!.attention.assignable.map((p: { id: string }) => p.id);
    expect(people).toContain(staffId);
    const assigned = await api.graphql(
      ASSIGN,
      { input: { itemId: ids.A, ownerId: staffId } },
      manager,
    );
    expect(assigned.errors).toBeUndefined();
    expect(await ownerOf('A')).toMatchObject({ source: 'ASSIGNED', userId: staffId });
    const byStaff = await api.graphql(
      ASSIGN,
      { input: { itemId: ids.A, ownerId: staffId } },
      staff,
    );
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await api.as(Role.ADMIN);
    const adminId = (await api.graphql<{ viewer: { id: string } }>('{ viewer { id } }', {}, admin))
      .data!.viewer.id;
    const toAdmin = await api.graphql(
      ASSIGN,
      { input: { itemId: ids.A, ownerId: adminId } },
      manager,
    );
    expect(toAdmin.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'ownerId', rule: 'activePerson' }),
    ]);
    await api.graphql(ASSIGN, { input: { itemId: ids.A, ownerId: null } }, manager);
    expect(await ownerOf('A')).toMatchObject({ source: 'LAST_ACTOR' });
  });

  it('records escalations to a team or a person with their outcome, and measures the path', async () => {
    const refusedTeam = await api.graphql(
      RECORD,
      {
        input: {
          itemId: ids.C,
          type: 'ESCALATED',
          text: 'x',
          escalatedToTeamId: '00000000-0000-4000-8000-000000000000',
        },
      },
      manager,
    );
    expect(refusedTeam.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'escalatedToTeamId',
      rule: 'exists',
    });
    const early = await api.graphql(
      OUTCOME,
      { input: { eventId: events.D, outcome: 'RETURNED', decidedAt: '2026-03-09T00:00:00.000Z' } },
      manager,
    );
    expect(early.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'decidedAt',
      rule: 'notBeforeEscalation',
    });
    const returned = await api.graphql(
      OUTCOME,
      { input: { eventId: events.D, outcome: 'RETURNED', decidedAt: '2026-03-12T10:00:00.000Z' } },
      manager,
    );
    expect(returned.errors).toBeUndefined();

    const path = (await attention()).data!.attention.escalations;
    expect(path).toMatchObject({
      escalations: 2,
      resolved: 1,
      returned: 1,
      open: 0,
      medianDaysToOutcome: 2.5,
    });
    expect(path.resolvedShare).toEqual({ successes: 1, trials: 2 });
    expect(path.byDestination.map((g: { label: string }) => g.label).sort()).toEqual([
      'Facilities',
      'Service Desk Lead',
    ]);
    const fromIt = path.byTeam.find((g: { label: string }) => g.label === 'IT')!;
    expect(fromIt.escalatedShare).toEqual({ successes: 1, trials: 9 });
    await expectDrillsTrue([
      path.items,
      ...path.byTeam.map((g: { items: Count }) => g.items),
      ...path.byDestination.map((g: { items: Count }) => g.items),
    ]);
    const d = path.recent.find((r: { eventId: string }) => r.eventId === events.D)!;
    expect(d).toMatchObject({
      to: 'Facilities',
      state: 'RETURNED',
      recordedOutcome: 'RETURNED',
      reason: 'Needs a facilities budget holder',
    });
    expect(d.by).not.toBe('Not recorded');
  });

  it('shares decided at first contact, later, escalated and referred, with exceptions, by team, policy and week', async () => {
    const response = await api.graphql<{ firstContact: FirstContactAnswer }>(
      FIRST_CONTACT,
      { input: { ...MARCH, grain: 'WEEK' } },
      manager,
    );
    expect(response.errors).toBeUndefined();
    const fc = response.data!.firstContact;
    const o = fc.overall;
    expect(
      [
        o.items,
        o.firstContact,
        o.later,
        o.escalated,
        o.referred,
        o.undecided,
        o.exceptionsAtFirstContact,
      ].map((c: Count) => c.count),
    ).toEqual([10, 2, 1, 2, 1, 4, 1]);
    expect(o.decided).toBe(6);
    expect(o.firstContactShare).toEqual({ successes: 2, trials: 6 });
    await expectDrillsTrue([
      o.items,
      o.firstContact,
      o.later,
      o.escalated,
      o.referred,
      o.undecided,
      o.exceptionsAtFirstContact,
    ]);
    const facilities = fc.byTeam.find((g: { name: string }) => g.name === 'Facilities')!.figures;
    expect(facilities.escalated.count).toBe(1);
    await expectDrillsTrue([facilities.escalated]);
    const policy = fc.byPolicy.find((g: { name: string }) => g.name === 'Laptop approval')!.figures;
    expect([policy.firstContact.count, policy.exceptionsAtFirstContact.count]).toEqual([1, 1]);
    await expectDrillsTrue([policy.firstContact, policy.exceptionsAtFirstContact]);
    const weeks = fc.trend.map((p: { from: string; figures: { decided: number } }) => [
      p.from,
      p.figures.decided,
    ]);
    // Weeks from Monday 23 Feb (cut to 1 Mar): D; E, F, G, H, I; nothing decided after.
    expect(weeks.slice(0, 3)).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 5],
      ['2026-03-09', 0],
    ]);
    await expectDrillsTrue(fc.trend.map((p: { figures: { items: Count } }) => p.figures.items));
  });

  it('lets neither staff nor an admin read attention or first contact', async () => {
    for (const role of [Role.STAFF, Role.ADMIN]) {
      const response = await attention(await api.as(role));
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
