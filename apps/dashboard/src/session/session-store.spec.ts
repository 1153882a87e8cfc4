import { memoryStorage, aSession } from '../test/render';
import { createSessionStore, forgetStoredToken, SESSION_STORAGE_KEY } from './session-store';

describe('session store', () => {
  it('keeps the session in storage so a reload stays signed in', () => {
    const storage = memoryStorage();
    createSessionStore(storage).signIn(aSession());
    expect(createSessionStore(storage).get()?.user.displayName).toBe('Sam Lee');
  });

  it('keeps only who signed in and until when, in the tab’s sessionStorage, never a token', () => {
    createSessionStore().signIn(aSession());
    const stored = JSON.parse(window.sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '{}');
    expect(Object.keys(stored).sort()).toEqual(['expiresAt', 'user']);
    expect(window.localStorage.length).toBe(0);
  });

  it('drops the bearer token an earlier version left in localStorage', () => {
    window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 'old-token' }));
    forgetStoredToken();
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('starts signed out when the stored session has expired, and forgets it', () => {
    const storage = memoryStorage();
    storage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify(aSession({ expiresAt: '2026-01-01T00:00:00Z' })),
    );
    const store = createSessionStore(storage, () => Date.parse('2026-06-01T00:00:00Z'));
    expect(store.get()).toBeNull();
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('starts signed out when the stored value is not a session', () => {
    const storage = memoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, '{"expiresAt": 42}');
    expect(createSessionStore(storage).get()).toBeNull();
    storage.setItem(SESSION_STORAGE_KEY, 'not json');
    expect(createSessionStore(storage).get()).toBeNull();
  });

  it('remembers why the session ended and tells subscribers once', () => {
    const store = createSessionStore(memoryStorage());
    store.signIn(aSession());
    const listener = jest.fn();
    store.subscribe(listener);
    store.signOut('expired');
    store.signOut('expired');
    expect(store.get()).toBeNull();
    expect(store.lastSignOutReason()).toBe('expired');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('still works for the tab when storage refuses to write', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createSessionStore(storage);
    store.signIn(aSession());
    expect(store.get()?.user.displayName).toBe('Sam Lee');
  });
});
