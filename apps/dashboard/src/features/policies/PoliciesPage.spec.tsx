import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { FilterOptionsDocument } from '../organisation/graphql/options';
import { viewerMock } from '../../test/fixtures';
import { aPolicyFriction, receiptRule } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { PolicyFrictionDocument } from './graphql/policies';
import PoliciesPage from './PoliciesPage';

const october = { from: '2026-10-01', to: '2026-11-01', comparison: 'PREVIOUS' };

const mocks = (result: Mock['result']): Mock[] => [
  viewerMock('PROCESS_OWNER'),
  {
    request: { query: FilterOptionsDocument },
    result: { data: { teams: [], policies: [], themes: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: {
      query: PolicyFrictionDocument,
      variables: {
        input: { ...october, limit: 20, quotes: 5 },
        rising: { ...october, counting: 'COMPLAINTS', limit: 50 },
      },
    },
    result,
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

function renderPolicies(route: string, result: Mock['result'] = { data: aPolicyFriction() }) {
  return renderPage(<PoliciesPage />, {
    route,
    path: '/policies',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: mocks(result),
    routes: <Route path="/actions/new" element={<p>New action form</p>} />,
  });
}

describe('PoliciesPage', () => {
  it('ranks the hotspots with the parts of their score, in words for screen readers', async () => {
    renderPolicies('/policies?from=2026-10&to=2026-10');
    const table = await screen.findByRole('table', {
      name: 'Policies ranked by friction, Oct 2026',
    });
    const first = within(table).getAllByRole('row')[1];
    expect(first).toHaveTextContent('1Refunds need a receipt51');
    expect(first).toHaveTextContent(
      'out of 100: complaints 11, a rising trend 10, negative sentiment 8',
    );
    expect(screen.getByRole('list', { name: 'Parts of the friction score' })).toHaveTextContent(
      'hard noes',
    );
  });

  it('opens a hotspot from the list: its evidence, redacted, and its trend', async () => {
    renderPolicies('/policies?from=2026-10&to=2026-10');
    const table = await screen.findByRole('table', {
      name: 'Policies ranked by friction, Oct 2026',
    });
    await userEvent.setup().click(within(table).getByRole('link', { name: receiptRule.name }));
    const title = await screen.findByRole('heading', { name: receiptRule.name, level: 2 });
    expect(title).toHaveFocus();
    expect(screen.getByTestId('location')).toHaveTextContent(`policy-view=${receiptRule.id}`);
    const quotes = screen.getByRole('list', {
      name: `Quotes about “${receiptRule.name}”, personal data masked`,
    });
    expect(quotes).toHaveTextContent('The card was [CARD].');
    expect(within(quotes).getByRole('link', { name: 'Open the item' })).toHaveAttribute(
      'href',
      '/explorer/items/88888888-8888-4888-8888-888888888888',
    );
    expect(
      screen.getByText('Complaints linked to "Refunds need a receipt" rose 4.2×.'),
    ).toBeInTheDocument();
    const activity = screen.getByRole('region', { name: 'What happened in Oct 2026' });
    expect(within(activity).getAllByRole('link', { name: '67' })[0]).toHaveAttribute(
      'href',
      expect.stringContaining(`d.kinds=complaint&d.linkedPolicyIds=${receiptRule.id}`),
    );
  });

  it('opens an improvement action about the hotspot’s policy', async () => {
    renderPolicies(`/policies?from=2026-10&to=2026-10&policy-view=${receiptRule.id}`);
    const open = await screen.findByRole('link', { name: 'Open an improvement action' });
    expect(open).toHaveAttribute('href', `/actions/new?policy=${receiptRule.id}`);
    await userEvent.setup().click(open);
    expect(await screen.findByText('New action form')).toBeInTheDocument();
  });

  it('draws the policy × team heat map as a table whose cells open their items', async () => {
    renderPolicies('/policies?from=2026-10&to=2026-10');
    const map = await screen.findByRole('table', {
      name: 'Friction score (0–100) and linked items per policy and team, Oct 2026',
    });
    const cell = within(map).getByRole('link', {
      name: 'Refunds need a receipt in Customer Care: score 40, 82 linked items. Show the items',
    });
    expect(cell).toHaveAttribute('href', expect.stringContaining('d.teamIds='));
    expect(within(map).getAllByText('No linked items').length).toBeGreaterThan(0);
  });

  it('explains what makes a wasteful policy when there is none, and shows each policy’s trend', async () => {
    renderPolicies('/policies?from=2026-10&to=2026-10');
    expect(await screen.findByText(/No policy looks like waste in Oct 2026/)).toBeInTheDocument();
    const trends = screen
      .getByRole('heading', { name: 'Trend per policy' })
      .closest('section') as HTMLElement;
    expect(trends).toHaveTextContent(
      'Last 7 weeks: 3 to 15 a week; the 3 weeks tested: 14, 15, 13.',
    );
  });

  it('says so when no item was linked to a policy', async () => {
    const friction = aPolicyFriction();
    renderPolicies('/policies?from=2026-10&to=2026-10', {
      data: {
        ...friction,
        policyHotspots: { ...friction.policyHotspots, policies: [], matrix: [] },
      },
    });
    expect(
      await screen.findByText('No item was linked to a policy in Oct 2026'),
    ).toBeInTheDocument();
  });
});
