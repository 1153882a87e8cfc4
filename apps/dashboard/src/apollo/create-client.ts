import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import type { SessionStore } from '../session/session-store';

/** Same origin in production (the API serves the dashboard); Vite proxies it in development. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Ends the page's session when the API says the session cookie is no longer good. A failed
 * login also answers UNAUTHENTICATED, but nobody is signed in then, so nobody is signed out.
 */
export function createAuthLinks(store: SessionStore): ApolloLink {
  const noteSignedIn = new ApolloLink((operation, forward) => {
    operation.setContext({ signedIn: store.get() !== null });
    return forward(operation);
  });
  const signOutWhenRejected = new ErrorLink(({ error, operation }) => {
    const signedIn = (operation.getContext() as { signedIn?: boolean }).signedIn === true;
    if (
      signedIn &&
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((problem) => problem.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      store.signOut('expired');
    }
  });
  return ApolloLink.from([signOutWhenRejected, noteSignedIn]);
}

export function createApolloClient(store: SessionStore): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createAuthLinks(store),
      // The session travels in its HttpOnly cookie; JSON requests pass the API's CSRF check.
      new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
  });
}
