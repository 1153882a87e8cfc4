import type { Analysis, Evidence, Flag } from '@fulcrum/analysis';
import type { EntityManager } from 'typeorm';
import {
  type ColumnSpec,
  type Staging,
  type UnnestInsert,
  runInsert,
} from '../database/unnest-insert';
import type { OrganisationAnalyzer } from './analyzer.service';
import { applyFlagCorrections } from './flag-corrections';

/** The outcome of analysing one item's text: the analysis, or why it failed. */
export interface ItemAnalysisOutcome {
  itemId: string;
  outcome: Analysis | Error;
}

/** Flags found in one timeline entry's text. */
export interface EventFlags {
  itemId: string;
  eventId: string;
  flags: Flag[];
}

type Span = [number, number];
const spans = (evidence: readonly Evidence[]): Span[] =>
  evidence.map(({ start, end }) => [start, end]);
const quotes = (evidence: readonly Evidence[]) => [...new Set(evidence.map((span) => span.text))];

/** Evidence kept compactly as [start, end] offsets into the redacted text (shown with highlights). */
function detailsOf(analysis: Analysis) {
  return {
    themes: analysis.themes.map((theme) => ({
      name: theme.name,
      score: theme.score,
      matchedBy: theme.matchedBy,
      spans: spans(theme.evidence),
    })),
    sentiment: {
      method: analysis.sentiment.method,
      confidence: analysis.sentiment.confidence,
      spans: analysis.sentiment.evidence
        .slice(0, 8)
        .map((word) => [word.start, word.end, word.weight]),
    },
    flags: analysis.flags.map((flag) => ({
      type: flag.type,
      confidence: flag.confidence,
      spans: spans(flag.evidence),
    })),
    policies: analysis.policyMentions.map((mention) => ({
      id: mention.policyId,
      confidence: mention.confidence,
      matched: mention.matchedPhrase,
      spans: spans(mention.evidence),
    })),
    redactions: analysis.redactions.length,
    // `not-analysed`: a language the analysis does not read (no sentiment, themes or flags).
    language: analysis.language,
    status: analysis.status,
  };
}

/** Evidence quotes of the flag and policy rows, sent as text and cast to text[]. */
const evidenceColumn = <T>(evidence: (row: T) => readonly Evidence[]): ColumnSpec<T> => ({
  name: 'evidence',
  type: 'text',
  cast: 'text[]',
  value: (row) => arrayLiteralOf(quotes(evidence(row))),
});

type FlagRow = { itemId: string; eventId: string | null; flag: Flag };
type ThemeRow = { itemId: string; themeId: string; score: number };
type MentionRow = { itemId: string; mention: Analysis['policyMentions'][number] };

const failed = (result: ItemAnalysisOutcome): result is { itemId: string; outcome: Error } =>
  result.outcome instanceof Error;
const analysisOf = (result: ItemAnalysisOutcome): Analysis | null =>
  result.outcome instanceof Error ? null : result.outcome;

/**
 * The rows that store analyses: the summary row with its evidence, and the theme, flag and policy
 * rows that queries filter and count by. Each is keyed by `item_id`, so a caller can write them
 * in the statement that inserts the items (items/item-writer.ts) or after them (re-analysis).
 */
