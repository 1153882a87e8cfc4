import { spanOf, type Evidence } from '../evidence/evidence';
import type { ThemeModel } from '../models/theme-model';
import { normaliseScore } from '../sentiment/lexicon-sentiment';
import type { TokenizedText } from '../text/tokenize';
import { KeywordThemeMatcher } from './keyword-themes';
import type { ThemeDefinition } from './theme-definition';

export interface ThemeTag {
  name: string;
  /** 0–1: keyword and model evidence combined. */
  score: number;
  evidence: Evidence[];
  matchedBy: ('keywords' | 'model')[];
  /** Sentiment (−1…1) of the clauses that mention the theme: how people feel about this topic here. */
  sentiment: number;
}

interface Candidate extends Omit<ThemeTag, 'sentiment'> {
  clauses: number[];
}

const DEFAULT_MIN_THEME_SCORE = 0.5;
// One keyword gives 0.6, two 0.84, three 0.94: each further keyword removes 60% of the doubt.
const KEYWORD_DOUBT = 0.4;
const MODEL_CANDIDATES = 5;
// A model-only theme needs evidence: its strongest content words together must multiply its
// odds by e (≈ 2.7) or more. A model trained on few themes otherwise "finds" one of them in any
// unrelated text, on the strength of word endings and the themes' base rates.
const MIN_MODEL_EVIDENCE = 1;
const MODEL_EVIDENCE_WORDS = 3;
// Out of domain, abstain: a text whose content words are mostly unseen in training (typos of
// known words count as known) gets no theme from the model. The bar is the model's own, fitted on
// held-out examples in training (see TextClassifier): an airline tweet read by a BANKING77 model
// has ~45% of its words known, in-domain texts ~100%, and that model's bar is all words. (A fixed
// 0.9 let 3.2% of airline tweets through; 0.95 tagged 2.6%, but a model trained on 2,700 tweets
// then tagged 52% of held-out tweets instead of 65%: small training sets see fewer of their own
// domain's words, so one bar for all models is too strict for them or too lax for large ones.)

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Tags a text with themes from keywords and a trained model. Scores combine as independent
 * evidence (1 − (1 − keywords)(1 − model)); below the threshold a text stays untagged.
 */
export class ThemeTagger {
  private readonly keywords: KeywordThemeMatcher;
  private readonly teamsByTheme: Map<string, readonly string[]>;

  constructor(
    themes: readonly ThemeDefinition[],
    private readonly model: ThemeModel | undefined,
    private readonly minScore = DEFAULT_MIN_THEME_SCORE,
    /** Overrides the model's own out-of-domain bar (0 disables abstention). */
    private readonly minKnownWordShare?: number,
  ) {
    this.keywords = new KeywordThemeMatcher(themes);
    this.teamsByTheme = new Map(
      themes.flatMap((theme) =>
        theme.teams === undefined ? [] : [[theme.name, theme.teams] as const],
      ),
    );
  }

  /** Themes of a text, best first; `clauseSentiment` (lexicon sum per clause) gives each its sentiment. */
  tag(
    tokenized: TokenizedText,
    clauseSentiment: ReadonlyMap<number, number>,
    team?: string,
  ): ThemeTag[] {
    const tags = new Map<string, Candidate>();
    for (const hit of this.keywords.match(tokenized)) {
      tags.set(hit.theme, {
        name: hit.theme,
        score: 1 - KEYWORD_DOUBT ** hit.keywords,
        evidence: hit.evidence,
        matchedBy: ['keywords'],
        clauses: hit.clauses,
      });
    }
    // Out of domain, the model is not asked at all: its probabilities would not be used.
    if (
      this.model !== undefined &&
      this.model.knownWordShare(tokenized.tokens) >=
        (this.minKnownWordShare ?? this.model.minKnownWordShare)
    ) {
      const prediction = this.model.predict(tokenized.tokens, MODEL_CANDIDATES);
      for (const { theme, probability } of prediction.themes) {
        const existing = tags.get(theme);
        const combined = 1 - (1 - (existing?.score ?? 0)) * (1 - probability);
        if (combined < this.minScore) continue;
        const words = prediction.explain(theme, MODEL_EVIDENCE_WORDS);
        const evidence = words.reduce((sum, word) => sum + word.weight, 0);
        if (existing === undefined && evidence < MIN_MODEL_EVIDENCE) continue;
        const modelEvidence = words.map((word) =>
          spanOf(tokenized.text, tokenized.tokens, word.startToken, word.endToken),
        );
        tags.set(theme, {
          name: theme,
          score: combined,
          evidence: mergeEvidence(existing?.evidence ?? [], modelEvidence),
          matchedBy: existing === undefined ? ['model'] : ['keywords', 'model'],
          clauses: [
            ...(existing?.clauses ?? []),
            ...words.map((word) => tokenized.tokens[word.startToken].clause),
          ],
        });
      }
    }
    return [...tags.values()]
      .filter((tag) => tag.score >= this.minScore && this.allowedForTeam(tag.name, team))
      .map(({ clauses, ...tag }) => ({
        ...tag,
        score: round(tag.score),
        sentiment: round(sentimentOf(clauses, clauseSentiment)),
      }))
      .sort((a, b) => b.score - a.score);
  }

  private allowedForTeam(theme: string, team: string | undefined): boolean {
    const teams = this.teamsByTheme.get(theme);
    return team === undefined || teams === undefined || teams.includes(team);
  }
}

function sentimentOf(
  clauses: readonly number[],
  clauseSentiment: ReadonlyMap<number, number>,
): number {
  let sum = 0;
  for (const clause of new Set(clauses)) sum += clauseSentiment.get(clause) ?? 0;
  return normaliseScore(sum);
}

function mergeEvidence(first: readonly Evidence[], second: readonly Evidence[]): Evidence[] {
  const merged = [...first];
  for (const evidence of second) {
    if (!merged.some((kept) => kept.start < evidence.end && evidence.start < kept.end))
      merged.push(evidence);
  }
  return merged.sort((a, b) => a.start - b.start);
}
