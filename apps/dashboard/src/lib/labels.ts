import type { Channel, ItemKind, ItemSource, Priority, Role } from '../graphql/generated/graphql';

// Words people use for the API's enums, in one place.

export const ITEM_KINDS = [
  'REQUEST',
  'COMPLAINT',
  'FEEDBACK',
  'COMPLIMENT',
] as const satisfies readonly ItemKind[];

export const itemKindLabel: Record<ItemKind, string> = {
  REQUEST: 'Request',
  COMPLAINT: 'Complaint',
  FEEDBACK: 'Feedback',
  COMPLIMENT: 'Compliment',
};

export const itemKindPlural: Record<ItemKind, string> = {
  REQUEST: 'Requests',
  COMPLAINT: 'Complaints',
  FEEDBACK: 'Feedback',
  COMPLIMENT: 'Compliments',
};

export const CHANNELS = [
  'PHONE',
  'IN_PERSON',
  'EMAIL',
  'LETTER',
  'CHAT',
  'SOCIAL',
  'WEB_FORM',
] as const satisfies readonly Channel[];

export const channelLabel: Record<Channel, string> = {
  PHONE: 'Phone',
  IN_PERSON: 'In person',
  EMAIL: 'Email',
  LETTER: 'Letter',
  CHAT: 'Chat',
  SOCIAL: 'Social media',
  WEB_FORM: 'Web form',
};

export const PRIORITIES = [
  'LOW',
  'NORMAL',
  'HIGH',
  'URGENT',
] as const satisfies readonly Priority[];

export const priorityLabel: Record<Priority, string> = {
  LOW: 'Low',
  NORMAL: 'Normal',
  HIGH: 'High',
  URGENT: 'Urgent',
};

export const customerSourceLabel: Record<Exclude<ItemSource, 'STAFF'>, string> = {
  EXTERNAL_CUSTOMER: 'External customer',
  INTERNAL_CUSTOMER: 'Colleague (internal customer)',
};

export const roleLabel: Record<Role, string> = {
  ADMIN: 'Administrator',
  MANAGER: 'Manager',
  PROCESS_OWNER: 'Process owner',
  STAFF: 'Staff',
  INTEGRATOR: 'Integration',
};

export const rolePlural: Record<Role, string> = {
  ADMIN: 'administrators',
  MANAGER: 'managers',
  PROCESS_OWNER: 'process owners',
  STAFF: 'staff',
  INTEGRATOR: 'integrations',
};

/** "a, b and c" */
export function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Workload 1–5 in words, as the staff form asks it. */
export const WORKLOAD_LEVELS = [
  { value: 1, label: 'Light', description: 'Time to spare' },
  { value: 2, label: 'Comfortable', description: 'Busy but in control' },
  { value: 3, label: 'Full', description: 'Just keeping up' },
  { value: 4, label: 'Heavy', description: 'Falling behind at times' },
  { value: 5, label: 'Overwhelming', description: 'Cannot keep up' },
] as const;