export function analysisInserts(
  built: OrganisationAnalyzer,
  results: readonly ItemAnalysisOutcome[],
): {
  analyses: UnnestInsert<ItemAnalysisOutcome>;
  rest: [UnnestInsert<ThemeRow>, UnnestInsert<FlagRow>, UnnestInsert<MentionRow>];
} {
  const done = results.flatMap((result) => {
    const analysis = analysisOf(result);
    return analysis ? [{ itemId: result.itemId, analysis }] : [];
  });
  const analyses: UnnestInsert<ItemAnalysisOutcome> = {
    table: 'item_analyses',
    columns: [
      { name: 'item_id', type: 'uuid', value: (result) => result.itemId },
      {
        name: 'status',
        type: 'analysis_status',
        value: (result) => (failed(result) ? 'failed' : 'done'),
      },
      { name: 'model_version', type: 'text', value: () => built.modelVersion },
      {
        name: 'sentiment',
        type: 'sentiment_label',
        value: (result) => analysisOf(result)?.sentiment.label ?? null,
      },
      {
        name: 'sentiment_score',
        type: 'real',
        value: (result) => analysisOf(result)?.sentiment.score ?? null,
      },
      // Only a text that had personal data masked needs a second copy.
      {
        name: 'redacted_text',
        type: 'text',
        value: (result) => {
          const analysis = analysisOf(result);
          return analysis && analysis.redactions.length > 0 ? analysis.redactedText : null;
        },
      },
      {
        name: 'details',
        type: 'jsonb',
        value: (result) => {
          const analysis = analysisOf(result);
          return analysis ? JSON.stringify(detailsOf(analysis)) : null;
        },
      },
      {
        name: 'error',
        type: 'text',
        value: (result) => (failed(result) ? result.outcome.message.slice(0, 2000) : null),
      },
    ],
    rows: results,
    tail: `ON CONFLICT (item_id) DO UPDATE SET status = excluded.status, model_version = excluded.model_version,
       analysed_at = now(), sentiment = excluded.sentiment, sentiment_score = excluded.sentiment_score,
       redacted_text = excluded.redacted_text, details = excluded.details, error = excluded.error,
       attempts = CASE WHEN excluded.status = 'failed' THEN item_analyses.attempts + 1 ELSE item_analyses.attempts END`,
  };
  const themes: UnnestInsert<ThemeRow> = {
    table: 'item_themes',
    columns: [
      { name: 'item_id', type: 'uuid', value: (row) => row.itemId },
      { name: 'theme_id', type: 'uuid', value: (row) => row.themeId },
      { name: 'score', type: 'real', value: (row) => row.score },
      { name: 'origin', type: 'theme_origin', value: () => 'analysis' },
    ],
    rows: done.flatMap(({ itemId, analysis }) =>
      analysis.themes.flatMap((theme) => {
        const themeId = built.themeIds.get(theme.name);
        return themeId ? [{ itemId, themeId, score: theme.score }] : [];
      }),
    ),
    // A corrected item keeps the person's themes.
    where: 'NOT EXISTS (SELECT 1 FROM theme_corrections c WHERE c.item_id = unnest.item_id)',
    tail: 'ON CONFLICT DO NOTHING',
  };
  const flags = flagInsert(
    done.flatMap(({ itemId, analysis }) =>
      analysis.flags.map((flag) => ({ itemId, eventId: null, flag })),
    ),
  );
  const mentions: UnnestInsert<MentionRow> = {
    table: 'item_policy_mentions',
    columns: [
      { name: 'item_id', type: 'uuid', value: (row) => row.itemId },
      { name: 'policy_id', type: 'uuid', value: (row) => row.mention.policyId },
      { name: 'confidence', type: 'real', value: (row) => row.mention.confidence },
      evidenceColumn((row) => row.mention.evidence),
    ],
    rows: done.flatMap(({ itemId, analysis }) =>
      analysis.policyMentions.map((mention) => ({ itemId, mention })),
    ),
    tail: 'ON CONFLICT DO NOTHING',
  };
  return { analyses, rest: [themes, flags, mentions] };
}

/**
 * Writes analyses of stored items (see analysisInserts). `replace` clears earlier results first
 * (re-analysis); themes a person corrected are never replaced by the analysis, nor flags a person
 * judged.
 */
export async function writeItemAnalyses(
  manager: EntityManager,
  built: OrganisationAnalyzer,
  results: readonly ItemAnalysisOutcome[],
  { replace }: { replace: boolean },
): Promise<void> {
  if (results.length === 0) return;
  const { analyses, rest } = analysisInserts(built, results);
  await runInsert(manager, analyses);
  if (replace) {
    const itemIds = results.map((result) => result.itemId);
    await manager.query(
      `DELETE FROM item_themes WHERE item_id = ANY($1::uuid[]) AND origin = 'analysis'`,
      [itemIds],
    );
    await manager.query(
      'DELETE FROM item_flags WHERE item_id = ANY($1::uuid[]) AND event_id IS NULL',
      [itemIds],
    );
    await manager.query('DELETE FROM item_policy_mentions WHERE item_id = ANY($1::uuid[])', [
      itemIds,
    ]);
  }
  for (const insert of rest) await runInsert(manager, insert as UnnestInsert<unknown>);
  // A person's verdict on a flag outlives the analysis that raised it.
  await applyFlagCorrections(
    manager,
    results.map((result) => result.itemId),
  );
}

/** Writes the flags found in timeline entries (staff replies and the like). */
export async function writeEventFlags(
  manager: EntityManager,
  rows: readonly EventFlags[],
  staging?: Staging,
): Promise<void> {
  await runInsert(
    manager,
    flagInsert(
      rows.flatMap(({ itemId, eventId, flags }) =>
        flags.map((flag) => ({ itemId, eventId, flag })),
      ),
    ),
    staging,
  );
  await applyFlagCorrections(manager, [...new Set(rows.map((row) => row.itemId))]);
}

function flagInsert(rows: FlagRow[]): UnnestInsert<FlagRow> {
  return {
    table: 'item_flags',
    columns: [
      { name: 'item_id', type: 'uuid', value: (row) => row.itemId },
      { name: 'event_id', type: 'uuid', value: (row) => row.eventId },
      { name: 'type', type: 'flag_type', value: (row) => row.flag.type },
      { name: 'confidence', type: 'real', value: (row) => row.flag.confidence },
      evidenceColumn((row) => row.flag.evidence),
    ],
    rows,
  };
}

/** A PostgreSQL array literal of texts (sent as text, cast to text[] in SQL). */
const arrayLiteralOf = (values: readonly string[]) =>
  `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
