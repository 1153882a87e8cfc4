import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterOptionsDocument } from '../organisation/graphql/options';
import { viewerMock } from '../../test/fixtures';
import { aStaffLoad } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import type { Role } from '../../graphql/generated/graphql';
import { StaffLoadDocument } from './graphql/staff';
import StaffPage from './StaffPage';

const october = {
  from: '2026-10-01',
  to: '2026-11-01',
  comparison: 'PREVIOUS',
  historyWeeks: 26,
  maxLagWeeks: 6,
};

function renderStaff(result: Mock['result'], role: Role = 'MANAGER') {
  return renderPage(<StaffPage />, {
    route: '/staff?from=2026-10&to=2026-10',
    path: '/staff',
    store: aSessionStore(aSession({ role })),
    mocks: [
      viewerMock(role),
      {
        request: { query: FilterOptionsDocument },
        result: { data: { teams: [], policies: [], themes: [] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      { request: { query: StaffLoadDocument, variables: { input: october } }, result },
    ],
  });
}

describe('StaffPage', () => {
  it('explains how anonymity is kept, and hides the pulse of a group under five', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    expect(screen.getByText('How anonymity is kept')).toBeInTheDocument();
    const teams = await screen.findByRole('table', {
      name: 'Load, pulse and absence per team, Oct 2026',
    });
    const rows = within(teams).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Overloaded');
    expect(rows[1]).toHaveTextContent('4.3 of 5 · 86% at 4–5 (21 entries)');
    expect(rows[2]).toHaveTextContent('Not shown: fewer than 5 entries');
    expect(rows[2]).not.toHaveTextContent('(3 entries)');
    expect(
      screen.getByText(/Customer Care had fewer than 5 anonymous entries/),
    ).toBeInTheDocument();
  });

  it('opens a team’s open items from its row, and charts its weeks with hidden pulses marked', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    const teams = await screen.findByRole('table', {
      name: 'Load, pulse and absence per team, Oct 2026',
    });
    expect(within(teams).getAllByRole('link', { name: '9' })[0]).toHaveAttribute(
      'href',
      expect.stringContaining('d.openAt=2026-11-01'),
    );
    const weeks = screen.getByRole('table', {
      name: 'Repairs & Installations per week',
      hidden: true,
    });
    expect(within(weeks).getAllByRole('row', { hidden: true })[2]).toHaveTextContent(
      'hidden (under 5)',
    );
  });

  it('lists the anonymous pulse groups and whether load leads complaints or waits', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    expect(
      await screen.findByRole('table', { name: 'Anonymous pulse entries per group, Oct 2026' }),
    ).toHaveTextContent('Repairs & Installations214.386%');
    expect(screen.getByText('Leads by 2 weeks')).toBeInTheDocument();
  });

  it('points managers, not process owners, to the team sizes in settings', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } }, 'PROCESS_OWNER');
    await screen.findByRole('table', { name: 'Load, pulse and absence per team, Oct 2026' });
    expect(screen.queryByRole('link', { name: 'Settings → Teams' })).not.toBeInTheDocument();
  });

  it('keeps the chosen team’s history in the URL', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    await screen.findByRole('table', { name: 'Repairs & Installations per week', hidden: true });
    await userEvent.setup().selectOptions(screen.getByLabelText('Team history'), 'Customer Care');
    expect(screen.getByTestId('location')).toHaveTextContent('team-view=');
    expect(
      screen.getByRole('heading', { name: 'Customer Care: the last 0 weeks' }),
    ).toBeInTheDocument();
  });
});
