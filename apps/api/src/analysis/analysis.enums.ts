import { registerEnumType } from '@nestjs/graphql';

export enum SentimentLabel {
  NEGATIVE = 'negative',
  NEUTRAL = 'neutral',
  POSITIVE = 'positive',
  MIXED = 'mixed',
}

/** `failed` analyses are retried in the background; the item itself is always stored. */
export enum AnalysisStatus {
  DONE = 'done',
  FAILED = 'failed',
}

/** Where an item's theme came from: the analysis, or a person's correction (which re-analysis keeps). */
export enum ThemeOrigin {
  ANALYSIS = 'analysis',
  CORRECTION = 'correction',
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

export enum ModelKind {
  THEME = 'theme',
  SENTIMENT = 'sentiment',
  /** The warning-sign model, retrained with the flags people confirmed or rejected. */
  SIGN = 'sign',
}

/** A person's verdict on a flag: it stays (and counts) or it goes (and teaches the model). */
export enum FlagVerdict {
  CONFIRMED = 'confirmed',
  REJECTED = 'rejected',
}

export enum JobStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}

registerEnumType(SentimentLabel, { name: 'SentimentLabel' });
registerEnumType(AnalysisStatus, { name: 'AnalysisStatus' });
registerEnumType(ThemeOrigin, { name: 'ThemeOrigin' });
registerEnumType(FlagType, { name: 'FlagType' });
registerEnumType(ModelKind, { name: 'ModelKind' });
registerEnumType(FlagVerdict, { name: 'FlagVerdict' });
registerEnumType(JobStatus, { name: 'JobStatus' });
