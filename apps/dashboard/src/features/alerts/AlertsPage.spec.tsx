import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import AlertsPage from './AlertsPage';
import {
  AlertDeliveriesDocument,
  AlertRulesDocument,
  CreateWebhookEndpointDocument,
  DeleteAlertRuleDocument,
  DeleteWebhookEndpointDocument,
  EvaluateAlertRulesDocument,
  NotificationsDocument,
  ReplayAlertDeliveryDocument,
  UpdateAlertRuleDocument,
  UpdateWebhookEndpointDocument,
  WebhookEndpointsDocument,
} from './graphql/alerts';

const many = Number.POSITIVE_INFINITY;

const rulesMock = (rules: unknown[]): Mock => ({
  request: { query: AlertRulesDocument },
  result: { data: { alertRules: rules } },
  maxUsageCount: many,
});

const endpointsMock = (endpoints: unknown[]): Mock => ({
  request: { query: WebhookEndpointsDocument },
  result: { data: { webhookEndpoints: endpoints } },
  maxUsageCount: many,
});

const deliveriesMock = (status: string | null, deliveries: unknown[]): Mock => ({
  request: { query: AlertDeliveriesDocument, variables: { input: { take: 100, status } } },
  result: { data: { alertDeliveries: deliveries } },
  maxUsageCount: many,
});

const notificationsMock = (items: unknown[], unread: number): Mock => ({
  request: { query: NotificationsDocument, variables: { input: { take: 20 } } },
  result: { data: { notifications: { __typename: 'Notifications', unread, items } } },
  maxUsageCount: many,
});

const backlogRule = {
  __typename: 'AlertRule',
  id: 'r1',
  name: 'Backlog alarm',
  kind: 'BACKLOG',
  sign: null,
  dimension: null,
  threshold: 300,
  windowDays: 28,
  enabled: true,
  notifyInApp: true,
  emailTo: ['lead@example.org'],
  endpointIds: ['e1'],
};

const opsEndpoint = {
  __typename: 'WebhookEndpoint',
  id: 'e1',
  name: 'Ops receiver',
  url: 'https://ops.example.org/fulcrum',
  format: 'JSON',
  secretHint: '…x9Qa',
  enabled: true,
};

const event = {
  __typename: 'AlertEvent',
  id: 'v1',
  title: 'Backlog alarm: 312 open items (threshold 300)',
  firedAt: '2026-11-20T09:00:00.000Z',
};

const retriedDelivery = {
  __typename: 'AlertDelivery',
  id: 'd1',
  channel: 'WEBHOOK',
  status: 'DELIVERED',
  emailTo: null,
  replayOf: null,
  nextAttemptAt: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  ruleName: 'Backlog alarm',
  endpointName: 'Ops receiver',
  endpoint: { __typename: 'WebhookEndpoint', id: 'e1', name: 'Ops receiver' },
  event,
  attempts: [
    {
      __typename: 'DeliveryAttempt',
      at: '2026-11-20T09:00:01.000Z',
      statusCode: 500,
      error: 'HTTP 500',
      durationMs: 41,
    },
    {
      __typename: 'DeliveryAttempt',
      at: '2026-11-20T09:00:31.000Z',
      statusCode: 200,
      error: null,
      durationMs: 12,
    },
  ],
};

const unreadNotification = {
  __typename: 'AlertNotification',
  id: 'n1',
  readAt: null,
  event: {
    ...event,
    message: 'The backlog holds 312 open items, at or above the rule’s 300.',
    link: '/bottlenecks?from=2026-10&to=2026-11',
  },
};

function renderAlerts(route: string, mocks: Mock[], role = 'MANAGER') {
  return renderPage(<AlertsPage />, {
    route,
    path: '/alerts',
    store: aSessionStore(aSession({ role: role as never })),
    mocks: [viewerMock(role as never), ...mocks],
  });
}

