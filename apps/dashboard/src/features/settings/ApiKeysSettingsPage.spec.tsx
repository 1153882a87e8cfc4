import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { anApiKey } from '../../test/settings-fixtures';
import {
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  SettingsApiKeysDocument,
} from './graphql/api-keys';
import ApiKeysSettingsPage from './ApiKeysSettingsPage';

const nightly = anApiKey('key-1', 'Nightly import', { lastUsedAt: '2026-11-21T02:00:00.000Z' });
const keysMock: Mock = {
  request: { query: SettingsApiKeysDocument },
  result: { data: { apiKeys: [nightly] } },
};

function renderKeys(mocks: Mock[]) {
  return renderPage(<ApiKeysSettingsPage />, {
    route: '/settings/api-keys',
    store: aSessionStore(aSession({ role: 'ADMIN' })),
    mocks: [viewerMock('ADMIN'), keysMock, ...mocks],
  });
}

describe('ApiKeysSettingsPage', () => {
  it('creates a key and shows its secret once, with a warning and a copy button', async () => {
    renderKeys([
      {
        request: { query: CreateApiKeyDocument, variables: { input: { name: 'Helpdesk export' } } },
        result: {
          data: {
            createApiKey: {
              __typename: 'CreatedApiKey',
              secret: 'fk_the-whole-secret',
              apiKey: anApiKey('key-2', 'Helpdesk export'),
            },
          },
        },
      },
    ]);
    // user-event installs its own clipboard; replace it after setup.
    const user = userEvent.setup();
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Create a key' }));
    await user.type(screen.getByLabelText('What is it for?'), 'Helpdesk export');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(
      await screen.findByRole('heading', { name: 'Your new key “Helpdesk export”' }),
    ).toHaveFocus();
    expect(screen.getByText('Copy it now: it is shown only this once')).toBeInTheDocument();
    expect(screen.getByLabelText('The key')).toHaveValue('fk_the-whole-secret');
    await user.click(screen.getByRole('button', { name: 'Copy the key' }));
    expect(writeText).toHaveBeenCalledWith('fk_the-whole-secret');
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Helpdesk export' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have stored the key' }));
    expect(screen.queryByDisplayValue('fk_the-whole-secret')).not.toBeInTheDocument();
    expect(screen.queryByText(/fk_the-whole-secret/)).not.toBeInTheDocument();
  });

  it('says how to copy by hand when the browser refuses the clipboard', async () => {
    renderKeys([
      {
        request: { query: CreateApiKeyDocument, variables: { input: { name: 'X' } } },
        result: {
          data: {
            createApiKey: {
              __typename: 'CreatedApiKey',
              secret: 'fk_s',
              apiKey: anApiKey('key-3', 'X'),
            },
          },
        },
      },
    ]);
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    await user.click(await screen.findByRole('button', { name: 'Create a key' }));
    await user.type(screen.getByLabelText('What is it for?'), 'X');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await user.click(await screen.findByRole('button', { name: 'Copy the key' }));
    expect(await screen.findByText(/select the text and copy it yourself/)).toBeInTheDocument();
  });

  it('needs a name saying what the key is for', async () => {
    renderKeys([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Create a key' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Say what the key is for');
  });

  it('revokes a key only after confirming, and shows it revoked', async () => {
    renderKeys([
      {
        request: { query: RevokeApiKeyDocument, variables: { input: { id: 'key-1' } } },
        result: { data: { revokeApiKey: { ...nightly, revokedAt: '2026-11-22T12:00:00.000Z' } } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Revoke Nightly import' }));
    const confirm = screen.getByRole('group', { name: 'Confirm' });
    expect(confirm).toHaveTextContent('Integrations using it are refused at once');
    expect(within(confirm).getByRole('button', { name: 'Revoke key' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByText(/Revoked “Nightly import”/)).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: 'Nightly import' }).closest('tr');
    expect(row).toHaveTextContent('Revoked');
    expect(within(row as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
  });
});
