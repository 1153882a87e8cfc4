import { spanOf, type Evidence } from '../evidence/evidence';
import { PhraseMatcher, type PhraseMatch } from '../text/phrase-pattern';
import type { TokenizedText } from '../text/tokenize';
import { EMOTICON_VALENCE, INTENSIFIERS, SENTIMENT_LEXICON } from './lexicon';

export interface WeightedEvidence extends Evidence {
  /** Contribution to the score after negation, intensifiers and emphasis. */
  weight: number;
}

/** What the lexicon says about a text before any label is chosen. */
export interface LexiconScore {
  /** Normalised to (−1, 1). */
  score: number;
  /** Sums of positive and (absolute) negative contributions. */
  positive: number;
  negative: number;
  evidence: WeightedEvidence[];
  /** Sum of contributions per clause index, for the sentiment of what a clause is about. */
  byClause: Map<number, number>;
}

// Weights in the spirit of VADER (Hutto & Gilbert 2014): negation flips and dampens,
// capitals and exclamation marks amplify, and what follows "but" outweighs what precedes it.
const NEGATION_FACTOR = -0.6;
const SHOUT_FACTOR = 1.3;
// Praise inside a question is usually a request ("would be great if …?"), not praise.
const QUESTION_FACTOR = 0.5;
const BEFORE_CONTRAST_FACTOR = 0.5;
const AFTER_CONTRAST_FACTOR = 1.5;
const EXCLAMATION_BOOST = 0.25;
const MAX_EXCLAMATIONS = 4;
const NORMALISATION_ALPHA = 15;

const lexiconMatcher = PhraseMatcher.fromSources(
  SENTIMENT_LEXICON.map(({ pattern, valence }) => [pattern, valence]),
);

/** Scores a tokenised text with the built-in lexicon; needs no training. */
export function scoreWithLexicon(tokenized: TokenizedText): LexiconScore {
  const { tokens, text } = tokenized;
  const sentencesWithContrast = new Set(
    tokens.filter((token) => token.contrasted).map((token) => token.sentence),
  );
  let positive = 0;
  let negative = 0;
  const evidence: WeightedEvidence[] = [];
  const byClause = new Map<number, number>();
  const add = (weight: number, clause: number) => {
    if (weight > 0) positive += weight;
    else negative -= weight;
    byClause.set(clause, (byClause.get(clause) ?? 0) + weight);
  };
  for (const match of nonOverlapping(lexiconMatcher.match(tokens))) {
    const first = tokens[match.startToken];
    let weight = match.payload;
    const previous = tokens[match.startToken - 1];
    if (previous !== undefined && previous.clause === first.clause)
      weight *= INTENSIFIERS.get(previous.norm) ?? 1;
    if (tokens.slice(match.startToken, match.endToken).some((token) => token.shouted))
      weight *= SHOUT_FACTOR;
    if (match.negated) weight *= NEGATION_FACTOR;
    if (first.questioned && weight > 0) weight *= QUESTION_FACTOR;
    if (sentencesWithContrast.has(first.sentence)) {
      weight *= first.contrasted ? AFTER_CONTRAST_FACTOR : BEFORE_CONTRAST_FACTOR;
    }
    add(weight, first.clause);
    evidence.push({ ...spanOf(text, tokens, match.startToken, match.endToken), weight });
  }
  for (const [index, token] of tokens.entries()) {
    const valence = token.kind === 'emoticon' ? EMOTICON_VALENCE.get(token.norm) : undefined;
    if (valence === undefined) continue;
    add(valence, token.clause);
    evidence.push({ ...spanOf(text, tokens, index, index + 1), weight: valence });
  }
  let raw = positive - negative;
  if (raw !== 0)
    raw += Math.sign(raw) * Math.min(tokenized.exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_BOOST;
  return { score: normaliseScore(raw), positive, negative, evidence, byClause };
}

/** Maps a sum of valences onto (−1, 1). */
export function normaliseScore(raw: number): number {
  return raw / Math.sqrt(raw * raw + NORMALISATION_ALPHA);
}

// Longest match wins where matches overlap ("thank you so much" rather than "thank you" and "much").
function nonOverlapping<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const kept: PhraseMatch<T>[] = [];
  let coveredUntil = 0;
  for (const match of matches) {
    if (match.startToken < coveredUntil) continue;
    kept.push(match);
    coveredUntil = match.endToken;
  }
  return kept;
}
