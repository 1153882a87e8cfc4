import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { Role } from '../graphql/generated/graphql';
import { listInWords, roleLabel, rolePlural } from '../lib/labels';
import { useSession, useSessionStore } from '../session/SessionProvider';
import { EmptyState } from '../ui/states';
import { homePathFor } from '../session/home-path';
import { useCurrentUser } from '../session/useCurrentUser';

/** Signed-out visitors go to the login page, which brings them back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();
  if (session) return children;
  // After an explicit sign-out the next person starts from their own home page.
  const next =
    store.lastSignOutReason() === 'signed-out'
      ? ''
      : `?next=${encodeURIComponent(location.pathname + location.search)}`;
  return <Navigate to={`/login${next}`} replace />;
}

/** Pages for some roles only; the API enforces the same rule, this explains it. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser();
  if (!user) return null;
  if (roles.includes(user.role)) return children;
  return (
    <EmptyState
      title="This page is not available to your role"
      action={<Link to={homePathFor(user.role)}>Go to your start page</Link>}
    >
      It is for {listInWords(roles.map((role) => rolePlural[role]))}. You are signed in as{' '}
      {roleLabel[user.role].toLowerCase()}.
    </EmptyState>
  );
}

export function HomeRedirect() {
  const user = useCurrentUser();
  if (!user) return null;
  return <Navigate to={homePathFor(user.role)} replace />;
}
