import type { Role } from '../graphql/generated/graphql';

// Who may open what, mirroring the API's role groups (apps/api/src/auth/role-groups.ts).
export const ANALYST_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'PROCESS_OWNER'];
export const PERSON_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'PROCESS_OWNER', 'STAFF'];
export const ORGANISER_ROLES: readonly Role[] = ['ADMIN', 'MANAGER'];
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
    roles: ANALYST_ROLES,
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
    roles: ANALYST_ROLES,
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
    roles: PERSON_ROLES,
    status: 'ready',
    summary: 'Staff feedback and logging contacts',
  },
  {
    id: 'settings',
    label: 'Settings',
    path: '/settings',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Teams, policies, themes, service levels, users, keys and re-analysis',
  },
];

/** The entries a role sees: staff get the forms only, not analytics they cannot open. */
export function navEntriesFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.includes(role));
}

/** Where a role lands after signing in: the monthly review for those who run it. */
export function homePathFor(role: Role): string {
  return ANALYST_ROLES.includes(role) ? '/review' : '/forms/pulse';
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
