import type { Role } from './role.enum';

/** Who is calling: a signed-in person or an integration's API key. */
export interface Principal {
  kind: 'user' | 'api_key';
  id: string;
  role: Role;
  teamId: string | null;
  name: string;
  /** A signed-in person's session, which signing out ends. */
  sessionId?: string;
}

/** The request as the auth layer sees it (Express request, GraphQL context). */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  principal?: Principal | null;
}
