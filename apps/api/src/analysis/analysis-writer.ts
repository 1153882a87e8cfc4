import type { Analysis, Evidence, Flag } from '@fulcrum/analysis';
import type { EntityManager } from 'typeorm';
import { unnestInsert } from '../database/unnest-insert';
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

/**
 * Writes analyses for items: the summary row with its evidence, and the theme, flag and policy
 * rows that queries filter and count by. `replace` clears earlier results first (re-analysis);
 * themes a person corrected are never replaced by the analysis, nor flags a person judged.
 */
export async function writeItemAnalyses(
  manager: EntityManager,
  built: OrganisationAnalyzer,
  results: readonly ItemAnalysisOutcome[],
  { replace }: { replace: boolean },
): Promise<void> {
  if (results.length === 0) return;
  const done = results.filter(
    (result): result is { itemId: string; outcome: Analysis } => !(result.outcome instanceof Error),
  );
  const itemIds = results.map((result) => result.itemId);
  await unnestInsert(
    manager,
    'item_analyses',
    [
      { name: 'item_id', type: 'uuid', value: (result: ItemAnalysisOutcome) => result.itemId },
      {
        name: 'status',
        type: 'analysis_status',
        value: (result) => (result.outcome instanceof Error ? 'failed' : 'done'),
      },
      { name: 'model_version', type: 'text', value: () => built.analyzer.modelVersion },
      {
        name: 'sentiment',
        type: 'sentiment_label',
        value: (result) =>
          result.outcome instanceof Error ? null : result.outcome.sentiment.label,
      },
      {
        name: 'sentiment_score',
        type: 'real',
        value: (result) =>
          result.outcome instanceof Error ? null : result.outcome.sentiment.score,
      },
      // Only a text that had personal data masked needs a second copy.
      {
        name: 'redacted_text',
        type: 'text',
        value: (result) =>
          result.outcome instanceof Error || result.outcome.redactions.length === 0
            ? null
            : result.outcome.redactedText,
      },
      {
        name: 'details',
        type: 'jsonb',
        value: (result) =>
          result.outcome instanceof Error ? null : JSON.stringify(detailsOf(result.outcome)),
      },
      {
        name: 'error',
        type: 'text',
        value: (result) =>
          result.outcome instanceof Error ? result.outcome.message.slice(0, 2000) : null,
      },
    ],
    results,
    `ON CONFLICT (item_id) DO UPDATE SET status = excluded.status, model_version = excluded.model_version,
       analysed_at = now(), sentiment = excluded.sentiment, sentiment_score = excluded.sentiment_score,
       redacted_text = excluded.redacted_text, details = excluded.details, error = excluded.error,
       attempts = CASE WHEN excluded.status = 'failed' THEN item_analyses.attempts + 1 ELSE item_analyses.attempts END`,
  );
  if (replace) {
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
  const themes = done.flatMap(({ itemId, outcome }) =>
    outcome.themes.flatMap((theme) => {
      const themeId = built.themeIds.get(theme.name);
      return themeId ? [{ itemId, themeId, score: theme.score }] : [];
    }),
  );
  await unnestInsert(
    manager,
    'item_themes',
    [
      { name: 'item_id', type: 'uuid', value: (row: (typeof themes)[number]) => row.itemId },
      { name: 'theme_id', type: 'uuid', value: (row) => row.themeId },
      { name: 'score', type: 'real', value: (row) => row.score },
      { name: 'origin', type: 'theme_origin', value: () => 'analysis' },
    ],
    themes,
    // A corrected item keeps the person's themes.
    'WHERE NOT EXISTS (SELECT 1 FROM theme_corrections c WHERE c.item_id = unnest.item_id) ON CONFLICT DO NOTHING',
  );
  await insertFlags(
    manager,
    done.flatMap(({ itemId, outcome }) =>
      outcome.flags.map((flag) => ({ itemId, eventId: null, flag })),
    ),
  );
  // A person's verdict on a flag outlives the analysis that raised it.
  await applyFlagCorrections(manager, itemIds);
  const mentions = done.flatMap(({ itemId, outcome }) =>
    outcome.policyMentions.map((mention) => ({ itemId, mention })),
  );
  await unnestInsert(
    manager,
    'item_policy_mentions',
    [
      { name: 'item_id', type: 'uuid', value: (row: (typeof mentions)[number]) => row.itemId },
      { name: 'policy_id', type: 'uuid', value: (row) => row.mention.policyId },
      { name: 'confidence', type: 'real', value: (row) => row.mention.confidence },
      {
        name: 'evidence',
        type: 'text',
        cast: 'text[]',
        value: (row) => arrayLiteralOf(quotes(row.mention.evidence)),
      },
    ],
    mentions,
    'ON CONFLICT DO NOTHING',
  );
}

/** Writes the flags found in timeline entries (staff replies and the like). */
export async function writeEventFlags(
  manager: EntityManager,
  rows: readonly EventFlags[],
): Promise<void> {
  await insertFlags(
    manager,
    rows.flatMap(({ itemId, eventId, flags }) => flags.map((flag) => ({ itemId, eventId, flag }))),
  );
  await applyFlagCorrections(manager, [...new Set(rows.map((row) => row.itemId))]);
}

function insertFlags(
  manager: EntityManager,
  rows: { itemId: string; eventId: string | null; flag: Flag }[],
) {
  return unnestInsert(
    manager,
    'item_flags',
    [
      { name: 'item_id', type: 'uuid', value: (row: (typeof rows)[number]) => row.itemId },
      { name: 'event_id', type: 'uuid', value: (row) => row.eventId },
      { name: 'type', type: 'flag_type', value: (row) => row.flag.type },
      { name: 'confidence', type: 'real', value: (row) => row.flag.confidence },
      {
        name: 'evidence',
        type: 'text',
        cast: 'text[]',
        value: (row) => arrayLiteralOf(quotes(row.flag.evidence)),
      },
    ],
    rows,
  );
}

/** A PostgreSQL array literal of texts (sent as text, cast to text[] in SQL). */
const arrayLiteralOf = (values: readonly string[]) =>
  `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
