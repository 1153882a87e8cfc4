/** Warning signs that an organisation is losing touch with its customers, as they show in text. */
export const WARNING_SIGNS = [
  'excuse',
  'blame',
  'policy-friction',
  'runaround',
  'overload',
  'churn-risk',
  'escalation',
  'delay',
  'staff-conduct',
] as const;

/** Steps of the complaint-handling protocol, as cues in staff replies. */
export const PROTOCOL_CUES = [
  'protocol-apology',
  'protocol-options',
  'protocol-follow-through',
  'protocol-satisfaction-check',
  'protocol-feedback-request',
] as const;

export type WarningSign = (typeof WARNING_SIGNS)[number];
export type ProtocolCue = (typeof PROTOCOL_CUES)[number];
export type FlagType = WarningSign | ProtocolCue;

/** Who wrote the text: rules differ (only staff can apologise for the organisation or blame its customer). */
export type Writer = 'customer' | 'staff';

/**
 * A text rule: any of its phrase patterns (see phrase-pattern.ts) raises the flag with the
 * confidence given for the writer; a writer without a confidence is not checked. A match
 * shortly after a negator ("I'm not going to cancel") does not count.
 */
export interface SignRule {
  type: FlagType;
  patterns: readonly string[];
  confidence: Partial<Record<Writer, number>>;
}
