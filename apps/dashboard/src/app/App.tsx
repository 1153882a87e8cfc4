import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import type { SessionStore } from '../session/session-store';
import { SessionProvider } from '../session/SessionProvider';
import { AppRoutes } from './AppRoutes';

export function App({ client, store }: { client: ApolloClient; store: SessionStore }) {
  // Nothing cached for one person may be shown to the next.
  useEffect(
    () =>
      store.subscribe(() => {
        if (!store.get()) void client.clearStore();
      }),
    [client, store],
  );

  return (
    <ApolloProvider client={client}>
      <SessionProvider store={store}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
