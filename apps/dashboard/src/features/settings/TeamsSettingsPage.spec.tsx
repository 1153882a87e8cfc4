import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { CreateTeamDocument, SettingsTeamsDocument, UpdateTeamDocument } from './graphql/teams';
import { aTeam } from '../../test/settings-fixtures';
import TeamsSettingsPage from './TeamsSettingsPage';

const care = aTeam('team-care', 'Customer Care', 22, 'First point of contact.');
const it_ = aTeam('team-it', 'IT Service Desk', 8);
const teamsMock: Mock = {
  request: { query: SettingsTeamsDocument },
  result: { data: { teams: [care, it_] } },
};

function renderTeams(mocks: Mock[], role: 'ADMIN' | 'MANAGER' = 'MANAGER') {
  return renderPage(<TeamsSettingsPage />, {
    route: '/settings/teams',
    store: aSessionStore(aSession({ role })),
    mocks: [viewerMock(role), teamsMock, ...mocks],
  });
}

describe('TeamsSettingsPage', () => {
  it('lists teams with their capacity, each linked to its items', async () => {
    renderTeams([]);
    const rows = within(await screen.findByRole('table', { name: 'Teams' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Customer CareFirst point of contact.22');
    expect(within(rows[1]).getByRole('link', { name: 'Customer Care' })).toHaveAttribute(
      'href',
      '/explorer?team=team-care',
    );
  });

  it('adds a team, puts it in the list in name order and says so', async () => {
    const created = aTeam('team-hr', 'HR', 6);
    renderTeams([
      {
        request: {
          query: CreateTeamDocument,
          variables: { input: { name: 'HR', description: null, staffCount: 6 } },
        },
        result: { data: { createTeam: created } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a team' }));
    expect(screen.getByRole('heading', { name: 'Add a team', level: 2 })).toHaveFocus();
    await user.type(screen.getByLabelText('Name'), 'HR');
    await user.type(screen.getByLabelText(/^Staff/), '6');
    await user.click(screen.getByRole('button', { name: 'Add team' }));
    expect(await screen.findByText('Added the team “HR”.')).toBeInTheDocument();
    const names = within(screen.getByRole('table', { name: 'Teams' }))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Customer Care', 'HR', 'IT Service Desk']);
  });

  it('checks the staff count before sending it', async () => {
    renderTeams([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a team' }));
    await user.type(screen.getByLabelText('Name'), 'HR');
    await user.type(screen.getByLabelText(/^Staff/), '2.5');
    await user.click(screen.getByRole('button', { name: 'Add team' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter a whole number from 0 to 100,000',
    );
  });

  it('shows the API’s refusal of a name already taken beside the name', async () => {
    renderTeams([
      {
        request: {
          query: UpdateTeamDocument,
          variables: {
            input: { id: 'team-it', name: 'Customer Care', description: null, staffCount: 8 },
          },
        },
        result: apiError('CONFLICT', 'name is already taken', [
          { field: 'name', rule: 'unique', message: 'name is already taken' },
        ]),
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit IT Service Desk' }));
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Customer Care');
    await user.click(screen.getByRole('button', { name: 'Save team' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another team already has this name',
    );
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      'Error: Another team already has this name',
    );
  });

  it('returns focus to the Edit button when an edit is cancelled', async () => {
    renderTeams([]);
    const user = userEvent.setup();
    const edit = await screen.findByRole('button', { name: 'Edit Customer Care' });
    await user.click(edit);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Edit Customer Care' })).toHaveFocus();
  });

  it('offers no retry when the role may not read teams', async () => {
    renderPage(<TeamsSettingsPage />, {
      route: '/settings/teams',
      store: aSessionStore(aSession({ role: 'MANAGER' })),
      mocks: [
        viewerMock('MANAGER'),
        { request: { query: SettingsTeamsDocument }, result: apiError('FORBIDDEN', 'Forbidden') },
      ],
    });
    expect(await screen.findByText('The teams could not be loaded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
