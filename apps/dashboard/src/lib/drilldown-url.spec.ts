import {
  describeDrilldown,
  drilldownParams,
  drilldownUrl,
  hasDrilldown,
  readDrilldown,
  toDrilldownInput,
} from './drilldown-url';

const TEAM = '7d4763a1-618e-44a8-99e7-3f29f691c8c0';
const POLICY = '336fbbd8-1cb3-486f-91fb-555bf88e5672';

/** A drill-down as the API answers it: every condition present, most of them null. */
const asAnswered = {
  __typename: 'Drilldown',
  receivedFrom: '2026-10-01T00:00:00.000Z',
  receivedTo: '2026-11-01T00:00:00.000Z',
  resolvedFrom: null,
  resolvedTo: null,
  openAt: null,
  teamIds: [TEAM],
  themeIds: null,
  linkedPolicyIds: [POLICY],
  channels: null,
  kinds: ['COMPLAINT' as const],
  statuses: null,
  sentiments: null,
  viabilities: null,
  flags: ['EXCUSE' as const, 'BLAME' as const],
  eventTypes: null,
  slaBreached: 'FIRST_RESPONSE' as const,
  waitedIn: null,
  reopened: false,
  protocolStepsDone: null,
  protocolStepMissing: null,
  itemIds: null,
};

const names = {
  teams: new Map([[TEAM, 'Online Orders & Delivery']]),
  policies: new Map([[POLICY, 'Refunds need a receipt']]),
  themes: new Map<string, string>(),
};

describe('toDrilldownInput', () => {
  it('leaves out absent conditions and the type name, as the API input wants', () => {
    expect(toDrilldownInput(asAnswered)).toEqual({
      receivedFrom: '2026-10-01T00:00:00.000Z',
      receivedTo: '2026-11-01T00:00:00.000Z',
      teamIds: [TEAM],
      linkedPolicyIds: [POLICY],
      kinds: ['COMPLAINT'],
      flags: ['EXCUSE', 'BLAME'],
      slaBreached: 'FIRST_RESPONSE',
      reopened: false,
    });
  });
});

describe('drilldown URLs', () => {
  it('writes one readable parameter per condition, days for midnights, enums in lower case', () => {
    expect(drilldownUrl(asAnswered, 'Late first responses, Oct 2026')).toBe(
      '/explorer?about=Late+first+responses%2C+Oct+2026' +
        '&d.receivedFrom=2026-10-01&d.receivedTo=2026-11-01&d.kinds=complaint' +
        `&d.teamIds=${TEAM}&d.linkedPolicyIds=${POLICY}&d.flags=excuse%2Cblame` +
        '&d.slaBreached=first_response&d.reopened=no',
    );
  });

  it('reads back exactly what it wrote, instants that are not midnight included', () => {
    const drilldown = { ...toDrilldownInput(asAnswered), openAt: '2026-11-22T21:08:41.199Z' };
    const read = readDrilldown(drilldownParams(drilldown, 'Open now'));
    expect(read).toEqual({ drilldown, about: 'Open now', dropped: [] });
  });

  it('drops and names what it cannot use, keeping the rest', () => {
    const params = new URLSearchParams(
      'd.kinds=complaint,grumble&d.teamIds=not-an-id&d.receivedFrom=yesterday&d.reopened=maybe&d.colour=red&about=x',
    );
    const read = readDrilldown(params);
    expect(read.drilldown).toEqual({ kinds: ['COMPLAINT'] });
    expect(read.dropped).toEqual([
      '"d.colour"',
      'receivedFrom "yesterday"',
      'kinds "grumble"',
      'teamIds "not-an-id"',
      'reopened "maybe"',
    ]);
  });

  it('tells a drill-down link from an ordinary Explorer filter', () => {
    expect(hasDrilldown(new URLSearchParams('d.kinds=complaint'))).toBe(true);
    expect(hasDrilldown(new URLSearchParams('kind=complaint&about=x'))).toBe(false);
  });
});

describe('describeDrilldown', () => {
  it('says each condition in words, with names and the last day included', () => {
    expect(describeDrilldown(asAnswered, names).map((condition) => condition.label)).toEqual([
      'Received 1 Oct 2026 to 31 Oct 2026',
      'Kind: Complaint',
      'Team: Online Orders & Delivery',
      'Linked to the policy Refunds need a receipt',
      'Sign: Excuse or Blames the customer',
      'Missed its first-response target',
      'Never reopened',
    ]);
  });

  it('describes backlogs, waits, protocol steps and short lists of items', () => {
    const labels = describeDrilldown(
      {
        openAt: '2026-11-01T00:00:00.000Z',
        waitedIn: 'WAITING_INTERNAL',
        protocolStepsDone: ['ACKNOWLEDGED', 'OPTIONS_OFFERED'],
        protocolStepMissing: 'FOLLOWED_THROUGH',
        itemIds: ['a', 'b'],
        teamIds: ['00000000-0000-4000-8000-000000000000'],
      },
      names,
    ).map((condition) => condition.label);
    expect(labels).toEqual([
      'Still open at the end of 31 Oct 2026',
      'Team: a team',
      'Spent time in “waiting internally”',
      'Completed: acknowledged and apologised, offered options',
      'Not done: followed through',
      '2 chosen items',
    ]);
  });
});

describe('attention and first-contact conditions', () => {
  const attention = {
    teamIds: [TEAM],
    overdue: 'RESOLUTION' as const,
    noUpdateForDays: 7,
    needsAttentionDays: 14,
    firstContact: 'FIRST_CONTACT' as const,
    escalatedTo: 'Service Desk Lead',
  };

  it('round-trips through the URL and reads in words', () => {
    const params = drilldownParams(attention, 'Needs attention');
    expect(params.get('d.overdue')).toBe('resolution');
    expect(params.get('d.firstContact')).toBe('first_contact');
    expect(readDrilldown(params)).toEqual({
      drilldown: attention,
      about: 'Needs attention',
      dropped: [],
    });
    expect(describeDrilldown(attention, names).map((c) => c.label)).toEqual([
      'Team: Online Orders & Delivery',
      'Open past its resolution target now',
      'Open, no update for 7 days or more',
      'Needs attention: open past a target, or no update for 14 days',
      'Decision: decided at first contact',
      'Escalated to Service Desk Lead',
    ]);
  });

  it('drops days out of the API range and unknown outcomes, naming them', () => {
    const read = readDrilldown(
      new URLSearchParams('d.noUpdateForDays=0&d.needsAttentionDays=400&d.firstContact=never'),
    );
    expect(read.drilldown).toEqual({});
    expect(read.dropped).toEqual([
      'noUpdateForDays "0"',
      'needsAttentionDays "400"',
      'firstContact "never"',
    ]);
  });
});
