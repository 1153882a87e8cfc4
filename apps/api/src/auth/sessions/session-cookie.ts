import type { CookieOptions, Request, Response } from 'express';
import type { AuthenticatedRequest } from '../principal';

/** The browser's session: HttpOnly so page scripts (and so XSS) can never read the token. */
export const SESSION_COOKIE = 'fulcrum_session';

/** The GraphQL context's request, which carries its response (see graphql-options.ts). */
export type RequestWithResponse = Request & { res: Response };

function cookieOptions(request: Request, production: boolean): CookieOptions {
  return {
    httpOnly: true,
    // Never sent on a request another site starts: the first line against CSRF.
    sameSite: 'strict',
    // Secure over https and always in production (where TLS ends at a proxy, req.secure is false).
    secure: production || request.secure,
    path: '/',
  };
}

export function writeSessionCookie(
  request: RequestWithResponse,
  token: string,
  lifetimeSeconds: number,
  production: boolean,
): void {
  // A lifetime, not the session's end: the browser measures it on its own clock, which need not
  // be the server's (FULCRUM_NOW).
  request.res.cookie(SESSION_COOKIE, token, {
    ...cookieOptions(request, production),
    maxAge: lifetimeSeconds * 1000,
  });
}

export function clearSessionCookie(request: RequestWithResponse, production: boolean): void {
  request.res.clearCookie(SESSION_COOKIE, cookieOptions(request, production));
}

/** The session token from the `Cookie` header, if the request carries one. */
export function sessionCookieOf(request: AuthenticatedRequest): string | undefined {
  const header = request.headers.cookie;
  const cookies = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === SESSION_COOKIE) {
      return safeDecode(pair.slice(separator + 1).trim());
    }
  }
  return undefined;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined; // a mangled cookie is no cookie
  }
}
