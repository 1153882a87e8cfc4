import type { Role } from '../graphql/generated/graphql';

// Where signing in leads: the shell's guards and the login page both send people here.

/** Where a role lands after signing in: the page its work starts from. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'MANAGER':
      return '/review';
    case 'PROCESS_OWNER':
      return '/policies';
    case 'ADMIN':
      return '/settings';
    case 'STAFF':
    case 'INTEGRATOR':
      return '/forms/pulse';
  }
}

/**
 * A safe place to return to after signing in: a path on this site only, never another origin
 * (`//evil.example` or `https://…`), and never back to the login page itself.
 */
export function safeReturnPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return null;
  if (next === '/login' || next.startsWith('/login?')) return null;
  return next;
}
