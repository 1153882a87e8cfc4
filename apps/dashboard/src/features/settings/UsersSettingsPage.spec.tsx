import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { aTeam, aUser } from '../../test/settings-fixtures';
import { CreateUserDocument, SettingsUsersDocument, UpdateUserDocument } from './graphql/users';
import UsersSettingsPage from './UsersSettingsPage';

// The viewer fixture is user-1, "Sam Lee".
const me = aUser('user-1', 'Sam Lee', { role: 'ADMIN' });
const aisha = aUser('user-2', 'Aisha Khan', { teamId: 'team-care' });
const usersMock: Mock = {
  request: { query: SettingsUsersDocument },
  result: { data: { users: [aisha, me], teams: [aTeam('team-care', 'Customer Care')] } },
};

function renderUsers(mocks: Mock[]) {
  return renderPage(<UsersSettingsPage />, {
    route: '/settings/users',
    store: aSessionStore(aSession({ role: 'ADMIN' })),
    mocks: [viewerMock('ADMIN'), usersMock, ...mocks],
  });
}

const update = (input: Record<string, unknown>, result: Mock['result']): Mock => ({
  request: { query: UpdateUserDocument, variables: { input } },
  result,
});

describe('UsersSettingsPage', () => {
  it('lists people with their role, team and whether they can sign in', async () => {
    renderUsers([]);
    const rows = within(await screen.findByRole('table', { name: 'Users' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Aisha Khanaisha.khan@example.orgStaffCustomer Care✓Active');
    expect(rows[2]).toHaveTextContent('Sam Lee (you)');
  });

  it('adds a user with a first password, checked before sending', async () => {
    renderUsers([
      {
        request: {
          query: CreateUserDocument,
          variables: {
            input: {
              displayName: 'Jo Bloggs',
              email: 'jo@example.org',
              role: 'MANAGER',
              teamId: null,
              password: 'long enough pass',
            },
          },
        },
        result: {
          data: {
            createUser: aUser('user-3', 'Jo Bloggs', { role: 'MANAGER', email: 'jo@example.org' }),
          },
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a user' }));
    await user.type(screen.getByLabelText('Name'), 'Jo Bloggs');
    await user.type(screen.getByLabelText('E-mail'), 'jo@example.org');
    await user.selectOptions(screen.getByLabelText('Role'), 'MANAGER');
    await user.type(screen.getByLabelText('First password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A password has at least 10 characters',
    );
    await user.clear(screen.getByLabelText('First password'));
    await user.type(screen.getByLabelText('First password'), 'long enough pass');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByText(/Added Jo Bloggs/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Jo Bloggs' })).toBeInTheDocument();
  });

  it('says when the e-mail address is already in use', async () => {
    renderUsers([
      {
        request: {
          query: CreateUserDocument,
          variables: {
            input: {
              displayName: 'Aisha',
              email: 'aisha.khan@example.org',
              role: 'STAFF',
              teamId: null,
              password: 'long enough pass',
            },
          },
        },
        result: apiError('CONFLICT', 'A user with e-mail aisha.khan@example.org already exists', [
          {
            field: 'email',
            rule: 'unique',
            message: 'A user with e-mail aisha.khan@example.org already exists',
          },
        ]),
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a user' }));
    await user.type(screen.getByLabelText('Name'), 'Aisha');
    await user.type(screen.getByLabelText('E-mail'), 'aisha.khan@example.org');
    await user.selectOptions(screen.getByLabelText('Role'), 'STAFF');
    await user.type(screen.getByLabelText('First password'), 'long enough pass');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone already has an account with this e-mail address',
    );
  });

  it('deactivates someone only after confirming', async () => {
    renderUsers([
      update(
        { id: 'user-2', active: false },
        { data: { updateUser: { ...aisha, active: false } } },
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Aisha Khan' }));
    await user.click(screen.getByRole('button', { name: 'Deactivate Aisha Khan' }));
    expect(screen.getByRole('group', { name: 'Confirm' })).toHaveTextContent(
      'Deactivate Aisha Khan? They can no longer sign in; what they recorded stays.',
    );
    await user.click(screen.getByRole('button', { name: 'Deactivate' }));
    expect(
      await screen.findByText(/Deactivated Aisha Khan: they can no longer sign in/),
    ).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Aisha Khan' }).closest('tr')).toHaveTextContent(
      'Deactivated',
    );
  });

  it('resets a password of at least 10 characters', async () => {
    renderUsers([
      update({ id: 'user-2', password: 'a new password' }, { data: { updateUser: aisha } }),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Aisha Khan' }));
    await user.type(screen.getByLabelText('New password'), 'a new password');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByText(/Set a new password for Aisha Khan/)).toBeInTheDocument();
  });

  it('never lets administrators deactivate themselves or change their own role', async () => {
    renderUsers([]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Edit Sam Lee' }));
    expect(screen.getByLabelText('Role')).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/You cannot change your own role or deactivate yourself/),
    ).toBeInTheDocument();
  });
});
