import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ClockProvider } from '../lib/clock';
import { createAuthLinks } from '../apollo/create-client';
import type { Role } from '../graphql/generated/graphql';
import { createSessionStore, type Session, type SessionStore } from '../session/session-store';
import { SessionProvider } from '../session/SessionProvider';

export type Mock = MockLink.MockedResponse;

/** What "now" is in every rendered page unless a test says otherwise (the e2e suite's instant). */
export const TEST_NOW = '2026-11-20T12:00:00.000Z';

/** A session as the login mutation leaves it, for tests that start signed in. */
export function aSession(
  overrides: Partial<Session['user']> & { expiresAt?: string } = {},
): Session {
  const { expiresAt = '2099-01-01T00:00:00.000Z', ...user } = overrides;
  return {
    expiresAt,
    user: { id: 'user-1', displayName: 'Sam Lee', role: 'STAFF' as Role, teamId: null, ...user },
  };
}

/** Storage that lives for one test, so nothing leaks between them. */
export function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

export function aSessionStore(session: Session | null = null): SessionStore {
  const store = createSessionStore(memoryStorage());
  if (session) store.signIn(session);
  return store;
}

/** Shows where the router ended up, for redirect assertions. */
export function LocationProbe() {
  const location = useLocation();
  return (
    <div hidden data-testid="location">
      {location.pathname + location.search}
    </div>
  );
}

export interface RenderOptions {
  /** The URL the test starts at. */
  route?: string;
  /** The path pattern the element is mounted at (defaults to the route's path). */
  path?: string;
  mocks?: readonly Mock[];
  store?: SessionStore;
  /** Extra routes, such as the login page a guard redirects to. */
  routes?: ReactNode;
  /** The instant the page's clock reads (an ISO string). */
  now?: string;
}

/**
 * Renders `element` the way the app does: Apollo (mocked, behind the real auth links), the
 * session and a router, reusing the production GraphQL documents in the mocks.
 */
export function renderPage(
  element: ReactElement,
  {
    route = '/',
    path,
    mocks = [],
    store = aSessionStore(),
    routes,
    now = TEST_NOW,
  }: RenderOptions = {},
): RenderResult & { store: SessionStore } {
  const link = ApolloLink.from([
    createAuthLinks(store),
    new MockLink(mocks, { showWarnings: true }),
  ]);
  const result = render(
    <ClockProvider clock={() => new Date(now)}>
      <MockedProvider link={link}>
        <SessionProvider store={store}>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path ?? route.split('?')[0]} element={element} />
              {routes}
            </Routes>
            <LocationProbe />
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>
    </ClockProvider>,
  );
  return { ...result, store };
}
