import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { createAuthLinks } from '../apollo/create-client';
import { SessionProvider } from '../session/SessionProvider';
import type { SessionStore } from '../session/session-store';
import { apiError, teamsMock, viewerMock } from '../test/fixtures';
import { ClockProvider } from '../lib/clock';
import { aSession, aSessionStore, LocationProbe, TEST_NOW, type Mock } from '../test/render';
import { SignOutDocument } from '../features/auth/graphql/sign-out';
import { ViewerDocument } from '../features/auth/graphql/viewer';
import { AppRoutes } from './AppRoutes';
import { DemoLoadProgressDocument } from './DemoLoadBanner';
import { NotificationsDocument } from '../features/alerts/graphql/alerts';

// The shell asks whether a demo load is running; in these tests none is.
const noDemoLoad: Mock = {
  request: { query: DemoLoadProgressDocument },
  result: { data: { demoLoadProgress: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

// A manager's bell asks for the unread alerts; in these tests there are two.
const twoUnread: Mock = {
  request: { query: NotificationsDocument, variables: { input: { take: 1, unreadOnly: true } } },
  result: { data: { notifications: { __typename: 'Notifications', unread: 2, items: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderApp(route: string, store: SessionStore, mocks: Mock[] = []) {
  const link = ApolloLink.from([
    createAuthLinks(store),
    new MockLink([...mocks, noDemoLoad, twoUnread]),
  ]);
  render(
    <ClockProvider clock={() => new Date(TEST_NOW)}>
      <MockedProvider link={link}>
        <SessionProvider store={store}>
          <MemoryRouter initialEntries={[route]}>
            <AppRoutes />
            <LocationProbe />
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>
    </ClockProvider>,
  );
}

const location = () => screen.getByTestId('location');

describe('app routes and shell', () => {
  it('sends a signed-out visitor to sign in, remembering the page and its period', async () => {
    renderApp('/trends/volume?from=2025-01&to=2025-06', aSessionStore());
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(location()).toHaveTextContent(
      '/login?next=%2Ftrends%2Fvolume%3Ffrom%3D2025-01%26to%3D2025-06',
    );
  });

  it('lets anyone open the public customer form without signing in', async () => {
    renderApp('/feedback', aSessionStore());
    expect(
      await screen.findByRole('heading', { name: /Tell us what you need/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Send feedback' })).toBeInTheDocument();
  });

  it('lands staff on the feedback form, with only the forms and their items in the navigation', async () => {
    renderApp('/', aSessionStore(aSession()), [viewerMock('STAFF'), teamsMock()]);
    expect(
      await screen.findByRole('heading', { name: 'Staff feedback', level: 1 }),
    ).toBeInTheDocument();
    expect(location()).toHaveTextContent('/forms/pulse');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Forms', 'My items']);
    expect(within(nav).getByRole('link', { name: 'Forms' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('links every page of the review in the navigation', async () => {
    renderApp('/forms/pulse', aSessionStore(aSession({ role: 'MANAGER' })), [
      viewerMock('MANAGER'),
      teamsMock(),
    ]);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Review', '/review'],
      ['Trends', '/trends'],
      ['Bottlenecks', '/bottlenecks'],
      ['Attention', '/attention'],
      ['First contact', '/first-contact'],
      ['Policy friction', '/policies'],
      ['Staff', '/staff'],
      ['Forecast', '/forecast'],
      ['Actions', '/actions'],
      ['Explorer', '/explorer'],
      ['Emerging topics', '/topics'],
      ['Digests', '/digests'],
      ['Forms', '/forms'],
      ['Settings', '/settings'],
      ['Alerts', '/alerts'],
    ]);
    expect(within(nav).queryByText(/coming soon/)).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Notifications: 2 unread' })).toHaveAttribute(
      'href',
      '/alerts#alerts-notifications',
    );
  });

  it('explains to staff that the volume page is not for their role', async () => {
    renderApp('/trends/volume', aSessionStore(aSession()), [viewerMock('STAFF')]);
    expect(await screen.findByText('This page is not available to your role')).toBeInTheDocument();
    expect(screen.getByText(/It is for managers and process owners/)).toBeInTheDocument();
  });

  it('keeps the emerging topics from staff, whose role reads no one else’s items', async () => {
    renderApp('/topics', aSessionStore(aSession()), [viewerMock('STAFF')]);
    expect(await screen.findByText('This page is not available to your role')).toBeInTheDocument();
    expect(screen.getByText(/It is for managers and process owners/)).toBeInTheDocument();
  });

  it('signs out from the header, ending the session at the API, and the next person starts from their own home page', async () => {
    const store = aSessionStore(aSession());
    const signOut = jest.fn(() => ({ data: { signOut: true } }));
    renderApp('/forms/pulse', store, [
      viewerMock('STAFF'),
      teamsMock(),
      { request: { query: SignOutDocument }, result: signOut },
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(location()).toHaveTextContent(/^\/login$/);
    expect(store.get()).toBeNull();
  });

  it('signs the user out to the login page when the API no longer accepts the session', async () => {
    const store = aSessionStore(aSession());
    renderApp('/forms/pulse', store, [
      {
        request: { query: ViewerDocument },
        result: apiError('UNAUTHENTICATED', 'The session has expired'),
      },
      teamsMock(),
    ]);
    expect(await screen.findByText('Your session has ended')).toBeInTheDocument();
    expect(location()).toHaveTextContent('/login?next=%2Fforms%2Fpulse');
    expect(store.get()).toBeNull();
  });

  it('keeps staff out of the review and the other insight pages', async () => {
    renderApp('/review', aSessionStore(aSession()), [viewerMock('STAFF')]);
    expect(await screen.findByText('This page is not available to your role')).toBeInTheDocument();
  });

  it('says so when a link leads nowhere', async () => {
    renderApp('/reviews', aSessionStore(aSession({ role: 'MANAGER' })), [viewerMock('MANAGER')]);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('tells a process owner that team settings are for administrators and managers', async () => {
    renderApp('/settings/teams', aSessionStore(aSession({ role: 'PROCESS_OWNER' })), [
      viewerMock('PROCESS_OWNER'),
    ]);
    expect(await screen.findByText('This page is not available to your role')).toBeInTheDocument();
    expect(screen.getByText(/It is for administrators and managers/)).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Settings' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Policies', 'Themes', 'Re-analysis']);
  });

  it('keeps staff out of the Explorer', async () => {
    renderApp('/explorer?kind=complaint', aSessionStore(aSession()), [viewerMock('STAFF')]);
    expect(await screen.findByText('This page is not available to your role')).toBeInTheDocument();
  });

  it('sends managers to the Explorer rather than a list of their own items', async () => {
    renderApp('/my-items', aSessionStore(aSession({ role: 'MANAGER' })), [viewerMock('MANAGER')]);
    expect(await screen.findByText('This page is not available to your role')).toBeInTheDocument();
    expect(screen.getByText(/It is for staff/)).toBeInTheDocument();
  });
});
