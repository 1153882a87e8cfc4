import { ADMIN_ROLES, CONFIGURER_ROLES, ORGANISER_ROLES } from '../../session/roles';
import type { Role } from '../../graphql/generated/graphql';

export interface SettingsSection {
  path: string;
  label: string;
  /** Who may open it: the roles the API lets change it (apps/api/test/role-matrix.int-spec.ts). */
  roles: readonly Role[];
}

/** Settings pages, each shown only to the roles that may change what it holds. */
export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { path: '/settings/teams', label: 'Teams', roles: ORGANISER_ROLES },
  { path: '/settings/policies', label: 'Policies', roles: CONFIGURER_ROLES },
  { path: '/settings/themes', label: 'Themes', roles: CONFIGURER_ROLES },
  { path: '/settings/service-levels', label: 'Service levels', roles: ORGANISER_ROLES },
  { path: '/settings/users', label: 'Users and roles', roles: ADMIN_ROLES },
  { path: '/settings/api-keys', label: 'API keys', roles: ADMIN_ROLES },
  { path: '/settings/analysis', label: 'Re-analysis', roles: CONFIGURER_ROLES },
];

export function settingsSectionsFor(role: Role): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => section.roles.includes(role));
}