describe('AlertsPage', () => {
  it('shows the manager’s notifications, the rules, the endpoints (secret hint only) and each delivery attempt', async () => {
    renderAlerts('/alerts', [
      notificationsMock([unreadNotification], 1),
      rulesMock([backlogRule]),
      endpointsMock([opsEndpoint]),
      deliveriesMock(null, [retriedDelivery]),
    ]);
    const notifications = await screen.findByRole('region', { name: 'Notifications (1 unread)' });
    expect(within(notifications).getByRole('link', { name: event.title })).toHaveAttribute(
      'href',
      '/bottlenecks?from=2026-10&to=2026-11',
    );
    const rules = screen.getByRole('region', { name: 'Rules' });
    expect(await within(rules).findByText('300 open items or more')).toBeInTheDocument();
    expect(within(rules).getByText('Tells: In the app · 1 e-mail · 1 webhook')).toBeInTheDocument();
    const endpoints = screen.getByRole('region', { name: 'Webhook endpoints' });
    expect(await within(endpoints).findByText('…x9Qa')).toBeInTheDocument();
    const attempts = await screen.findByRole('list', { name: `Attempts for ${event.title}` });
    expect(
      within(attempts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('HTTP 500 in 41 ms'),
      expect.stringContaining('HTTP 200 in 12 ms'),
    ]);
  });

  it('replays a delivery and says so; an admin sees its rule, not what the alert said', async () => {
    const replayed: Mock = {
      request: { query: ReplayAlertDeliveryDocument, variables: { input: { id: 'd1' } } },
      result: { data: { replayAlertDelivery: { __typename: 'AlertDelivery', id: 'd2' } } },
    };
    // The API answers event: null to admins (its figures are insights).
    const asAdminSees = { ...retriedDelivery, event: null };
    renderAlerts(
      '/alerts',
      [rulesMock([]), endpointsMock([]), deliveriesMock(null, [asAdminSees]), replayed],
      'ADMIN',
    );
    const title = 'Alert of the rule Backlog alarm';
    await userEvent.click(
      await screen.findByRole('button', { name: `Send “${title}” to Ops receiver again` }),
    );
    expect(
      await screen.findByText(`“${title}” will be sent again within seconds.`),
    ).toBeInTheDocument();
    expect(screen.queryByText(event.title)).not.toBeInTheDocument();
    // Admins configure alerts but are not told them.
    expect(screen.queryByRole('region', { name: /Notifications/ })).not.toBeInTheDocument();
  });

  it('keeps the log’s status filter in the address', async () => {
    renderAlerts(
      '/alerts?status=failed',
      [
        rulesMock([]),
        endpointsMock([]),
        deliveriesMock('FAILED', []),
        deliveriesMock(null, [retriedDelivery]),
      ],
      'ADMIN',
    );
    expect(await screen.findByText('Nothing delivered yet')).toBeInTheDocument();
    expect(screen.getByLabelText('Show')).toHaveValue('FAILED');
    await userEvent.selectOptions(screen.getByLabelText('Show'), '');
    expect(screen.getByTestId('location').textContent).toBe('/alerts');
    expect(await screen.findByText('Ops receiver')).toBeInTheDocument();
  });

  it('shows a new endpoint’s secret once, and refuses a URL that is not http(s) before sending', async () => {
    const created: Mock = {
      request: {
        query: CreateWebhookEndpointDocument,
        variables: {
          input: {
            name: 'Slack #service',
            url: 'https://hooks.slack.com/services/T/B/X',
            format: 'SLACK',
          },
        },
      },
      result: {
        data: {
          createWebhookEndpoint: {
            __typename: 'CreatedWebhookEndpoint',
            secret: 'whsec_secret-shown-once',
            endpoint: { __typename: 'WebhookEndpoint', id: 'e2', name: 'Slack #service' },
          },
        },
      },
    };
    renderAlerts(
      '/alerts',
      [rulesMock([]), endpointsMock([]), deliveriesMock(null, []), created],
      'ADMIN',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'New endpoint' }));
    const form = screen.getByRole('form', { name: 'New webhook endpoint' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Slack #service');
    await userEvent.type(within(form).getByLabelText('URL'), 'ftp://hooks.example.org');
    await userEvent.click(within(form).getByRole('button', { name: 'Save endpoint' }));
    expect(
      await within(form).findByText('The URL must be an http or https address.'),
    ).toBeInTheDocument();
    await userEvent.clear(within(form).getByLabelText('URL'));
    await userEvent.type(
      within(form).getByLabelText('URL'),
      'https://hooks.slack.com/services/T/B/X',
    );
    await userEvent.selectOptions(within(form).getByLabelText('Body format'), 'SLACK');
    await userEvent.click(within(form).getByRole('button', { name: 'Save endpoint' }));
    expect(await screen.findByText('whsec_secret-shown-once')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByText('whsec_secret-shown-once')).not.toBeInTheDocument();
  });

  it('checks the rules on request and says what fired', async () => {
    const evaluated: Mock = {
      request: { query: EvaluateAlertRulesDocument },
      result: {
        data: { evaluateAlertRules: { __typename: 'AlertEvaluation', rules: 3, fired: 2 } },
      },
    };
    renderAlerts(
      '/alerts',
      [rulesMock([backlogRule]), endpointsMock([]), deliveriesMock(null, []), evaluated],
      'ADMIN',
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Check rules now' }));
    expect(await screen.findByText('3 rules checked: 2 fired.')).toBeInTheDocument();
  });

  it('says when the rules cannot be loaded', async () => {
    renderAlerts(
      '/alerts',
      [
        { request: { query: AlertRulesDocument }, result: apiError('FORBIDDEN', 'Not allowed') },
        endpointsMock([]),
        deliveriesMock(null, []),
      ],
      'ADMIN',
    );
    expect(await screen.findByText('The alert rules could not be loaded')).toBeInTheDocument();
  });

  it('lets a manager edit every setting of a rule, and delete it', async () => {
    const updated: Mock = {
      request: {
        query: UpdateAlertRuleDocument,
        variables: {
          input: {
            id: 'r1',
            name: 'Backlog over 250',
            kind: 'BACKLOG',
            sign: null,
            dimension: null,
            threshold: 250,
            windowDays: 28,
            notifyInApp: false,
            emailTo: ['lead@example.org', 'ops@example.org'],
            endpointIds: [],
          },
        },
      },
      result: {
        data: {
          updateAlertRule: {
            __typename: 'AlertRule',
            id: 'r1',
            name: 'Backlog over 250',
            enabled: true,
          },
        },
      },
    };
    const deleted: Mock = {
      request: { query: DeleteAlertRuleDocument, variables: { input: { id: 'r1' } } },
      result: { data: { deleteAlertRule: 'r1' } },
    };
    renderAlerts('/alerts', [
      notificationsMock([], 0),
      rulesMock([backlogRule]),
      endpointsMock([opsEndpoint]),
      deliveriesMock(null, []),
      updated,
      deleted,
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Backlog alarm' }));
    const form = screen.getByRole('form', { name: 'Edit the rule Backlog alarm' });
    expect(within(form).getByLabelText('Open items, at or above')).toHaveValue('300');
    await userEvent.clear(within(form).getByLabelText('Name'));
    await userEvent.type(within(form).getByLabelText('Name'), 'Backlog over 250');
    await userEvent.clear(within(form).getByLabelText('Open items, at or above'));
    await userEvent.type(within(form).getByLabelText('Open items, at or above'), '250');
    await userEvent.click(within(form).getByLabelText('Tell managers in the app'));
    await userEvent.type(within(form).getByLabelText(/E-mail to/), ', ops@example.org');
    await userEvent.click(within(form).getByLabelText('Ops receiver'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save rule' }));
    expect(await screen.findByText('Rule “Backlog over 250” saved.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Delete Backlog alarm' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete rule' }));
    expect(await screen.findByText('Rule “Backlog alarm” deleted.')).toBeInTheDocument();
  });

  it('shows admins the rules without letting them write them', async () => {
    renderAlerts(
      '/alerts',
      [rulesMock([backlogRule]), endpointsMock([]), deliveriesMock(null, [])],
      'ADMIN',
    );
    expect(await screen.findByText('300 open items or more')).toBeInTheDocument();
    expect(screen.getByText(/Managers write the rules/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New rule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Backlog alarm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Backlog alarm' })).not.toBeInTheDocument();
  });

  it('lets an admin edit an endpoint’s URL, shows the API’s refusal, and deletes it', async () => {
    const edit = (url: string) => ({
      query: UpdateWebhookEndpointDocument,
      variables: { input: { id: 'e1', name: 'Ops receiver', url, format: 'JSON' } },
    });
    const refusedUrl: Mock = {
      request: edit('http://169.254.169.254/latest'),
      result: apiError('BAD_USER_INPUT', 'url must reach a public address'),
    };
    const saved: Mock = {
      request: edit('https://ops2.example.org/fulcrum'),
      result: {
        data: {
          updateWebhookEndpoint: {
            ...opsEndpoint,
            url: 'https://ops2.example.org/fulcrum',
          },
        },
      },
    };
    const deleted: Mock = {
      request: { query: DeleteWebhookEndpointDocument, variables: { input: { id: 'e1' } } },
      result: { data: { deleteWebhookEndpoint: 'e1' } },
    };
    const orphan = {
      ...retriedDelivery,
      id: 'd9',
      status: 'FAILED',
      endpoint: null,
      endpointName: 'Old hook',
      event: null,
    };
    renderAlerts(
      '/alerts',
      [
        rulesMock([]),
        endpointsMock([opsEndpoint]),
        deliveriesMock(null, [orphan]),
        refusedUrl,
        saved,
        deleted,
      ],
      'ADMIN',
    );
    // A deleted endpoint's deliveries stay, named as it was; they cannot be replayed.
    expect(await screen.findByText('Old hook (deleted)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /again$/ })).not.toBeInTheDocument();

    await userEvent.click(await screen.findByRole('button', { name: 'Edit Ops receiver' }));
    const form = screen.getByRole('form', { name: 'Edit the endpoint Ops receiver' });
    const url = within(form).getByLabelText('URL');
    await userEvent.clear(url);
    await userEvent.type(url, 'http://169.254.169.254/latest');
    await userEvent.click(within(form).getByRole('button', { name: 'Save endpoint' }));
    expect(await within(form).findByText(/url must reach a public address/i)).toBeInTheDocument();
    await userEvent.clear(url);
    await userEvent.type(url, 'https://ops2.example.org/fulcrum');
    await userEvent.click(within(form).getByRole('button', { name: 'Save endpoint' }));
    expect(await screen.findByText('Endpoint “Ops receiver” saved.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Delete Ops receiver' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete endpoint' }));
    expect(await screen.findByText('Endpoint “Ops receiver” deleted.')).toBeInTheDocument();
  });
});
