import {
  ADMINS,
  ANALYSTS,
  CONFIGURERS,
  FORM_USERS,
  MANAGERS,
  ORGANISERS,
  PERSON_ROLES,
  roleNames,
  type RoleName,
} from '@fulcrum/access';
import type { Role } from '../graphql/generated/graphql';

// Who may open what: the API's role groups (@fulcrum/access), by the names GraphQL gives roles.

type Within<A extends B, B> = A;
/** Fails type-checking when the schema's Role enum (generated) and the shared Role enum part. */
export type SchemaRolesAgree = Within<Role, RoleName> & Within<RoleName, Role>;

/** The roles a person can hold (integrations get API keys, not accounts). */
export const PERSON_ROLE_CHOICES: readonly Role[] = roleNames(PERSON_ROLES);

/** The monthly review: the pack, its notes, staff load, pulse and absence. */
export const MANAGER_ROLES: readonly Role[] = roleNames(MANAGERS);
/** Insights, items and improvement actions. */
export const ANALYST_ROLES: readonly Role[] = roleNames(ANALYSTS);
/** Policies, themes, theme models and re-analysis. */
export const CONFIGURER_ROLES: readonly Role[] = roleNames(CONFIGURERS);
/** Teams and service levels. */
export const ORGANISER_ROLES: readonly Role[] = roleNames(ORGANISERS);
/** The staff forms: pulse and logged contacts. */
export const FORM_ROLES: readonly Role[] = roleNames(FORM_USERS);
export const ADMIN_ROLES: readonly Role[] = roleNames(ADMINS);
/** A staff member's own work list; managers and process owners find every item in the Explorer. */
export const STAFF_ROLES: readonly Role[] = ['STAFF'];
