import { Role } from './role.enum';

// Who may call what, named once so resolvers read as policy. The README's access matrix is
// written from these groups; which rows each role sees is decided in item-scope.ts.
export const ANYONE_SIGNED_IN = [
  Role.ADMIN,
  Role.MANAGER,
  Role.PROCESS_OWNER,
  Role.STAFF,
  Role.INTEGRATOR,
];
/** Run the monthly review: the pack, its notes, warning signs, staff load, pulse and absence. */
export const MANAGERS = [Role.MANAGER];
/** Read insights and items, open improvement actions, correct themes. */
export const ANALYSTS = [Role.MANAGER, Role.PROCESS_OWNER];
/** Configure what the analysis knows: policies, themes, theme models and re-analysis. */
export const CONFIGURERS = [Role.ADMIN, Role.MANAGER, Role.PROCESS_OWNER];
/** Shape the organisation: teams and service levels. */
export const ORGANISERS = [Role.ADMIN, Role.MANAGER];
/** Read and write items, each within its row scope (item-scope.ts). */
export const ITEM_USERS = [Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF, Role.INTEGRATOR];
/** The staff forms: pulse and logged contacts. */
export const FORM_USERS = [Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF];
/** Bulk intake: batches and CSV imports. */
export const BULK_INTAKE = [Role.MANAGER, Role.INTEGRATOR];
/** Read the raw text of an item (audited); staff only for items they logged themselves. */
export const RAW_TEXT_READERS = [Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF];
export const ADMINS = [Role.ADMIN];
