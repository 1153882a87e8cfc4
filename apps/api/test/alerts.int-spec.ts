import { AlertEvaluator } from '../src/alerts/alert-evaluator';
import { DeliveryWorker } from '../src/alerts/delivery.worker';
import { FIRST_RETRY_MS } from '../src/alerts/delivery-policy';
import { verifySignature } from '../src/alerts/webhook-signature';
import { Role } from '../src/auth/role.enum';
import { Clock } from '../src/common/clock';
import { DataSource } from 'typeorm';
import { AggregatesService } from '../src/insights/aggregates/aggregates.service';
import { anItem, SUBMIT_ITEMS } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';
import { startWebhookReceiver } from './support/webhook-receiver';

const CREATE_RULE = `mutation ($input: CreateAlertRuleInput!) {
  createAlertRule(input: $input) { id name kind threshold enabled emailTo endpointIds } }`;
const UPDATE_RULE = `mutation ($input: UpdateAlertRuleInput!) {
  updateAlertRule(input: $input) { id threshold enabled } }`;
const CREATE_ENDPOINT = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id name url format secretHint enabled } } }`;
const EVALUATE = 'mutation { evaluateAlertRules { rules fired } }';
const DELIVERIES = `query ($input: AlertDeliveriesInput!) {
  alertDeliveries(input: $input) {
    id channel status emailTo replayOf nextAttemptAt endpoint { id name } endpointName ruleName
    event { title message value link }
    attempts { at statusCode error durationMs } } }`;
const REPLAY = `mutation ($input: IdInput!) { replayAlertDelivery(input: $input) { id status replayOf } }`;
const NOTIFICATIONS = `query ($input: NotificationsInput!) {
  notifications(input: $input) { unread items { id readAt event { title } } } }`;
const MARK_READ = `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;

interface Delivery {
  id: string;
  channel: string;
  status: string;
  emailTo: string | null;
  replayOf: string | null;
  nextAttemptAt: string | null;
  endpoint: { id: string; name: string } | null;
  event: { title: string; message: string; value: number; link: string };
  attempts: { at: string; statusCode: number | null; error: string | null; durationMs: number }[];
}

