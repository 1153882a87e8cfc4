import { registerEnumType } from '@nestjs/graphql';

export enum ItemKind {
  REQUEST = 'request',
  COMPLAINT = 'complaint',
  FEEDBACK = 'feedback',
  COMPLIMENT = 'compliment',
}

/** Who the item comes from: an outside customer, a colleague served by an internal team, or staff. */
export enum ItemSource {
  EXTERNAL_CUSTOMER = 'external_customer',
  INTERNAL_CUSTOMER = 'internal_customer',
  STAFF = 'staff',
}

export enum Channel {
  EMAIL = 'email',
  PHONE = 'phone',
  WEB_FORM = 'web_form',
  CHAT = 'chat',
  IN_PERSON = 'in_person',
  SOCIAL = 'social',
  LETTER = 'letter',
}

export enum Priority {
  LOW = 'low',
  NORMAL = 'normal',
  HIGH = 'high',
  URGENT = 'urgent',
}

/** Waiting statuses are `new`, `waiting_on_customer` and `waiting_internal`; work happens `in_progress`. */
export enum ItemStatus {
  NEW = 'new',
  IN_PROGRESS = 'in_progress',
  WAITING_ON_CUSTOMER = 'waiting_on_customer',
  WAITING_INTERNAL = 'waiting_internal',
  RESOLVED = 'resolved',
  CLOSED = 'closed',
}

/** What the organisation decided about a request: a soft no offers an alternative, a hard no does not. */
export enum ViabilityDecision {
  ACCEPTED = 'accepted',
  SOFT_NO = 'soft_no',
  HARD_NO = 'hard_no',
  REFERRED = 'referred',
  ESCALATED = 'escalated',
}

export enum ItemEventType {
  STATUS_CHANGED = 'status_changed',
  STAFF_REPLY = 'staff_reply',
  ESCALATED = 'escalated',
  EXCEPTION_GRANTED = 'exception_granted',
  EXCEPTION_REFUSED = 'exception_refused',
  FOLLOW_UP = 'follow_up',
  SATISFACTION_CHECK = 'satisfaction_check',
}

// What the text analysis (analysis/) finds in an item: part of the item's vocabulary, which
// lists filter on.
export enum SentimentLabel {
  NEGATIVE = 'negative',
  NEUTRAL = 'neutral',
  POSITIVE = 'positive',
  MIXED = 'mixed',
}

/** Warning signs and complaint-protocol cues found in text (the analysis library's flag types). */
export enum FlagType {
  EXCUSE = 'excuse',
  BLAME = 'blame',
  POLICY_FRICTION = 'policy-friction',
  RUNAROUND = 'runaround',
  OVERLOAD = 'overload',
  CHURN_RISK = 'churn-risk',
  ESCALATION = 'escalation',
  DELAY = 'delay',
  STAFF_CONDUCT = 'staff-conduct',
  PROTOCOL_APOLOGY = 'protocol-apology',
  PROTOCOL_OPTIONS = 'protocol-options',
  PROTOCOL_FOLLOW_THROUGH = 'protocol-follow-through',
  PROTOCOL_SATISFACTION_CHECK = 'protocol-satisfaction-check',
  PROTOCOL_FEEDBACK_REQUEST = 'protocol-feedback-request',
}

registerEnumType(ItemKind, { name: 'ItemKind' });
registerEnumType(ItemSource, { name: 'ItemSource' });
registerEnumType(Channel, { name: 'Channel' });
registerEnumType(Priority, { name: 'Priority' });
registerEnumType(ItemStatus, { name: 'ItemStatus' });
registerEnumType(ViabilityDecision, {
  name: 'ViabilityDecision',
  valuesMap: { SOFT_NO: { description: 'Declined with an alternative offered' } },
});
registerEnumType(ItemEventType, { name: 'ItemEventType' });
registerEnumType(SentimentLabel, { name: 'SentimentLabel' });
registerEnumType(FlagType, { name: 'FlagType' });
