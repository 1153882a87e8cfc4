import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';
import { ViewerDocument } from '../features/auth/graphql/viewer';
import { aSession, aSessionStore } from '../test/render';
import { createAuthLinks } from './create-client';

function clientAnswering(result: ApolloLink.Result, store = aSessionStore(aSession())) {
  const seen: Record<string, string>[] = [];
  const server = new ApolloLink((operation) => {
    seen.push((operation.getContext().headers ?? {}) as Record<string, string>);
    return of(result);
  });
  const client = new ApolloClient({
    link: ApolloLink.from([createAuthLinks(store), server]),
    cache: new InMemoryCache(),
  });
  return { client, store, seen };
}

const viewer = {
  viewer: {
    __typename: 'Viewer',
    id: 'u1',
    kind: 'user',
    role: 'STAFF',
    name: 'Sam Lee',
    teamId: null,
  },
};
const unauthenticated = {
  errors: [{ message: 'The session has expired', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('auth links', () => {
  it('sends no token of its own: the session travels in its HttpOnly cookie', async () => {
    const { client, seen } = clientAnswering({ data: viewer });
    await client.query({ query: ViewerDocument });
    expect(seen[0].authorization).toBeUndefined();
  });

  it('signs the user out when the API rejects their session as UNAUTHENTICATED', async () => {
    const { client, store } = clientAnswering(unauthenticated);
    await expect(client.query({ query: ViewerDocument })).rejects.toThrow(
      'The session has expired',
    );
    expect(store.get()).toBeNull();
    expect(store.lastSignOutReason()).toBe('expired');
  });

  it('does not call a failed sign-in an expired session', async () => {
    const { client, store } = clientAnswering(unauthenticated, aSessionStore());
    await expect(client.query({ query: ViewerDocument })).rejects.toThrow();
    expect(store.lastSignOutReason()).toBeNull();
  });

  it('does not sign anyone out for other errors', async () => {
    const { client, store } = clientAnswering({
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
    });
    await expect(client.query({ query: ViewerDocument })).rejects.toThrow('No');
    expect(store.get()).not.toBeNull();
  });
});
