import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../graphql/generated/graphql';
import { apiError, viewerMock } from '../../test/fixtures';
import { aDrilldown, care, october, repairs } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { FilterOptionsDocument } from '../organisation/graphql/options';
import AttentionPage from './AttentionPage';
import { AssignItemOwnerDocument, AttentionDocument } from './graphql/attention';

const ITEM = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const STAFF = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const EVENT = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const input = (staleDays = 7) => ({
  from: '2026-10-01',
  to: '2026-11-01',
  comparison: 'PREVIOUS',
  staleDays,
  limit: 50,
});

const count = (n: number, drilldown = {}) => ({
  __typename: 'ItemCount' as const,
  count: n,
  drilldown: aDrilldown({ receivedFrom: null, receivedTo: null, ...drilldown }),
});
const group = (label: string, items: number, teamId: string | null) => ({
  __typename: 'EscalationGroup' as const,
  label,
  teamId,
  escalations: items,
  items: count(items, { eventTypes: ['ESCALATED'], escalatedTo: teamId ? null : label }),
  escalatedShare: teamId
    ? { __typename: 'Share' as const, successes: items, trials: 40, share: items / 40 }
    : null,
  resolved: 1,
  returned: 1,
  open: items - 2,
  resolvedShare: { __typename: 'Share' as const, successes: 1, trials: 2, share: 0.5 },
  medianDaysToOutcome: 2.5,
});

function anAttention(items = 1) {
  return {
    __typename: 'Attention' as const,
    asOf: '2026-11-20T12:00:00.000Z',
    staleDays: 7,
    period: october,
    open: count(40, { statuses: ['NEW', 'IN_PROGRESS'] }),
    needsAttention: count(items ? 12 : 0, { needsAttentionDays: 7 }),
    firstResponseOverdue: count(3, { overdue: 'FIRST_RESPONSE' }),
    resolutionOverdue: count(5, { overdue: 'RESOLUTION' }),
    noUpdate: count(9, { noUpdateForDays: 7 }),
    sinceLastUpdate: {
      __typename: 'SinceUpdate' as const,
      items: 40,
      p50Days: 3.2,
      p90Days: 11.5,
      drilldown: aDrilldown({ receivedFrom: null, receivedTo: null }),
    },
    items: Array.from({ length: items }, () => ({
      __typename: 'AttentionItem' as const,
      id: ITEM,
      kind: 'COMPLAINT' as const,
      priority: 'HIGH' as const,
      status: 'WAITING_INTERNAL' as const,
      team: repairs,
      receivedAt: '2026-11-02T09:00:00.000Z',
      lastUpdateAt: '2026-11-05T09:00:00.000Z',
      daysSinceUpdate: 15.1,
      reasons: ['RESOLUTION_OVERDUE' as const, 'NO_UPDATE' as const],
      hoursOverdue: 52,
      escalations: 1,
      owner: {
        __typename: 'AttentionOwner' as const,
        userId: null,
        name: 'Repairs & Installations',
        source: 'TEAM' as const,
      },
    })),
    byTeam: [
      {
        __typename: 'AttentionTeam' as const,
        team: repairs,
        open: count(30, { teamIds: [repairs.id] }),
        needsAttention: count(10, { teamIds: [repairs.id], needsAttentionDays: 7 }),
        firstResponseOverdue: count(2),
        resolutionOverdue: count(4),
        noUpdate: count(8),
      },
    ],
    escalations: {
      __typename: 'EscalationPath' as const,
      escalations: 6,
      resolved: 2,
      returned: 2,
      open: 2,
      resolvedShare: { __typename: 'Share' as const, successes: 2, trials: 4, share: 0.5 },
      medianDaysToOutcome: 2.5,
      items: count(5, { eventTypes: ['ESCALATED'] }),
      byTeam: [group('Repairs & Installations', 4, repairs.id)],
      byDestination: [group('Service Desk Lead', 4, null)],
      recent: [
        {
          __typename: 'EscalationRecord' as const,
          eventId: EVENT,
          itemId: ITEM,
          escalatedAt: '2026-10-12T10:00:00.000Z',
          by: 'Aisha Khan',
          to: 'Service Desk Lead',
          reason: 'Customer asks for a manager, call [PHONE]',
          team: care,
          state: 'OPEN' as const,
          recordedOutcome: null,
          outcomeAt: null,
        },
      ],
    },
    assignable: [{ __typename: 'NamedRef' as const, id: STAFF, name: 'Aisha Khan' }],
  };
}

