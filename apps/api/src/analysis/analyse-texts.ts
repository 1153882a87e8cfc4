import type { AnalysisContext } from '@fulcrum/analysis';
import type { EntityManager } from 'typeorm';
import { ItemSource } from '../items/item.enums';
import { writeEventFlags, writeItemAnalyses } from './analysis-writer';
import type { OrganisationAnalyzer } from './analyzer.service';

/** What the analysis needs to know about an item. */
export interface AnalysableItem {
  id: string;
  text: string;
  kind: string;
  source: string;
}

/** A timeline entry whose text was written by staff (a reply, an escalation, a note). */
export interface AnalysableEvent {
  id: string;
  itemId: string;
  text: string | null;
}

export const contextOf = (item: Pick<AnalysableItem, 'kind' | 'source'>): AnalysisContext => ({
  kind: item.kind,
  source: item.source === ItemSource.STAFF ? 'staff' : 'customer',
});

/**
 * Analyses items and stores the results in the caller's transaction. An item whose analysis
 * throws gets a failed analysis, retried later: its own write never fails because of it.
 * Get `built` from AnalyzerService before the transaction starts.
 */
export async function analyseItems(
  manager: EntityManager,
  built: OrganisationAnalyzer,
  items: readonly AnalysableItem[],
  options: { replace: boolean },
): Promise<void> {
  const outcomes = await built.analyseAll(
    items.map((item) => ({ text: item.text, context: contextOf(item) })),
  );
  const results = items.map((item, index) => ({ itemId: item.id, outcome: outcomes[index] }));
  await writeItemAnalyses(manager, built, results, options);
}

/** Finds warning signs and protocol cues in staff-written timeline entries. */
export async function analyseEvents(
  manager: EntityManager,
  built: OrganisationAnalyzer,
  events: readonly AnalysableEvent[],
): Promise<void> {
  const written = events.filter((event): event is AnalysableEvent & { text: string } =>
    Boolean(event.text),
  );
  const found = await built.flagsAll(
    written.map((event) => ({ text: event.text, context: { source: 'staff', kind: 'reply' } })),
  );
  // A reply that cannot be analysed only lacks flags; it is never refused for it.
  const rows = written.flatMap((event, index) => {
    const flags = found[index];
    return flags instanceof Error || flags.length === 0
      ? []
      : [{ itemId: event.itemId, eventId: event.id, flags }];
  });
  await writeEventFlags(manager, rows);
}
