import type { EntityManager } from 'typeorm';

/** A staff-written timeline entry to look for warning signs in. */
export interface EventText {
  id: string;
  itemId: string;
  text: string | null;
}

/**
 * Finds warning signs and protocol cues in the timeline entries being recorded, in the
 * transaction that stores them. The text analysis provides it (AnalysisModule): items know only
 * this shape, and the analysis builds on items, never the reverse.
 */
export abstract class EventTextAnalysis {
  /** Readies the analyzer before a transaction starts; what it returns writes the flags in it. */
  abstract prepare(): Promise<
    (manager: EntityManager, events: readonly EventText[]) => Promise<void>
  >;
}
