import { screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage } from '../../test/render';
import SettingsLayout from './SettingsLayout';

function renderSettings(route: string, role: 'ADMIN' | 'PROCESS_OWNER') {
  return renderPage(<SettingsLayout />, {
    route,
    path: '/settings/*',
    store: aSessionStore(aSession({ role })),
    mocks: [viewerMock(role)],
    routes: <Route path="/settings/policies" element={<p>Policies page</p>} />,
  });
}

describe('SettingsLayout', () => {
  it('shows process owners the settings they may change, starting with policies', async () => {
    renderSettings('/settings', 'PROCESS_OWNER');
    expect(await screen.findByTestId('location')).toHaveTextContent('/settings/policies');
  });

  it('marks the current settings page among the administrator’s tabs', async () => {
    renderSettings('/settings/themes', 'ADMIN');
    const tabs = await screen.findByRole('navigation', { name: 'Settings' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Teams',
      'Policies',
      'Themes',
      'Service levels',
      'Users and roles',
      'API keys',
      'Re-analysis',
    ]);
    expect(within(tabs).getByRole('link', { name: 'Themes' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
