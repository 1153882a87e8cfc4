import { registerEnumType } from '@nestjs/graphql';

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

registerEnumType(AnalysisStatus, { name: 'AnalysisStatus' });
registerEnumType(ThemeOrigin, { name: 'ThemeOrigin' });
registerEnumType(ModelKind, { name: 'ModelKind' });
registerEnumType(FlagVerdict, { name: 'FlagVerdict' });
registerEnumType(JobStatus, { name: 'JobStatus' });
