import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { SessionStore } from '../session/session-store';

/** Same origin in production (the API serves the dashboard); Vite proxies it in development. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Adds the bearer token, and ends the session when the API says the token is no longer good.
 * A failed login also answers UNAUTHENTICATED, but it carries no token, so it never signs anyone out.
 */
export function createAuthLinks(store: SessionStore): ApolloLink {
  const auth = new SetContextLink((previous) => {
    const token = store.get()?.token;
    if (!token) return { sentToken: false };
    return {
      sentToken: true,
      headers: {
        ...(previous.headers as Record<string, string> | undefined),
        authorization: `Bearer ${token}`,
      },
    };
  });
  const signOutWhenRejected = new ErrorLink(({ error, operation }) => {
    const sentToken = (operation.getContext() as { sentToken?: boolean }).sentToken === true;
    if (
      sentToken &&
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((problem) => problem.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      store.signOut('expired');
    }
  });
  return ApolloLink.from([signOutWhenRejected, auth]);
}

export function createApolloClient(store: SessionStore): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createAuthLinks(store), new HttpLink({ uri: GRAPHQL_PATH })]),
    cache: new InMemoryCache(),
  });
}