const filterOptions: Mock = {
  request: { query: FilterOptionsDocument },
  result: { data: { teams: [], policies: [], themes: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const attentionMock = (result: Mock['result'], staleDays = 7, times = 1): Mock => ({
  request: { query: AttentionDocument, variables: { input: input(staleDays) } },
  result,
  maxUsageCount: times,
});

function renderAttention(
  mocks: Mock[],
  role: Role = 'MANAGER',
  route = '/attention?from=2026-10&to=2026-10',
) {
  return renderPage(<AttentionPage />, {
    route,
    path: '/attention',
    store: aSessionStore(aSession({ role })),
    mocks: [viewerMock(role), filterOptions, ...mocks],
  });
}

describe('AttentionPage', () => {
  it('warns how many open items need attention, each figure a link to exactly those items', async () => {
    renderAttention([attentionMock({ data: { attention: anAttention() } })]);
    expect(await screen.findByText(/12 of 40 open items need attention/)).toBeInTheDocument();
    const figures = screen.getByRole('region', { name: 'Open items now' });
    expect(
      within(figures).getByRole('link', { name: 'Past resolution target: 5. Show the items' }),
    ).toHaveAttribute('href', expect.stringContaining('d.overdue=resolution'));
    expect(
      within(figures).getByRole('link', { name: 'Need attention: 12. Show the items' }),
    ).toHaveAttribute('href', expect.stringContaining('d.needsAttentionDays=7'));
    expect(figures).toHaveTextContent('median; 90th percentile 11.5 days, of 40 items');
  });

  it('lists the items with why they need attention and lets a manager assign an owner', async () => {
    const assign: Mock = {
      request: {
        query: AssignItemOwnerDocument,
        variables: { input: { itemId: ITEM, ownerId: STAFF } },
      },
      result: {
        data: {
          assignItemOwner: {
            __typename: 'ItemOwnerAssignment',
            itemId: ITEM,
            ownerId: STAFF,
            ownerName: 'Aisha Khan',
          },
        },
      },
    };
    const assigned = anAttention();
    assigned.items[0].owner = {
      __typename: 'AttentionOwner',
      userId: STAFF as never,
      name: 'Aisha Khan',
      source: 'ASSIGNED' as never,
    };
    renderAttention([
      attentionMock({ data: { attention: anAttention() } }),
      assign,
      attentionMock({ data: { attention: assigned } }),
    ]);
    const table = await screen.findByRole('table', { name: /need attention, most overdue first/ });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Past resolution target');
    expect(row).toHaveTextContent('No update');
    expect(within(row).getByRole('link', { name: 'Complaint · High' })).toHaveAttribute(
      'href',
      `/explorer/items/${ITEM}`,
    );
    const owner = within(row).getByLabelText('Owner of this item');
    expect(owner).toHaveDisplayValue('Repairs & Installations (team)');
    await userEvent.selectOptions(owner, STAFF);
    // The list is read again after the assignment and shows the person assigned.
    await waitFor(() =>
      expect(within(table).getByLabelText('Owner of this item')).toHaveValue(STAFF),
    );
  });

  it('shows process owners who owns what without letting them assign', async () => {
    renderAttention([attentionMock({ data: { attention: anAttention() } })], 'PROCESS_OWNER');
    const table = await screen.findByRole('table', { name: /need attention, most overdue first/ });
    expect(within(table).queryByLabelText('Owner of this item')).not.toBeInTheDocument();
    expect(table).toHaveTextContent('Repairs & Installationsteam');
  });

  it('keeps the "no update for" line in the address', async () => {
    renderAttention([
      attentionMock({ data: { attention: anAttention() } }),
      attentionMock({ data: { attention: { ...anAttention(), staleDays: 14 } } }, 14),
    ]);
    await screen.findByRole('table', { name: /need attention, most overdue first/ });
    await userEvent.selectOptions(screen.getByLabelText('No update for'), '14');
    expect(screen.getByTestId('location').textContent).toContain('stale=14');
  });

  it('measures the escalation path with links to the items, by team and destination', async () => {
    renderAttention([attentionMock({ data: { attention: anAttention() } })]);
    const card = await screen.findByRole('region', {
      name: 'Escalations, items received in Oct 2026',
    });
    expect(card).toHaveTextContent(
      'escalated 6 times: 2 resolved, 2 returned to the front line, 2 still open',
    );
    const destinations = within(card).getByRole('table', { name: 'Escalations by escalated to' });
    expect(within(destinations).getByRole('link', { name: '4' })).toHaveAttribute(
      'href',
      expect.stringContaining('d.escalatedTo=Service+Desk+Lead'),
    );
    expect(card).toHaveTextContent('Aisha Khan → Service Desk Lead');
    expect(within(card).getByRole('button', { name: 'Returned' })).toBeInTheDocument();
  });

  it('says when nothing needs attention', async () => {
    renderAttention([attentionMock({ data: { attention: anAttention(0) } })]);
    expect(await screen.findByText('Nothing needs attention')).toBeInTheDocument();
  });

  it('shows the error when the figures cannot be read', async () => {
    renderAttention([attentionMock(apiError('FORBIDDEN', 'Your role may not do this.'))]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'What needs attention could not be loaded',
    );
  });
});
