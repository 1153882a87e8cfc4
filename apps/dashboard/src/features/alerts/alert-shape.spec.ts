import {
  attemptSummary,
  canReplay,
  deliveriesCsv,
  deliveryTarget,
  deliveryTitle,
  describeChannels,
  describeRule,
  type Delivery,
  isHttpUrl,
  parseAddresses,
  readStatus,
  type Rule,
  withStatus,
} from './alert-shape';

const aRule = (overrides: Partial<Rule> = {}): Rule => ({
  id: 'r1',
  name: 'Backlog alarm',
  kind: 'BACKLOG',
  sign: null,
  dimension: null,
  threshold: 300,
  windowDays: 28,
  enabled: true,
  notifyInApp: true,
  emailTo: [],
  endpointIds: [],
  ...overrides,
});

const aDelivery = (overrides: Partial<Delivery> = {}): Delivery => ({
  id: 'd1',
  channel: 'WEBHOOK',
  status: 'DELIVERED',
  emailTo: null,
  replayOf: null,
  nextAttemptAt: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  ruleName: 'Backlog alarm',
  endpointName: 'Ops, "urgent"',
  endpoint: { id: 'e1', name: 'Ops, "urgent"' },
  event: {
    id: 'v1',
    title: 'Backlog alarm: 312 open items',
    firedAt: '2026-11-20T09:00:00.000Z',
  },
  attempts: [
    {
      at: '2026-11-20T09:00:01.000Z',
      statusCode: 500,
      error: 'HTTP 500',
      durationMs: 12,
    },
    {
      at: '2026-11-20T09:00:31.000Z',
      statusCode: 200,
      error: null,
      durationMs: 8,
    },
  ],
  ...overrides,
});

describe('alert shaping', () => {
  it('describes each kind of rule in words', () => {
    expect(describeRule(aRule())).toBe('300 open items or more');
    expect(describeRule(aRule({ kind: 'WARNING_SIGN', threshold: null, sign: 'EXCUSES' }))).toBe(
      '“Excuses” in Alert over the last 28 days',
    );
    expect(
      describeRule(aRule({ kind: 'RISING', threshold: null, dimension: 'POLICY', windowDays: 7 })),
    ).toBe('Rising policies at Alert over the last 7 days');
  });

  it('says where a rule tells people', () => {
    expect(describeChannels(aRule({ emailTo: ['a@x.org', 'b@x.org'], endpointIds: ['e1'] }))).toBe(
      'In the app · 2 e-mails · 1 webhook',
    );
    expect(describeChannels(aRule({ notifyInApp: false }))).toBe('Nobody (recorded only)');
  });

  it('reads addresses and http(s) URLs as the API will', () => {
    expect(parseAddresses(' a@x.org, b@x.org\nb@x.org ')).toEqual(['a@x.org', 'b@x.org']);
    expect(isHttpUrl('https://hooks.slack.com/services/T/B/X')).toBe(true);
    expect(isHttpUrl('ftp://example.org')).toBe(false);
    expect(isHttpUrl('hooks.slack.com')).toBe(false);
  });

  it('keeps the log’s status filter in the URL, ignoring unknown values', () => {
    const params = withStatus(new URLSearchParams('x=1'), 'FAILED');
    expect(params.toString()).toBe('x=1&status=failed');
    expect(readStatus(params)).toBe('FAILED');
    expect(readStatus(new URLSearchParams('status=lost'))).toBeNull();
    expect(withStatus(params, null).toString()).toBe('x=1');
  });

  it('sums up an attempt without repeating the status', () => {
    expect(attemptSummary(aDelivery().attempts[0])).toBe('HTTP 500 in 12 ms');
    expect(
      attemptSummary({
        at: '',
        statusCode: null,
        error: 'e-mail not configured',
        durationMs: 0,
      }),
    ).toBe('e-mail not configured in 0 ms');
  });

  it('exports one CSV row per attempt, quoting names', () => {
    const lines = deliveriesCsv([
      aDelivery(),
      aDelivery({ id: 'd2', status: 'PENDING', attempts: [] }),
    ])
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'd1,Backlog alarm: 312 open items,webhook,"Ops, ""urgent""",delivered,,1,2026-11-20T09:00:01.000Z,500,HTTP 500,12',
    );
    expect(lines[3]).toBe(
      'd2,Backlog alarm: 312 open items,webhook,"Ops, ""urgent""",pending,,,,,,',
    );
  });

  it('names a deleted endpoint by the name it had, and an admin’s delivery by its rule', () => {
    const orphan = aDelivery({ endpoint: null, endpointName: 'Old hook' });
    expect(deliveryTarget(orphan)).toBe('Old hook (deleted)');
    expect(
      deliveryTarget(aDelivery({ channel: 'EMAIL', endpoint: null, emailTo: 'a@x.org' })),
    ).toBe('a@x.org');
    expect(deliveryTitle(aDelivery())).toBe('Backlog alarm: 312 open items');
    expect(deliveryTitle(aDelivery({ event: null }))).toBe('Alert of the rule Backlog alarm');
    expect(deliveriesCsv([aDelivery({ event: null, attempts: [] })])).toContain(
      'd1,Alert of the rule Backlog alarm,webhook,',
    );
  });

  it('offers replay for a finished delivery whose endpoint still exists', () => {
    expect(canReplay(aDelivery())).toBe(true);
    expect(canReplay(aDelivery({ status: 'FAILED' }))).toBe(true);
    expect(canReplay(aDelivery({ status: 'RETRYING' }))).toBe(false);
    expect(canReplay(aDelivery({ status: 'FAILED', endpoint: null }))).toBe(false);
    expect(canReplay(aDelivery({ channel: 'EMAIL', endpoint: null, emailTo: 'a@x.org' }))).toBe(
      true,
    );
  });
});
