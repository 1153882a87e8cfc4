import type {
  FirstContactOutcome,
  ActionStatus,
  Channel,
  ComparisonMode,
  ComplaintStep,
  IndicatorState,
  LoadState,
  Severity,
  SlaClock,
  StaffingEventType,
  FlagType,
  ItemEventType,
  ItemKind,
  ItemSource,
  ItemStatus,
  JobStatus,
  Priority,
  Role,
  SentimentLabel,
  ViabilityDecision,
} from '../graphql/generated/graphql';

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

export const ITEM_SOURCES = [
  'EXTERNAL_CUSTOMER',
  'INTERNAL_CUSTOMER',
  'STAFF',
] as const satisfies readonly ItemSource[];

export const itemSourceLabel: Record<ItemSource, string> = {
  ...customerSourceLabel,
  STAFF: 'Staff report',
};

export const ITEM_STATUSES = [
  'NEW',
  'IN_PROGRESS',
  'WAITING_ON_CUSTOMER',
  'WAITING_INTERNAL',
  'RESOLVED',
  'CLOSED',
] as const satisfies readonly ItemStatus[];

export const itemStatusLabel: Record<ItemStatus, string> = {
  NEW: 'New',
  IN_PROGRESS: 'In progress',
  WAITING_ON_CUSTOMER: 'Waiting on the customer',
  WAITING_INTERNAL: 'Waiting internally',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

export const SENTIMENTS = [
  'NEGATIVE',
  'MIXED',
  'NEUTRAL',
  'POSITIVE',
] as const satisfies readonly SentimentLabel[];

export const sentimentLabel: Record<SentimentLabel, string> = {
  NEGATIVE: 'Negative',
  MIXED: 'Mixed',
  NEUTRAL: 'Neutral',
  POSITIVE: 'Positive',
};

/** Warning signs first, then the complaint-handling protocol in the order it is followed. */
export const FLAG_TYPES = [
  'EXCUSE',
  'BLAME',
  'RUNAROUND',
  'DELAY',
  'ESCALATION',
  'POLICY_FRICTION',
  'STAFF_CONDUCT',
  'OVERLOAD',
  'CHURN_RISK',
  'PROTOCOL_APOLOGY',
  'PROTOCOL_OPTIONS',
  'PROTOCOL_FOLLOW_THROUGH',
  'PROTOCOL_SATISFACTION_CHECK',
  'PROTOCOL_FEEDBACK_REQUEST',
] as const satisfies readonly FlagType[];

export const flagLabel: Record<FlagType, string> = {
  EXCUSE: 'Excuse',
  BLAME: 'Blames the customer',
  RUNAROUND: 'Runaround',
  DELAY: 'Delay',
  ESCALATION: 'Escalation',
  POLICY_FRICTION: 'Policy friction',
  STAFF_CONDUCT: 'Staff conduct',
  OVERLOAD: 'Overload',
  CHURN_RISK: 'May leave',
  PROTOCOL_APOLOGY: 'Apologised',
  PROTOCOL_OPTIONS: 'Offered options',
  PROTOCOL_FOLLOW_THROUGH: 'Followed through',
  PROTOCOL_SATISFACTION_CHECK: 'Checked satisfaction',
  PROTOCOL_FEEDBACK_REQUEST: 'Asked for feedback',
};

/** Protocol cues are good practice; everything else is a warning sign. */
export function isProtocolCue(flag: FlagType): boolean {
  return flag.startsWith('PROTOCOL_');
}

export const itemEventTypeLabel: Record<ItemEventType, string> = {
  STATUS_CHANGED: 'Status changed',
  STAFF_REPLY: 'Staff reply',
  ESCALATED: 'Escalated',
  EXCEPTION_GRANTED: 'Exception granted',
  EXCEPTION_REFUSED: 'Exception refused',
  FOLLOW_UP: 'Follow-up',
  SATISFACTION_CHECK: 'Satisfaction check',
};

export const viabilityLabel: Record<ViabilityDecision, string> = {
  ACCEPTED: 'Accepted',
  SOFT_NO: 'Soft no (alternative offered)',
  HARD_NO: 'Hard no',
  REFERRED: 'Referred elsewhere',
  ESCALATED: 'Escalated',
};

export const ACTION_STATUSES = [
  'PLANNED',
  'IN_PROGRESS',
  'DONE',
  'ABANDONED',
] as const satisfies readonly ActionStatus[];

export const actionStatusLabel: Record<ActionStatus, string> = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  ABANDONED: 'Abandoned',
};

