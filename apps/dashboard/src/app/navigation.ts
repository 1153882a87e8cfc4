import type { Role } from '../graphql/generated/graphql';
import {
  ANALYST_ROLES,
  CONFIGURER_ROLES,
  FORM_ROLES,
  MANAGER_ROLES,
  ORGANISER_ROLES,
  STAFF_ROLES,
} from '../session/roles';

export type NavIcon =
  | 'review'
  | 'trends'
  | 'bottlenecks'
  | 'policy'
  | 'staff'
  | 'forecast'
  | 'actions'
  | 'explorer'
  | 'topics'
  | 'digests'
  | 'forms'
  | 'my-items'
  | 'settings'
  | 'alerts'
  | 'attention'
  | 'first-contact';

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
    id: 'attention',
    label: 'Attention',
    path: '/attention',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Items past their service level or without an update, owners and escalations',
  },
  {
    id: 'first-contact',
    label: 'First contact',
    path: '/first-contact',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'Problems decided at the first contact, escalated or referred',
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
    id: 'forecast',
    label: 'Forecast',
    path: '/forecast',
    roles: MANAGER_ROLES,
    status: 'ready',
    summary: 'Arrivals of the coming weeks against each team’s capacity',
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
    id: 'topics',
    label: 'Emerging topics',
    path: '/topics',
    roles: ANALYST_ROLES,
    status: 'ready',
    summary: 'New phrases no theme covers yet, to promote to themes',
  },
  {
    id: 'digests',
    label: 'Digests',
    path: '/digests',
    roles: MANAGER_ROLES,
    status: 'ready',
    summary: 'The review by e-mail each week or month, and past digests',
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
    id: 'my-items',
    label: 'My items',
    path: '/my-items',
    roles: STAFF_ROLES,
    status: 'ready',
    summary: 'The items you logged or handled, to add a reply or a decision',
  },
  {
    id: 'settings',
    label: 'Settings',
    path: '/settings',
    roles: CONFIGURER_ROLES,
    status: 'ready',
    summary: 'Teams, policies, themes, service levels, users, keys and re-analysis',
  },
  {
    id: 'alerts',
    label: 'Alerts',
    path: '/alerts',
    roles: ORGANISER_ROLES,
    status: 'ready',
    summary: 'Alert rules, webhooks, the delivery log and notifications',
  },
];

/** The entries a role sees: staff get the forms only, not analytics they cannot open. */
export function navEntriesFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => entry.roles.includes(role));
}

/** True when `pathname` is in the entry's section: /forms/contact is in Forms (/forms). */
export function isInSection(pathname: string, entryPath: string): boolean {
  const section = `/${entryPath.split('/')[1] ?? ''}`;
  return pathname === section || pathname.startsWith(`${section}/`);
}
