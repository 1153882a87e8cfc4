import type { Analysis, Evidence } from '@fulcrum/analysis';

const quotes = (evidence: readonly Evidence[]) => evidence.map((span) => span.text);

/** One result line: the analysis with evidence as quoted strings, ready for a spreadsheet or jq. */
export function resultRecord(row: number, id: string | undefined, analysis: Analysis) {
  return {
    row,
    ...(id === undefined ? {} : { id }),
    // `not-analysed`: a language the analysis does not read (its sentiment, themes and flags are empty).
    language: analysis.language,
    status: analysis.status,
    themes: analysis.themes.map((theme) => ({
      name: theme.name,
      score: theme.score,
      sentiment: theme.sentiment,
      evidence: quotes(theme.evidence),
    })),
    sentiment: {
      label: analysis.sentiment.label,
      score: analysis.sentiment.score,
      confidence: analysis.sentiment.confidence,
      evidence: quotes(analysis.sentiment.evidence),
    },
    flags: analysis.flags.map((flag) => ({
      type: flag.type,
      confidence: flag.confidence,
      evidence: quotes(flag.evidence),
    })),
    policyMentions: analysis.policyMentions.map((mention) => ({
      policyId: mention.policyId,
      policy: mention.policy,
      confidence: mention.confidence,
      evidence: quotes(mention.evidence),
    })),
    redactedText: analysis.redactedText,
    modelVersion: analysis.modelVersion,
  };
}
