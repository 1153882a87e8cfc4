import type { AnalysisContext } from '@fulcrum/analysis';
import type { EntityManager } from 'typeorm';
import type { Staging, UnnestInsert } from '../database/unnest-insert';
import type { EventText } from '../items/event-text-analysis';
import { ItemSource } from '../items/item.enums';
import type { AnalyseNewItems } from '../items/item-writer';
import { analysisInserts, writeEventFlags, writeItemAnalyses } from './analysis-writer';
import type { OrganisationAnalyzer } from './analyzer.service';

/** What the analysis needs to know about an item. */
export interface AnalysableItem {
  id: string;
  text: string;
  kind: string;
  source: string;
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

/** What insertAnalysed needs to store new items with their analyses in one statement. */
export const newItemAnalysis =
  (built: OrganisationAnalyzer): AnalyseNewItems =>
  async (rows) => {
    const outcomes = await built.analyseAll(
      rows.map(({ item }) => ({ text: item.text, context: contextOf(item) })),
    );
    const { analyses, rest } = analysisInserts(
      built,
      rows.map(({ id }, index) => ({ itemId: id, outcome: outcomes[index] })),
    );
    return [analyses, ...rest] as UnnestInsert<unknown>[];
  };

/** Finds warning signs and protocol cues in staff-written timeline entries. */
export async function analyseEvents(
  manager: EntityManager,
  built: OrganisationAnalyzer,
  events: readonly EventText[],
  staging?: Staging,
): Promise<void> {
  const texts = events.filter((event): event is EventText & { text: string } =>
    Boolean(event.text),
  );
  const found = await built.flagsAll(
    texts.map((event) => ({ text: event.text, context: { source: 'staff', kind: 'reply' } })),
  );
  // A reply that cannot be analysed only lacks flags; it is never refused for it.
  const rows = texts.flatMap((event, index) => {
    const flags = found[index];
    return flags instanceof Error || flags.length === 0
      ? []
      : [{ itemId: event.itemId, eventId: event.id, flags }];
  });
  await writeEventFlags(manager, rows, staging);
}
