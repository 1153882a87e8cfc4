import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { Session, SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | null>(null);

// setTimeout takes at most a signed 32-bit delay.
const MAX_TIMER_MS = 2_147_483_647;

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  const session = useSyncExternalStore(store.subscribe, store.get, store.get);

  // Sign out when the session expires while the tab stays open.
  useEffect(() => {
    if (!session) return;
    const remaining = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(
      () => store.signOut('expired'),
      Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
    );
    return () => clearTimeout(timer);
  }, [session, store]);

  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore must be used inside <SessionProvider>');
  return store;
}

/** The current session, or null when signed out; re-renders on sign-in and sign-out. */
export function useSession(): Session | null {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