describe('alerts and webhooks', () => {
  let api: TestApp;
  let manager: Caller;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let now = new Date('2026-03-20T09:00:00Z');

  beforeAll(async () => {
    // The receivers listen on loopback, which a deployment reaches only when it allows it.
    api = await startTestApp({ config: { webhooksAllowPrivate: true } });
    manager = await api.as(Role.MANAGER);
    receiver = await startWebhookReceiver();
    jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => now);
    // Three open complaints received this month: the backlog the rules below watch.
    const submitted = await api.graphql(
      SUBMIT_ITEMS,
      {
        input: {
          items: [1, 2, 3].map((day) =>
            anItem({
              receivedAt: `2026-03-0${day}T09:00:00.000Z`,
              externalSource: 'test',
              externalId: `b${day}`,
            }),
          ),
        },
      },
      manager,
    );
    expect(submitted.errors).toBeUndefined();
    await api.app.get(AggregatesService).refresh();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await receiver.close();
    await api.close();
  });

  const advance = (ms: number) => (now = new Date(now.getTime() + ms));
  const runDue = () => api.app.get(DeliveryWorker).runDue();

  async function ok<T>(
    query: string,
    variables: Record<string, unknown> = {},
    caller = manager,
  ): Promise<T> {
    const response = await api.graphql<T>(query, variables, caller);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function deliveries(): Promise<Delivery[]> {
    return (await ok<{ alertDeliveries: Delivery[] }>(DELIVERIES, { input: { take: 100 } }))
      .alertDeliveries;
  }

  async function endpoint(name: string, path: string, format = 'JSON') {
    return (
      await ok<{
        createWebhookEndpoint: { secret: string; endpoint: { id: string; secretHint: string } };
      }>(CREATE_ENDPOINT, { input: { name, url: `${receiver.url}${path}`, format } })
    ).createWebhookEndpoint;
  }

  it('fires once when a condition starts to hold, not again while it holds, and again after it stopped', async () => {
    const { createAlertRule: rule } = await ok<{ createAlertRule: { id: string } }>(CREATE_RULE, {
      input: { name: 'Backlog of three', kind: 'BACKLOG', threshold: 3, notifyInApp: false },
    });
    expect(await ok(EVALUATE)).toEqual({ evaluateAlertRules: { rules: 1, fired: 1 } });
    expect(await ok(EVALUATE)).toEqual({ evaluateAlertRules: { rules: 1, fired: 0 } });
    // A higher threshold: the condition stops holding (nothing is sent for that) …
    await ok(UPDATE_RULE, { input: { id: rule.id, threshold: 4 } });
    expect(await ok(EVALUATE)).toEqual({ evaluateAlertRules: { rules: 1, fired: 0 } });
    // … and when it holds again, it fires again.
    await ok(UPDATE_RULE, { input: { id: rule.id, threshold: 3 } });
    expect(await ok(EVALUATE)).toEqual({ evaluateAlertRules: { rules: 1, fired: 1 } });
    // A disabled rule is not judged.
    await ok(UPDATE_RULE, { input: { id: rule.id, enabled: false } });
    expect(await ok(EVALUATE)).toEqual({ evaluateAlertRules: { rules: 0, fired: 0 } });
    const fired = await api.app.get(AlertEvaluator).evaluate();
    expect(fired).toEqual({ rules: 0, fired: 0 });
  });

  it('signs each webhook, retries a failing receiver with backoff until it recovers, logs every attempt, and replays', async () => {
    const json = await endpoint('Ops hook', '/ops');
    const slack = await endpoint('Slack #service', '/slack', 'SLACK');
    const teams = await endpoint('Teams channel', '/teams', 'TEAMS');
    expect(json.endpoint.secretHint).toBe(`…${json.secret.slice(-4)}`);
    receiver.answer('/ops', 500);
    await ok(CREATE_RULE, {
      input: {
        name: 'Backlog alarm',
        kind: 'BACKLOG',
        threshold: 2,
        emailTo: ['Lead@Example.org'],
        endpointIds: [json.endpoint.id, slack.endpoint.id, teams.endpoint.id],
      },
    });
    expect(await ok(EVALUATE)).toEqual({ evaluateAlertRules: { rules: 1, fired: 1 } });

    // First round: three webhooks and the e-mail are attempted; the ops receiver fails.
    expect(await runDue()).toBe(4);
    expect(await runDue()).toBe(0);
    let log = await deliveries();
    const ops = () => log.find((d) => d.endpoint?.id === json.endpoint.id && !d.replayOf)!;
    expect(ops()).toMatchObject({
      status: 'RETRYING',
      attempts: [{ statusCode: 500, error: 'HTTP 500' }],
    });
    expect(Date.parse(ops().nextAttemptAt!)).toBe(now.getTime() + FIRST_RETRY_MS);
    // No SMTP server in this test: the mail goes to the outbox, stored with its subject.
    expect(log.find((d) => d.channel === 'EMAIL')).toMatchObject({
      status: 'DELIVERED',
      emailTo: 'lead@example.org',
      attempts: [{ error: null }],
    });
    const mails = await api.app
      .get(DataSource)
      .query<{ subject: string; transport: string }[]>(
        `SELECT subject, transport FROM mail_messages WHERE recipient = 'lead@example.org'`,
      );
    expect(mails).toEqual([
      { subject: expect.stringMatching(/^\[Fulcrum\] /), transport: 'outbox' },
    ]);
    expect(log.find((d) => d.endpoint?.id === slack.endpoint.id)!.status).toBe('DELIVERED');

    // Not before its time; then the retry succeeds.
    advance(FIRST_RETRY_MS - 1000);
    expect(await runDue()).toBe(0);
    advance(1000);
    expect(await runDue()).toBe(1);
    log = await deliveries();
    expect(ops().status).toBe('DELIVERED');
    expect(ops().nextAttemptAt).toBeNull();
    expect(ops().attempts.map((a) => [a.statusCode, a.error])).toEqual([
      [500, 'HTTP 500'],
      [200, null],
    ]);
    expect(ops().attempts.every((a) => a.durationMs >= 0)).toBe(true);

    // Every ops request carries a valid signature over the exact body, a timestamp that is the
    // body's sentAt, and the delivery's id (the same across retries).
    const opsRequests = receiver.received.filter((r) => r.path === '/ops');
    expect(opsRequests).toHaveLength(2);
    for (const request of opsRequests) {
      expect(
        verifySignature(
          json.secret,
          request.body,
          request.headers['x-fulcrum-signature'] as string,
        ),
      ).toBe(true);
      expect(
        verifySignature(
          slack.secret,
          request.body,
          request.headers['x-fulcrum-signature'] as string,
        ),
      ).toBe(false);
      const body = JSON.parse(request.body) as {
        type: string;
        deliveryId: string;
        sentAt: string;
        event: { title: string };
      };
      expect(body.type).toBe('alert.fired');
      expect(request.headers['x-fulcrum-timestamp']).toBe(String(Date.parse(body.sentAt) / 1000));
      expect(request.headers['x-fulcrum-delivery']).toBe(ops().id);
      expect(body.event.title).toBe('Backlog alarm: 3 open items (threshold 2)');
    }
    expect(JSON.parse(opsRequests[1].body).sentAt).toBe(ops().attempts[1].at);

    // Slack and Teams get their own formats.
    const slackBody = JSON.parse(receiver.received.find((r) => r.path === '/slack')!.body);
    expect(slackBody.text).toBe('Backlog alarm: 3 open items (threshold 2)');
    expect(slackBody.blocks[0]).toMatchObject({ type: 'header' });
    const teamsBody = JSON.parse(receiver.received.find((r) => r.path === '/teams')!.body);
    expect(teamsBody).toMatchObject({
      '@type': 'MessageCard',
      title: 'Backlog alarm: 3 open items (threshold 2)',
    });

    // Replay: a new delivery, sent again, under the first delivery's id (so a receiver that
    // remembers ids handles it once).
    const replay = await ok<{
      replayAlertDelivery: { id: string; status: string; replayOf: string };
    }>(REPLAY, {
      input: { id: ops().id },
    });
    expect(replay.replayAlertDelivery).toMatchObject({ status: 'PENDING', replayOf: ops().id });
    expect(await runDue()).toBe(1);
    const again = receiver.received.filter((r) => r.path === '/ops');
    expect(again).toHaveLength(3);
    expect(again[2].headers['x-fulcrum-delivery']).toBe(ops().id);
    expect(JSON.parse(again[2].body).deliveryId).toBe(ops().id);
    expect(
      verifySignature(
        json.secret,
        again[2].body,
        again[2].headers['x-fulcrum-signature'] as string,
      ),
    ).toBe(true);
    log = await deliveries();
    expect(log.find((d) => d.id === replay.replayAlertDelivery.id)).toMatchObject({
      status: 'DELIVERED',
      attempts: [{ statusCode: 200 }],
    });
  });

  it('gives up at once on a refusal that will not change, and backs off exponentially on errors', async () => {
    const gone = await endpoint('Gone', '/gone');
    const down = await endpoint('Down', '/down');
    receiver.answer('/gone', 404);
    receiver.answer('/down', 503, 503, 503);
    await ok(CREATE_RULE, {
      input: {
        name: 'Backlog watch',
        kind: 'BACKLOG',
        threshold: 1,
        notifyInApp: false,
        endpointIds: [gone.endpoint.id, down.endpoint.id],
      },
    });
    await ok(EVALUATE);
    expect(await runDue()).toBe(2);
    const byEndpoint = async (id: string) =>
      (await deliveries()).find((d) => d.endpoint?.id === id)!;
    expect(await byEndpoint(gone.endpoint.id)).toMatchObject({
      status: 'FAILED',
      nextAttemptAt: null,
    });
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const delivery = await byEndpoint(down.endpoint.id);
      const due = Date.parse(delivery.nextAttemptAt!);
      waits.push(due - now.getTime());
      now = new Date(due);
      expect(await runDue()).toBe(1);
    }
    expect(waits).toEqual([FIRST_RETRY_MS, 2 * FIRST_RETRY_MS, 4 * FIRST_RETRY_MS]);
    expect((await byEndpoint(down.endpoint.id)).attempts.map((a) => a.statusCode)).toEqual([
      503, 503, 503, 200,
    ]);
  });

  it('tells each manager in the app, read and unread', async () => {
    const other = await api.graphql<{ notifications: { unread: number } }>(
      NOTIFICATIONS,
      { input: {} },
      await api.as(Role.PROCESS_OWNER),
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { notifications } = await ok<{
      notifications: {
        unread: number;
        items: { id: string; readAt: string | null; event: { title: string } }[];
      };
    }>(NOTIFICATIONS, { input: {} });
    // Only the rules that notify in the app: "Backlog alarm" (the others were set not to).
    expect(notifications.items.map((n) => n.event.title)).toEqual([
      'Backlog alarm: 3 open items (threshold 2)',
    ]);
    expect(notifications.unread).toBe(1);
    expect(await ok(MARK_READ, { input: { ids: [notifications.items[0].id] } })).toEqual({
      markNotificationsRead: 1,
    });
    const after = await ok<{
      notifications: { unread: number; items: { readAt: string | null }[] };
    }>(NOTIFICATIONS, {
      input: { unreadOnly: true },
    });
    expect(after.notifications).toEqual({ unread: 0, items: [] });
  });

  it('lets two replicas share the delivery queue without sending any delivery twice', async () => {
    const replica = await startTestApp({
      shareDatabaseOf: api,
      config: { webhooksAllowPrivate: true },
    });
    try {
      jest.spyOn(replica.app.get(Clock), 'now').mockImplementation(() => now);
      const endpoints = [];
      for (let n = 1; n <= 6; n += 1) endpoints.push(await endpoint(`Shared ${n}`, `/shared-${n}`));
      await ok(CREATE_RULE, {
        input: {
          name: 'Shared backlog',
          kind: 'BACKLOG',
          threshold: 1,
          notifyInApp: false,
          endpointIds: endpoints.map((e) => e.endpoint.id),
        },
      });
      await ok(EVALUATE);
      const sent = await Promise.all([runDue(), replica.app.get(DeliveryWorker).runDue()]);
      expect(sent[0] + sent[1]).toBe(6);
      const ids = receiver.received
        .filter((r) => r.path.startsWith('/shared-'))
        .map((r) => r.headers['x-fulcrum-delivery']);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
    } finally {
      await replica.app.close();
    }
  });

  it('never returns an endpoint secret after creation', async () => {
    const schema = await ok<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "WebhookEndpoint") { fields { name } } }',
    );
    expect(schema.__type.fields.map((f) => f.name)).not.toContain('secret');
    expect(schema.__type.fields.map((f) => f.name)).toContain('secretHint');
  });

  it.each([
    [
      'a non-http url',
      CREATE_ENDPOINT,
      { name: 'x', url: 'ftp://example.org/hook' },
      'url',
      'httpUrl',
    ],
    [
      'a url with credentials',
      CREATE_ENDPOINT,
      { name: 'x', url: 'https://u:p@example.org/hook' },
      'url',
      'noCredentials',
    ],
    ['not a url', CREATE_ENDPOINT, { name: 'x', url: 'hook' }, 'url', 'httpUrl'],
    [
      'a backlog rule without a threshold',
      CREATE_RULE,
      { name: 'x', kind: 'BACKLOG' },
      'threshold',
      'required',
    ],
    [
      'a threshold on a warning-sign rule',
      CREATE_RULE,
      { name: 'x', kind: 'WARNING_SIGN', threshold: 3 },
      'threshold',
      'notForKind',
    ],
    [
      'an unknown endpoint',
      CREATE_RULE,
      { name: 'x', kind: 'RISING', endpointIds: ['00000000-0000-4000-8000-000000000000'] },
      'endpointIds',
      'exists',
    ],
    [
      'a bad e-mail address',
      CREATE_RULE,
      { name: 'x', kind: 'RISING', emailTo: ['not-an-address'] },
      'emailTo',
      'isEmail',
    ],
    [
      'a window of 0 days',
      CREATE_RULE,
      { name: 'x', kind: 'RISING', windowDays: 0 },
      'windowDays',
      'min',
    ],
    ['a blank name', CREATE_RULE, { name: '  ', kind: 'RISING' }, 'name', 'notBlank'],
  ])(
    'refuses %s, naming the field and rule, and stores nothing',
    async (_what, mutation, input, field, rule) => {
      const before = await deliveries();
      const response = await api.graphql(mutation, { input }, manager);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, rule })]),
      );
      expect(await deliveries()).toEqual(before);
    },
  );
});
