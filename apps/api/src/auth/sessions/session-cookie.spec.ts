import { sessionCookieOf } from './session-cookie';

const withCookie = (cookie: string | undefined) => ({ headers: { cookie } });

describe('sessionCookieOf', () => {
  it('finds the session among other cookies, whatever the spacing', () => {
    expect(sessionCookieOf(withCookie('theme=dark;fulcrum_session=a.b.c ; lang=en'))).toBe('a.b.c');
  });

  it('ignores cookies whose name merely contains the session cookie’s', () => {
    expect(
      sessionCookieOf(withCookie('old_fulcrum_session=x; fulcrum_session_v0=y')),
    ).toBeUndefined();
  });

  it('treats a missing header or a mangled value as no session', () => {
    expect(sessionCookieOf(withCookie(undefined))).toBeUndefined();
    expect(sessionCookieOf(withCookie('fulcrum_session=%E0%A4%A'))).toBeUndefined();
  });
});
