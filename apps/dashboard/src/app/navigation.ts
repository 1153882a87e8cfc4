import type { Role } from '../graphql/generated/graphql';

// Who may open what, mirroring the API's role groups (apps/api/src/auth/role-groups.ts) and
// the README's access matrix.
/** The monthly review: the pack, its notes, staff load, pulse and absence. */
export const MANAGER_ROLES: readonly Role[] = ['MANAGER'];
/** Insights, items and improvement actions. */
export const ANALYST_ROLES: readonly Role[] = ['MANAGER', 'PROCESS_OWNER'];
/** Policies, themes, theme models and re-analysis. */
export const CONFIGURER_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'PROCESS_OWNER'];
/** Teams and service levels. */
export const ORGANISER_ROLES: readonly Role[] = ['ADMIN', 'MANAGER'];
/** The staff forms: pulse and logged contacts. */
export const FORM_ROLES: readonly Role[] = ['MANAGER', 'PROCESS_OWNER', 'STAFF'];
export const ADMIN_ROLES: readonly Role[] = ['ADMIN'];

export type NavIcon =
  | 'review'
  | 'trends'
  | 'bottlenecks'
  | 'policy'
  | 'staff'
  | 'actions'
  | 'explorer'
  | 'forms'
  | 'settings';

export interface NavEntry {
  id: NavIcon;
  label: string;
  /** Where the entry leads once built; planned entries are shown disabled, never linked. */
  path: string;
  roles: readonly Role[];
  status: 'ready' | 'planned';
  /** One line on what the page is for (the disabled entry's tooltip). */
  summary: string;
}

/** The dashboard's pages, in the order a monthly review walks through them. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    id: 'review',
    label: 'Review',
    path: '/review',
    roles: MANAGER_ROLES,
    status: 'ready',
    summary: 'The monthly service review',
  },
  {
    id: 'trends',
    label: 'Trends',
    path: '/trends',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Volumes and metrics over time',
  },
  {
    id: 'bottlenecks',
    label: 'Bottlenecks',
    path: '/bottlenecks',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Where requests wait',
  },
  {
    id: 'policy',
    label: 'Policy friction',
    path: '/policies',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Rules that cause complaints and exceptions',
  },
  {
    id: 'staff',
    label: 'Staff',
    path: '/staff',
    roles: MANAGER_ROLES,
    status: 'ready',
    summary: 'Load against capacity, and the staff pulse',
  },
  {
    id: 'actions',
    label: 'Actions',
    path: '/actions',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Improvement actions and their effect',
  },
  {
    id: 'explorer',
    label: 'Explorer',
    path: '/explorer',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Search and filter items',
  },
  {
    id: 'forms',
    label: 'Forms',
    path: '/forms',
    roles: FORM_ROLES,
    status: 'ready',
    summary: 'Staff feedback and logging contacts',
  },
  {
    id: 'settings',
    label: 'Settings',
    path: '/settings',
    roles: CONFIGURER_ROLES,
    status: 'ready',
    summary: 'Teams, policies, themes, service levels, users, keys and re-analysis',
  },
];

/** The entries a role sees: staff get the forms only, not analytics they cannot open. */
export function navEntriesFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.includes(role));
}

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

/** True when `pathname` is in the entry's section: /forms/contact is in Forms (/forms). */
export function isInSection(pathname: string, entryPath: string): boolean {
  const section = `/${entryPath.split('/')[1] ?? ''}`;
  return pathname === section || pathname.startsWith(`${section}/`);
}
