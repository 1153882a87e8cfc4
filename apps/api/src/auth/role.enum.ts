import { registerEnumType } from '@nestjs/graphql';

/** What a caller may do. `integrator` belongs to API keys only, never to a person. */
export enum Role {
  ADMIN = 'admin',
  MANAGER = 'manager',
  PROCESS_OWNER = 'process_owner',
  STAFF = 'staff',
  INTEGRATOR = 'integrator',
}

export const PERSON_ROLES = [Role.ADMIN, Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF] as const;

registerEnumType(Role, { name: 'Role' });
