// @fulcrum/access — who may do what, written once for the API (its @Roles guards and the
// GraphQL `Role` enum) and the dashboard (which pages and buttons a role sees). Plain data, no
// framework: the API registers the enum with GraphQL, the dashboard reads the groups by name.

/**
 * What a caller may do. The keys are the GraphQL enum's names, the values what the database
 * stores. `INTEGRATOR` belongs to API keys only, never to a person.
 */
export enum Role {
  ADMIN = 'admin',
  MANAGER = 'manager',
  PROCESS_OWNER = 'process_owner',
  STAFF = 'staff',
  INTEGRATOR = 'integrator',
}

/** A role as GraphQL (and so the dashboard) names it: 'MANAGER'. */
export type RoleName = keyof typeof Role;

/** The roles a person can hold (integrations get API keys, not accounts). */
export const PERSON_ROLES = [Role.ADMIN, Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF] as const;

// Who may call what, named once so resolvers and pages read as policy. The README's access
// matrix is written from these groups; which rows each role sees is decided in the API's
// auth/item-scope.ts.
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
/** Read and write items, each within its row scope. */
export const ITEM_USERS = [Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF, Role.INTEGRATOR];
/** The staff forms: pulse and logged contacts. */
export const FORM_USERS = [Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF];
/** Bulk intake: batches and CSV imports. */
export const BULK_INTAKE = [Role.MANAGER, Role.INTEGRATOR];
/** Read the raw text of an item (audited); staff only for items they logged themselves. */
export const RAW_TEXT_READERS = [Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF];
export const ADMINS = [Role.ADMIN];

const NAMES = new Map((Object.keys(Role) as RoleName[]).map((name) => [Role[name], name] as const));

/** A group's roles by their GraphQL names, as the dashboard receives roles. */
export function roleNames(group: readonly Role[]): RoleName[] {
  return group.map((role) => {
    const name = NAMES.get(role);
    if (name === undefined) throw new Error(`Unknown role '${String(role)}'`);
    return name;
  });
}