export const jobStatusLabel: Record<JobStatus, string> = {
  QUEUED: 'Waiting to start',
  RUNNING: 'Running',
  DONE: 'Finished',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

export const VIABILITIES = [
  'ACCEPTED',
  'SOFT_NO',
  'HARD_NO',
  'REFERRED',
  'ESCALATED',
] as const satisfies readonly ViabilityDecision[];

export const ITEM_EVENT_TYPES = [
  'STATUS_CHANGED',
  'STAFF_REPLY',
  'ESCALATED',
  'EXCEPTION_GRANTED',
  'EXCEPTION_REFUSED',
  'FOLLOW_UP',
  'SATISFACTION_CHECK',
] as const satisfies readonly ItemEventType[];

export const SLA_CLOCKS = ['FIRST_RESPONSE', 'RESOLUTION'] as const satisfies readonly SlaClock[];

/** "Missed the first-response target" */
export const slaClockLabel: Record<SlaClock, string> = {
  FIRST_RESPONSE: 'first-response',
  RESOLUTION: 'resolution',
};

/** Where a decision was given (the API's FirstContactOutcome). */
export const FIRST_CONTACT_OUTCOMES = [
  'FIRST_CONTACT',
  'LATER',
  'ESCALATED',
  'REFERRED',
  'UNDECIDED',
] as const satisfies readonly FirstContactOutcome[];

export const firstContactLabel: Record<FirstContactOutcome, string> = {
  FIRST_CONTACT: 'decided at first contact',
  LATER: 'decided later',
  ESCALATED: 'escalated',
  REFERRED: 'referred',
  UNDECIDED: 'not decided yet',
};

/** The complaint-handling protocol, in the order it is followed. */
export const COMPLAINT_STEPS = [
  'ACKNOWLEDGED',
  'OPTIONS_OFFERED',
  'FOLLOWED_THROUGH',
  'SATISFACTION_CHECKED',
  'FEEDBACK_ASKED',
] as const satisfies readonly ComplaintStep[];

export const complaintStepLabel: Record<ComplaintStep, string> = {
  ACKNOWLEDGED: 'Acknowledged and apologised',
  OPTIONS_OFFERED: 'Offered options',
  FOLLOWED_THROUGH: 'Followed through',
  SATISFACTION_CHECKED: 'Checked satisfaction',
  FEEDBACK_ASKED: 'Asked for feedback',
};

export const COMPARISONS = [
  'PREVIOUS',
  'YEAR_AGO',
  'NONE',
] as const satisfies readonly ComparisonMode[];

export const comparisonLabel: Record<ComparisonMode, string> = {
  PREVIOUS: 'The period before',
  YEAR_AGO: 'A year earlier',
  NONE: 'No comparison',
};

export const indicatorStateLabel: Record<IndicatorState, string> = {
  OK: 'OK',
  WATCH: 'Watch',
  ALERT: 'Alert',
  NO_DATA: 'No data',
};

/** A spike test's verdict on a theme or policy. */
export const severityLabel: Record<Severity, string> = {
  NONE: 'Usual',
  WATCH: 'Watch',
  ALERT: 'Alert',
};

export const loadStateLabel: Record<LoadState, string> = {
  OK: 'Within capacity',
  STRETCHED: 'Stretched',
  OVERLOADED: 'Overloaded',
};

export const staffingEventLabel: Record<StaffingEventType, string> = {
  HIRE: 'Hire',
  DEPARTURE: 'Departure',
  SICK_LEAVE: 'Sick leave',
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'none' });

/** A detected language's English name ("de" → "German"); codes the detector cannot name read as such. */
export function languageName(code: string | null): string {
  if (code === null || code === 'und') return 'an undetermined language';
  if (code === 'other') return 'a language or script the detector does not know';
  return LANGUAGE_NAMES.of(code) ?? `the language "${code}"`;
}
