import type { Role } from '../graphql/generated/graphql';

/**
 * What the page knows of the session: enough of the user to draw the shell, and when it ends.
 * Nothing here is secret: the token itself lives in an HttpOnly cookie no script can read.
 */
export interface Session {
  /** ISO timestamp; the session cookie is useless after it. */
  expiresAt: string;
  user: { id: string; displayName: string; role: Role; teamId: string | null };
}

/** Why the last session ended, so the login page can say so. */
export type SignOutReason = 'signed-out' | 'expired';

export interface SessionStore {
  get(): Session | null;
  lastSignOutReason(): SignOutReason | null;
  signIn(session: Session): void;
  signOut(reason: SignOutReason): void;
  subscribe(listener: () => void): () => void;
}

export const SESSION_STORAGE_KEY = 'fulcrum.session';

/**
 * The user's details live in sessionStorage so a reload keeps the tab signed in. Kept outside
 * React so the Apollo error link can end it when the API answers UNAUTHENTICATED.
 */
export function createSessionStore(
  storage: Storage | undefined = globalThis.sessionStorage,
  now: () => number = Date.now,
): SessionStore {
  const listeners = new Set<() => void>();
  let current = readStored(storage, now);
  let reason: SignOutReason | null = null;

  const notify = () => listeners.forEach((listener) => listener());

  return {
    get: () => current,
    lastSignOutReason: () => reason,
    signIn(session) {
      current = session;
      reason = null;
      safely(() => storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session)));
      notify();
    },
    signOut(why) {
      if (!current) return;
      current = null;
      reason = why;
      safely(() => storage?.removeItem(SESSION_STORAGE_KEY));
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function readStored(storage: Storage | undefined, now: () => number): Session | null {
  try {
    const raw = storage?.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (
      typeof parsed.expiresAt !== 'string' ||
      !parsed.user ||
      typeof parsed.user.role !== 'string' ||
      Date.parse(parsed.expiresAt) <= now()
    ) {
      storage?.removeItem(SESSION_STORAGE_KEY);
      return null;
    }
    return parsed as Session;
  } catch {
    // Private browsing modes and corrupted values: start signed out.
    return null;
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // Storage can be full or disabled; the in-memory session still works for this tab.
  }
}

/** Earlier versions kept the bearer token in localStorage, readable by any script: drop it. */
export function forgetStoredToken(storage: Storage | undefined = globalThis.localStorage): void {
  safely(() => storage?.removeItem(SESSION_STORAGE_KEY));
}
