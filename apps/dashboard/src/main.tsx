import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/create-client';
import { App } from './app/App';
import { createSessionStore, forgetStoredToken } from './session/session-store';
import './styles/tokens.css';
import './styles/base.css';

forgetStoredToken();
const store = createSessionStore();
const client = createApolloClient(store);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={client} store={store} />
  </StrictMode>,
);
