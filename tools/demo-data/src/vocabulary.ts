// The product's vocabulary: string values exactly as the database stores them.

export const ITEM_KINDS = ['request', 'complaint', 'feedback', 'compliment'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_SOURCES = ['external_customer', 'internal_customer', 'staff'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export const CHANNELS = [
  'email',
  'phone',
  'web_form',
  'chat',
  'in_person',
  'social',
  'letter',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ITEM_STATUSES = [
  'new',
  'in_progress',
  'waiting_on_customer',
  'waiting_internal',
  'resolved',
  'closed',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Statuses in which an item waits; `in_progress` is the only working status. */
export const WAITING_STATUSES: readonly ItemStatus[] = [
  'new',
  'waiting_on_customer',
  'waiting_internal',
];

export const VIABILITY_DECISIONS = [
  'accepted',
  'soft_no',
  'hard_no',
  'referred',
  'escalated',
] as const;
export type ViabilityDecision = (typeof VIABILITY_DECISIONS)[number];

export const ITEM_EVENT_TYPES = [
  'status_changed',
  'staff_reply',
  'escalated',
  'exception_granted',
  'exception_refused',
  'follow_up',
  'satisfaction_check',
] as const;
export type ItemEventType = (typeof ITEM_EVENT_TYPES)[number];

export const STAFFING_EVENT_TYPES = ['hire', 'departure', 'sick_leave'] as const;
export type StaffingEventType = (typeof STAFFING_EVENT_TYPES)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'abandoned'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ROLES = ['admin', 'manager', 'process_owner', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Ground-truth labels for the cues the generator wrote into a text, so the analysis can be
 * evaluated against them. The loader does not store them.
 */
export const TEXT_CUES = [
  'policy_friction',
  'runaround',
  'churn',
  'escalation_demand',
  'personal_data',
  'apology',
  'options_offered',
  'follow_through',
  'satisfaction_check',
  'feedback_request',
  'excuse',
  'blame',
  'overload',
] as const;
export type TextCue = (typeof TEXT_CUES)[number];
