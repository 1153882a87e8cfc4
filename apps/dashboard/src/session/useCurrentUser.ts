import { useQuery } from '@apollo/client/react';
import { ViewerDocument } from '../features/auth/graphql/viewer';
import type { Role } from '../graphql/generated/graphql';
import { useSession } from './SessionProvider';

export interface CurrentUser {
  id: string;
  name: string;
  role: Role;
  teamId: string | null;
}

/**
 * The signed-in person. The API's `viewer` is the authority (a changed role takes effect at
 * once); the stored session fills in while it loads, so the shell never flashes empty.
 */
export function useCurrentUser(): CurrentUser | null {
  const session = useSession();
  const { data } = useQuery(ViewerDocument, { skip: !session, fetchPolicy: 'cache-first' });
  if (!session) return null;
  const viewer = data?.viewer;
  if (viewer)
    return { id: viewer.id, name: viewer.name, role: viewer.role, teamId: viewer.teamId ?? null };
  return {
    id: session.user.id,
    name: session.user.displayName,
    role: session.user.role,
    teamId: session.user.teamId,
  };
}
