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
// The page draws two recharts charts: on a busy machine the answer can take a few seconds to
// render, so every wait allows for it and each test has room for its waits.
const TEAMS_TABLE = { name: 'Load, pulse and absence per team, Oct 2026' };

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
  it('explains how anonymity is kept, and prints no hidden team’s count', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    expect(screen.getByText('How anonymity is kept')).toBeInTheDocument();
    const teams = await screen.findByRole('table', TEAMS_TABLE);
    const rows = within(teams).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Overloaded');
    expect(rows[1]).toHaveTextContent('4.3 of 5 · 86% at 4–5 (21 entries)');
    expect(rows[2]).toHaveTextContent('Only within “Other teams”');
    expect(rows[2]).not.toHaveTextContent('entries)');
    expect(
      screen.getByText(/Customer Care, Billing counted together as "Other teams"/),
    ).toBeInTheDocument();
  });

  it('says which whole months the anonymous pulse covers, and lists its groups by month', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    expect(await screen.findByText(/Whole months covered: Oct 2026\./)).toBeInTheDocument();
    expect(
      screen.getByRole('table', {
        name: 'Anonymous pulse entries per month and group, Oct 2026',
      }),
    ).toHaveTextContent('Oct 2026Repairs & Installations214.386%');
    expect(screen.getByText('Leads by 2 weeks')).toBeInTheDocument();
  });

  it('says when no whole month has ended yet, instead of showing part of one', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad({ pulseMonths: [], anonymousPulse: [] }) } });
    expect(await screen.findByText(/No whole month of Oct 2026 has ended yet/)).toBeInTheDocument();
    expect(screen.queryByText(/No group reached 5 entries/)).not.toBeInTheDocument();
  });

  it('opens a team’s open items from its row, and charts its weeks from named entries', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    const teams = await screen.findByRole('table', TEAMS_TABLE);
    expect(within(teams).getAllByRole('link', { name: '9' })[0]).toHaveAttribute(
      'href',
      expect.stringContaining('d.openAt=2026-11-01'),
    );
    const weeks = await screen.findByRole('table', {
      name: 'Repairs & Installations per week',
      hidden: true,
    });
    const rows = within(weeks).getAllByRole('row', { hidden: true });
    expect(rows[1]).toHaveTextContent('4.2');
    expect(rows[2]).toHaveTextContent('—');
  });

  it('points managers, not process owners, to the team sizes in settings', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } }, 'PROCESS_OWNER');
    await screen.findByRole('table', TEAMS_TABLE);
    expect(screen.queryByRole('link', { name: 'Settings → Teams' })).not.toBeInTheDocument();
  });

  it('keeps the chosen team’s history in the URL', async () => {
    renderStaff({ data: { staffLoad: aStaffLoad() } });
    const pick = await screen.findByLabelText('Team history');
    await userEvent.setup().selectOptions(pick, 'Customer Care');
    expect(
      await screen.findByRole('heading', { name: 'Customer Care: the last 0 weeks' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('team-view=');
  });
});
