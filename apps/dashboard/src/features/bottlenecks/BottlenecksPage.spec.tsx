import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterOptionsDocument } from '../organisation/graphql/options';
import { apiError, viewerMock } from '../../test/fixtures';
import { aBottlenecks } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import type { Role } from '../../graphql/generated/graphql';
import BottlenecksPage from './BottlenecksPage';
import { BottlenecksDocument } from './graphql/bottlenecks';

const october = { from: '2026-10-01', to: '2026-11-01', comparison: 'PREVIOUS', limit: 15 };

const filterOptions: Mock = {
  request: { query: FilterOptionsDocument },
  result: { data: { teams: [], policies: [], themes: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderBottlenecks(result: Mock['result'], role: Role = 'MANAGER') {
  return renderPage(<BottlenecksPage />, {
    route: '/bottlenecks?from=2026-10&to=2026-10',
    path: '/bottlenecks',
    store: aSessionStore(aSession({ role })),
    mocks: [
      viewerMock(role),
      filterOptions,
      { request: { query: BottlenecksDocument, variables: { input: october } }, result },
    ],
  });
}

describe('BottlenecksPage', () => {
  it('shows the flow figures, each a link to its items', async () => {
    renderBottlenecks({ data: { bottlenecks: aBottlenecks() } });
    const figures = await screen.findByRole('region', { name: 'Flow figures, Oct 2026' });
    expect(
      within(figures).getByRole('link', { name: 'Open at the end: 80. Show the items' }),
    ).toHaveAttribute('href', expect.stringContaining('d.openAt=2026-11-01'));
    expect(figures).toHaveTextContent('Median lead time21 hours');
  });

  it('says that waiting on the customer counts as waiting, and that open items are left out', async () => {
    renderBottlenecks({ data: { bottlenecks: aBottlenecks() } });
    const card = (await screen.findByRole('heading', { name: 'Time in each status' })).closest(
      '.chart-card',
    ) as HTMLElement;
    expect(card).toHaveTextContent(
      'Waiting on the customer is its own status and counts as waiting, not work; time of items still open, including those waiting on the customer now, is not counted here.',
    );
  });

  it('ranks where requests wait, with the items behind each wait', async () => {
    renderBottlenecks({ data: { bottlenecks: aBottlenecks() } });
    const waits = await screen.findByRole('table', { name: /waited longest, ranked/ });
    const rows = within(waits).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('1Repairs & Installations');
    expect(rows[2]).toHaveTextContent('Customer Care · Refunds need a receipt');
    expect(within(rows[1]).getByRole('link', { name: '39' })).toHaveAttribute(
      'href',
      expect.stringContaining('d.waitedIn=waiting_internal'),
    );
  });

  it('opens the items of a backlog age band, and lists the oldest open items', async () => {
    renderBottlenecks({ data: { bottlenecks: aBottlenecks() } });
    const bands = await screen.findByRole('table', {
      name: 'Open items by age, 1 Nov 2026',
      hidden: true,
    });
    expect(within(bands).getByRole('link', { name: '18', hidden: true })).toHaveAttribute(
      'href',
      expect.stringContaining('d.receivedTo=2026-08-03&d.openAt=2026-11-01'),
    );
    await userEvent.setup().click(screen.getByText('The 1 oldest open items'));
    expect(screen.getByRole('link', { name: '77777777' })).toHaveAttribute(
      'href',
      '/explorer/items/77777777-7777-4777-8777-777777777777',
    );
  });

  it('groups service levels by team or kind, and points managers to the targets', async () => {
    renderBottlenecks({ data: { bottlenecks: aBottlenecks() } });
    const table = await screen.findByRole('table', { name: 'Service levels by team, Oct 2026' });
    expect(table).toHaveTextContent('Repairs & Installations84%18');
    const group = screen.getByRole('group', { name: 'Group service levels by' });
    await userEvent.setup().click(within(group).getByRole('button', { name: 'By kind' }));
    expect(
      screen.getByRole('table', { name: 'Service levels by kind, Oct 2026' }),
    ).toHaveTextContent('Complaints');
    expect(screen.getByRole('link', { name: 'Settings → Service levels' })).toBeInTheDocument();
  });

  it('does not point process owners to settings they cannot open', async () => {
    renderBottlenecks({ data: { bottlenecks: aBottlenecks() } }, 'PROCESS_OWNER');
    await screen.findByRole('table', { name: 'Service levels by team, Oct 2026' });
    expect(
      screen.queryByRole('link', { name: 'Settings → Service levels' }),
    ).not.toBeInTheDocument();
  });

  it('sets lead time and first response side by side, slowest first', async () => {
    renderBottlenecks({ data: { bottlenecks: aBottlenecks() } });
    const table = await screen.findByRole('table', {
      name: 'Lead time and first response by team, Oct 2026',
    });
    const rows = within(table).getAllByRole('row').slice(2);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Repairs & Installations',
      'Customer Care',
    ]);
  });

  it('says so when nothing came in or waited', async () => {
    const empty = aBottlenecks();
    renderBottlenecks({
      data: {
        bottlenecks: {
          ...empty,
          weekly: empty.weekly.map((week) => ({ ...week, arrivals: 0 })),
          backlog: { ...empty.backlog, count: 0 },
        },
      },
    });
    expect(await screen.findByText('Nothing came in or waited in Oct 2026')).toBeInTheDocument();
  });

  it('offers no retry when the period is refused', async () => {
    renderBottlenecks(apiError('BAD_USER_INPUT', 'the period may span at most 366 days'));
    expect(await screen.findByText('The bottlenecks could not be loaded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
