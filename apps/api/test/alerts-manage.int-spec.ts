import { DeliveryWorker } from '../src/alerts/delivery.worker';
import { WebhookGuard } from '../src/alerts/webhook-guard';
import { WebhookSender } from '../src/alerts/webhook-sender';
import { Role } from '../src/auth/role.enum';
import { Clock } from '../src/common/clock';
import { AggregatesService } from '../src/insights/aggregates/aggregates.service';
import { anItem, SUBMIT_ITEMS } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';
import { startWebhookReceiver } from './support/webhook-receiver';

// Managing alerts: full edit and delete of rules and endpoints, the SSRF guard on webhook URLs
// (at save time and at send time), who sees an alert's content, and replay.

const CREATE_RULE = `mutation ($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }`;
const UPDATE_RULE = `mutation ($input: UpdateAlertRuleInput!) {
  updateAlertRule(input: $input) { id name kind threshold dimension windowDays emailTo endpointIds notifyInApp } }`;
const DELETE_RULE = `mutation ($input: IdInput!) { deleteAlertRule(input: $input) }`;
const RULES = `{ alertRules { id name endpointIds } }`;
const CREATE_ENDPOINT = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { endpoint { id } } }`;
const UPDATE_ENDPOINT = `mutation ($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) { id name url format } }`;
const DELETE_ENDPOINT = `mutation ($input: IdInput!) { deleteWebhookEndpoint(input: $input) }`;
const ENDPOINTS = `{ webhookEndpoints { id name url format } }`;
const EVALUATE = 'mutation { evaluateAlertRules { rules fired } }';
const DELIVERIES = `query ($input: AlertDeliveriesInput!) {
  alertDeliveries(input: $input) {
    id status replayOf nextAttemptAt endpointName ruleName endpoint { id }
    event { title message value }
    attempts { statusCode error } } }`;
const REPLAY = `mutation ($input: IdInput!) { replayAlertDelivery(input: $input) { id replayOf } }`;
const NOTIFICATIONS = `query { notifications(input: {}) { unread items { event { title } } } }`;

interface Delivery {
  id: string;
  status: string;
  replayOf: string | null;
  nextAttemptAt: string | null;
  endpointName: string | null;
  ruleName: string;
  endpoint: { id: string } | null;
  event: { title: string; message: string; value: number } | null;
  attempts: { statusCode: number | null; error: string | null }[];
}

describe('managing alerts: edit, delete, the address guard, who sees what, replay', () => {
  let api: TestApp;
  let manager: Caller;
  let admin: Caller;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const now = new Date('2026-03-20T09:00:00Z');

  beforeAll(async () => {
    api = await startTestApp({ config: { webhooksAllowPrivate: true } });
    manager = await api.as(Role.MANAGER);
    admin = await api.as(Role.ADMIN);
    receiver = await startWebhookReceiver();
    jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => now);
    const submitted = await api.graphql(
      SUBMIT_ITEMS,
      {
        input: {
          items: [1, 2].map((day) =>
            anItem({
              receivedAt: `2026-03-0${day}T09:00:00.000Z`,
              externalSource: 'test',
              externalId: `m${day}`,
            }),
          ),
        },
      },
      manager,
    );
    expect(submitted.errors).toBeUndefined();
    await api.app.get(AggregatesService).refresh();
  });
  afterEach(() => {
    api.config.webhooksAllowPrivate = true;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await receiver.close();
    await api.close();
  });

  const runDue = () => api.app.get(DeliveryWorker).runDue();

  async function ok<T>(query: string, variables: Record<string, unknown> = {}, caller = manager) {
    const response = await api.graphql<T>(query, variables, caller);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function refused(
    query: string,
    input: Record<string, unknown>,
    caller = manager,
  ): Promise<{ code: unknown; fields: unknown }> {
    const response = await api.graphql(query, { input }, caller);
    return {
      code: response.errors?.[0].extensions?.code,
      fields: response.errors?.[0].extensions?.fields,
    };
  }

  const deliveries = async (caller = manager) =>
    (await ok<{ alertDeliveries: Delivery[] }>(DELIVERIES, { input: { take: 100 } }, caller))
      .alertDeliveries;

  async function endpoint(name: string, path: string, caller = manager): Promise<string> {
    const data = await ok<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      CREATE_ENDPOINT,
      { input: { name, url: `${receiver.url}${path}`, format: 'JSON' } },
      caller,
    );
    return data.createWebhookEndpoint.endpoint.id;
  }

  async function rule(input: Record<string, unknown>): Promise<string> {
    const data = await ok<{ createAlertRule: { id: string } }>(CREATE_RULE, {
      input: { kind: 'BACKLOG', threshold: 1, notifyInApp: false, ...input },
    });
    return data.createAlertRule.id;
  }

  /** Fires the rule (its backlog condition holds), sends what is due, and disables it again. */
  async function fire(ruleId: string): Promise<void> {
    await ok(UPDATE_RULE, { input: { id: ruleId, enabled: true } });
    expect(await ok(EVALUATE)).toMatchObject({ evaluateAlertRules: { fired: 1 } });
    await ok(UPDATE_RULE, { input: { id: ruleId, enabled: false } });
  }

  it('edits every setting of a rule and an endpoint, with the checks of creating them', async () => {
    const hook = await endpoint('Ops', '/edit-ops');
    const id = await rule({ name: 'Backlog', enabled: false });
    const { updateAlertRule } = await ok<{ updateAlertRule: Record<string, unknown> }>(
      UPDATE_RULE,
      {
        input: {
          id,
          name: ' Rising policies ',
          kind: 'RISING',
          threshold: null,
          dimension: 'POLICY',
          windowDays: 14,
          emailTo: ['Lead@Example.org'],
          endpointIds: [hook],
          notifyInApp: true,
        },
      },
    );
    expect(updateAlertRule).toEqual({
      id,
      name: 'Rising policies',
      kind: 'RISING',
      threshold: null,
      dimension: 'POLICY',
      windowDays: 14,
      emailTo: ['lead@example.org'],
      endpointIds: [hook],
      notifyInApp: true,
    });
    // The same refusals as creating, naming the field; nothing changes.
    expect(await refused(UPDATE_RULE, { id, threshold: 5 })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'threshold', rule: 'notForKind' })],
    });
    expect(await refused(UPDATE_RULE, { id, kind: 'BACKLOG' })).toMatchObject({
      fields: [
        expect.objectContaining({ field: 'threshold', rule: 'required' }),
        expect.objectContaining({ field: 'dimension', rule: 'notForKind' }),
      ],
    });
    expect(await refused(UPDATE_RULE, { id, name: '  ' })).toMatchObject({
      fields: [expect.objectContaining({ field: 'name', rule: 'notBlank' })],
    });
    expect(await refused(UPDATE_RULE, { id, emailTo: ['nobody'] })).toMatchObject({
      fields: [expect.objectContaining({ field: 'emailTo', rule: 'isEmail' })],
    });
    const { alertRules } = await ok<{ alertRules: { id: string; name: string }[] }>(RULES);
    expect(alertRules.find((r) => r.id === id)!.name).toBe('Rising policies');

    const { updateWebhookEndpoint } = await ok<{ updateWebhookEndpoint: unknown }>(
      UPDATE_ENDPOINT,
      { input: { id: hook, name: 'Slack', url: `${receiver.url}/slack`, format: 'SLACK' } },
      admin,
    );
    expect(updateWebhookEndpoint).toEqual({
      id: hook,
      name: 'Slack',
      url: `${receiver.url}/slack`,
      format: 'SLACK',
    });
    expect(await refused(UPDATE_ENDPOINT, { id: hook, url: 'ftp://example.org/x' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'url', rule: 'httpUrl' })],
    });
    expect(await refused(UPDATE_ENDPOINT, { id: hook, url: 'http://169.254.169.254/' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'url', rule: 'publicAddress' })],
    });
    expect(await refused(UPDATE_ENDPOINT, { id: hook, name: '' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const { webhookEndpoints } = await ok<{ webhookEndpoints: { id: string; url: string }[] }>(
      ENDPOINTS,
    );
    expect(webhookEndpoints.find((e) => e.id === hook)!.url).toBe(`${receiver.url}/slack`);
  });

  it('deletes a rule with its history: alerts, notifications and deliveries, pending ones unsent', async () => {
    const hook = await endpoint('Doomed rule hook', '/doomed');
    const id = await rule({ name: 'Short-lived', notifyInApp: true, endpointIds: [hook] });
    expect(await ok(EVALUATE)).toMatchObject({ evaluateAlertRules: { fired: 1 } });
    const titles = async () =>
      (
        await ok<{ notifications: { items: { event: { title: string } }[] } }>(NOTIFICATIONS)
      ).notifications.items.map((n) => n.event.title);
    expect(await titles()).toContain('Short-lived: 2 open items (threshold 1)');
    expect((await deliveries()).filter((d) => d.ruleName === 'Short-lived')).toHaveLength(1);

    expect(await refused(DELETE_RULE, { id }, admin)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok(DELETE_RULE, { input: { id } })).toEqual({ deleteAlertRule: id });
    expect(await titles()).not.toContain('Short-lived: 2 open items (threshold 1)');
    expect((await deliveries()).filter((d) => d.ruleName === 'Short-lived')).toEqual([]);
    await runDue();
    expect(receiver.paths()).not.toContain('/doomed');
    expect(await refused(DELETE_RULE, { id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes an endpoint: rules stop naming it, its deliveries stay under its name, waiting ones fail', async () => {
    const failing = await endpoint('Flaky receiver', '/flaky', admin);
    const other = await endpoint('Steady receiver', '/steady', admin);
    receiver.answer('/flaky', 503);
    const id = await rule({ name: 'Two hooks', endpointIds: [failing, other], enabled: false });
    await fire(id);
    expect(await runDue()).toBe(2);
    const flaky = (await deliveries()).find((d) => d.endpoint?.id === failing)!;
    expect(flaky.status).toBe('RETRYING');

    expect(await ok(DELETE_ENDPOINT, { input: { id: failing } }, admin)).toEqual({
      deleteWebhookEndpoint: failing,
    });
    const { alertRules } = await ok<{ alertRules: { id: string; endpointIds: string[] }[] }>(RULES);
    expect(alertRules.find((r) => r.id === id)!.endpointIds).toEqual([other]);
    const kept = (await deliveries()).find((d) => d.id === flaky.id)!;
    expect(kept).toMatchObject({
      status: 'FAILED',
      nextAttemptAt: null,
      endpoint: null,
      endpointName: 'Flaky receiver',
      ruleName: 'Two hooks',
      attempts: [
        { statusCode: 503, error: 'HTTP 503' },
        { statusCode: null, error: 'endpoint deleted' },
      ],
    });
    const before = receiver.paths().filter((p) => p === '/flaky').length;
    await runDue();
    expect(receiver.paths().filter((p) => p === '/flaky')).toHaveLength(before);
    expect(await refused(REPLAY, { id: flaky.id })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'id', rule: 'endpointExists' })],
    });
    expect(await refused(DELETE_ENDPOINT, { id: failing }, admin)).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('shows admins the delivery log but not what the alert says; managers see it all', async () => {
    const hook = await endpoint('Log hook', '/log');
    const id = await rule({ name: 'Who sees', endpointIds: [hook], enabled: false });
    await fire(id);
    await runDue();
    const mine = (list: Delivery[]) => list.find((d) => d.ruleName === 'Who sees')!;
    expect(mine(await deliveries()).event).toEqual({
      title: 'Who sees: 2 open items (threshold 1)',
      message: expect.stringContaining('2 open items'),
      value: 2,
    });
    expect(mine(await deliveries(admin))).toMatchObject({
      event: null,
      ruleName: 'Who sees',
      endpointName: 'Log hook',
      status: 'DELIVERED',
      attempts: [{ statusCode: 200, error: null }],
    });
    // Rules decide what leaves the building and to where: the managers'.
    expect(await refused(CREATE_RULE, { name: 'x', kind: 'RISING' }, admin)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused(UPDATE_RULE, { id, endpointIds: [] }, admin)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await api.graphql(NOTIFICATIONS, {}, admin)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    for (const role of [Role.PROCESS_OWNER, Role.STAFF]) {
      const response = await api.graphql(DELIVERIES, { input: {} }, await api.as(role));
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('replays only a finished delivery, and the receiver sees the first delivery id every time', async () => {
    const hook = await endpoint('Replayed', '/replayed');
    const id = await rule({ name: 'Replays', endpointIds: [hook], enabled: false });
    await fire(id);
    const pending = (await deliveries()).find((d) => d.ruleName === 'Replays')!;
    expect(await refused(REPLAY, { id: pending.id })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'id', rule: 'finished' })],
    });
    await runDue();
    const first = await ok<{ replayAlertDelivery: { id: string; replayOf: string } }>(
      REPLAY,
      { input: { id: pending.id } },
      admin,
    );
    await runDue();
    // A replay of the replay still names the first delivery.
    const second = await ok<{ replayAlertDelivery: { id: string; replayOf: string } }>(REPLAY, {
      input: { id: first.replayAlertDelivery.id },
    });
    expect(second.replayAlertDelivery.replayOf).toBe(pending.id);
    await runDue();
    const sent = receiver.received.filter((r) => r.path === '/replayed');
    expect(sent).toHaveLength(3);
    expect(sent.map((r) => r.headers['x-fulcrum-delivery'])).toEqual([
      pending.id,
      pending.id,
      pending.id,
    ]);
    expect(sent.map((r) => (JSON.parse(r.body) as { deliveryId: string }).deliveryId)).toEqual([
      pending.id,
      pending.id,
      pending.id,
    ]);
  });

  describe('the address guard', () => {
    it.each([
      'http://localhost/hook',
      'http://127.0.0.1/hook',
      'http://2130706433/hook',
      'http://0177.0.0.1/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
      'http://172.16.0.1/hook',
      'http://192.168.1.10/hook',
      'http://[fd00::1]/hook',
      'http://[fe80::1]/hook',
      'http://224.0.0.1/hook',
      'http://0.0.0.0/hook',
      'http://no-such-host.invalid/hook',
    ])('refuses to save %s, naming url and storing nothing', async (url) => {
      api.config.webhooksAllowPrivate = false;
      const before = await ok<{ webhookEndpoints: unknown[] }>(ENDPOINTS);
      expect(await refused(CREATE_ENDPOINT, { name: 'Probe', url }, admin)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'url', rule: 'publicAddress' })],
      });
      expect(await ok(ENDPOINTS)).toEqual(before);
    });

    it('refuses at send time too: an endpoint that points at loopback fails at once, unsent', async () => {
      const hook = await endpoint('Saved while allowed', '/sneaky');
      const id = await rule({ name: 'Sneaky', endpointIds: [hook], enabled: false });
      api.config.webhooksAllowPrivate = false;
      await fire(id);
      await runDue();
      expect(receiver.paths()).not.toContain('/sneaky');
      expect((await deliveries()).find((d) => d.ruleName === 'Sneaky')).toMatchObject({
        status: 'FAILED',
        nextAttemptAt: null,
        attempts: [{ statusCode: null, error: 'address refused: 127.0.0.1 is a loopback address' }],
      });
    });

    /** A sender whose names resolve as `answers` says, counting the lookups. */
    function senderResolving(answers: (hostname: string) => string[], allowPrivate: boolean) {
      const lookups: string[] = [];
      const guard = new WebhookGuard({ webhooksAllowPrivate: allowPrivate }, async (hostname) => {
        lookups.push(hostname);
        return answers(hostname);
      });
      return { sender: new WebhookSender(guard), lookups };
    }

    it('refuses a name that resolves to loopback, or to a public and a private address', async () => {
      for (const addresses of [['127.0.0.1'], ['93.184.215.14', '10.0.0.7'], ['::ffff:7f00:1']]) {
        const { sender } = senderResolving(() => addresses, false);
        const result = await sender.post(
          `http://hooks.example.test:${receiver.port}/by-name`,
          '{}',
          {},
        );
        expect(result).toMatchObject({
          statusCode: null,
          refused: true,
          error: expect.stringMatching(
            /^address refused: hooks\.example\.test: .* is a (loopback|private) address$/,
          ),
        });
      }
      expect(receiver.paths()).not.toContain('/by-name');
    });

    it('connects to the address it checked, resolving once (a rebinding name cannot swap it)', async () => {
      // First answer loopback (allowed here), then an address nothing listens on.
      let calls = 0;
      const { sender, lookups } = senderResolving(
        () => (calls++ === 0 ? ['127.0.0.1'] : ['10.255.255.1']),
        true,
      );
      const result = await sender.post(
        `http://rebind.example.test:${receiver.port}/pinned`,
        '{}',
        {},
      );
      expect(result).toMatchObject({ statusCode: 200, error: null });
      expect(lookups).toEqual(['rebind.example.test']);
      const request = receiver.received.find((r) => r.path === '/pinned')!;
      expect(request.headers.host).toBe(`rebind.example.test:${receiver.port}`);
    });

    it('does not follow a redirect (to a private address or anywhere)', async () => {
      const { sender } = senderResolving(() => [], true);
      const result = await sender.post(`${receiver.url}/moved`, '{}', {});
      expect(result).toMatchObject({
        statusCode: 302,
        error: 'HTTP 302 (redirects are not followed)',
      });
      expect(receiver.paths()).not.toContain('/internal');
    });
  });
});
