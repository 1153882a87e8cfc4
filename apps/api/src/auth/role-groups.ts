import { Role } from './role.enum';

// Who may do what, named once so resolvers read as policy.
export const ANY_PERSON = [Role.ADMIN, Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF];
export const ANYONE_SIGNED_IN = [...ANY_PERSON, Role.INTEGRATOR];
/** Read insights and configuration; edit policies, themes and actions. */
export const ANALYSTS = [Role.ADMIN, Role.MANAGER, Role.PROCESS_OWNER];
/** Shape the organisation: teams, service levels, staffing. */
export const ORGANISERS = [Role.ADMIN, Role.MANAGER];
/** Bulk intake: batches and CSV imports. */
export const BULK_INTAKE = [Role.ADMIN, Role.MANAGER, Role.INTEGRATOR];
export const ADMINS = [Role.ADMIN];
