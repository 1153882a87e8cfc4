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
  /** The signed sum before normalisation. */
  raw: number;
  /** 1 for each token inside a negation's scope ("not once was anyone *rude*"). */
  negated: Uint8Array;
}

// A confident warning sign is a negative experience told plainly ("I'm switching to another
// bank", "took three weeks to get a reply"), often with no opinion word for the lexicon.
const WARNING_SIGN_VALENCE = -2;

/** The lexicon's reading with each confident warning sign added as negative evidence. */
export function withWarningSigns(
  lexicon: LexiconScore,
  signs: readonly { confidence: number; evidence: readonly Evidence[] }[],
): LexiconScore {
  if (signs.length === 0) return lexicon;
  let raw = lexicon.raw;
  let negative = lexicon.negative;
  const evidence = [...lexicon.evidence];
  for (const sign of signs) {
    const weight = WARNING_SIGN_VALENCE * sign.confidence;
    raw += weight;
    negative -= weight;
    const [quote] = sign.evidence;
    if (quote !== undefined) evidence.push({ ...quote, weight });
  }
  return { ...lexicon, raw, negative, evidence, score: normaliseScore(raw) };
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
  const sentencesWithContrast = new Set<number>();
  for (const token of tokens) if (token.contrasted) sentencesWithContrast.add(token.sentence);
  const tally: Tally = { positive: 0, negative: 0, byClause: new Map<number, number>() };
  const { byClause } = tally;
  const evidence: WeightedEvidence[] = [];
  const negated = negationScopeOf(tokens);
  const complainedClauses = new Set<number>();
  for (const match of nonOverlapping(lexiconMatcher.match(tokens))) {
    const first = tokens[match.startToken];
    // "incredibly rude": an intensifying adverb before another word is no opinion of its own.
    const next = tokens[match.endToken];
    if (
      match.endToken - match.startToken === 1 &&
      INTENSIFIERS.has(first.norm) &&
      next !== undefined &&
      next.clause === first.clause &&
      next.kind === 'word'
    )
      continue;
    let weight = match.payload;
    const previous = tokens[match.startToken - 1];
    if (previous !== undefined && previous.clause === first.clause)
      weight *= INTENSIFIERS.get(previous.norm) ?? 1;
    if (anyShouted(tokens, match.startToken, match.endToken)) weight *= SHOUT_FACTOR;
    // A denied complaint is no praise: "could not wait 5 minutes", "won't even let me stay on
    // hold" and "can't file a lost bag report" complain. Negated praise flips; a negative word
    // right after its negator ("not bad", "wasn't too rude") is a mild litotes.
    const deniedComplaint =
      weight < 0 &&
      (match.negated || negated[match.startToken] === 1) &&
      !isLitotes(tokens, match.startToken);
    if (match.negated || negated[match.startToken] === 1) weight *= NEGATION_FACTOR;
    if (first.questioned && weight > 0) weight *= QUESTION_FACTOR;
    if (sentencesWithContrast.has(first.sentence)) {
      weight *= first.contrasted ? AFTER_CONTRAST_FACTOR : BEFORE_CONTRAST_FACTOR;
    }
    if (deniedComplaint) {
      // Left out of the text's reading, but the clause keeps its plain flipped valence: the
      // sign model and its calibrated thresholds were fitted on that (changing it moves them).
      byClause.set(first.clause, (byClause.get(first.clause) ?? 0) + weight);
      continue;
    }
    add(tally, weight, first.clause);
    evidence.push(weighted(text, tokens, match.startToken, match.endToken, weight));
  }
  // In service feedback a denial with no opinion word ("it won't let me pay", "nothing has
  // arrived") and a why-question ("why is my card blocked?") are mild complaints.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const complaint =
      (token.norm === 'why' && token.questioned) ||
      (isDenial(token) && (byClause.get(token.clause) ?? 0) === 0);
    if (!complaint || complainedClauses.has(token.clause)) continue;
    complainedClauses.add(token.clause);
    add(tally, DENIAL_VALENCE, token.clause);
    evidence.push(weighted(text, tokens, index, index + 1, DENIAL_VALENCE));
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const valence = token.kind === 'emoticon' ? EMOTICON_VALENCE.get(token.norm) : undefined;
    if (valence === undefined) continue;
    add(tally, valence, token.clause);
    evidence.push(weighted(text, tokens, index, index + 1, valence));
  }
  const { positive, negative } = tally;
  let raw = positive - negative;
  if (raw !== 0)
    raw += Math.sign(raw) * Math.min(tokenized.exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_BOOST;
  return { score: normaliseScore(raw), positive, negative, evidence, byClause, raw, negated };
}

interface Tally {
  positive: number;
  negative: number;
  byClause: Map<number, number>;
}

// A plain function rather than a closure per call: this runs for every text analysed.
function add(tally: Tally, weight: number, clause: number): void {
  if (weight > 0) tally.positive += weight;
  else tally.negative -= weight;
  tally.byClause.set(clause, (tally.byClause.get(clause) ?? 0) + weight);
}

// "not bad", "never rude", "not too bad", "wasn't that slow": the negator is next to the word, or one degree word away.
function isLitotes(tokens: TokenizedText['tokens'], start: number): boolean {
  const before = tokens[start - 1];
  if (before === undefined || before.clause !== tokens[start].clause) return false;
  if (isDenial(before)) return true;
  const twoBefore = tokens[start - 2];
  return (
    twoBefore !== undefined &&
    twoBefore.clause === before.clause &&
    isDenial(twoBefore) &&
    (INTENSIFIERS.has(before.norm) || before.norm === 'that')
  );
}

function anyShouted(tokens: TokenizedText['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].shouted) return true;
  return false;
}

// The span with its weight, without copying it into a new object.
function weighted(
  text: string,
  tokens: TokenizedText['tokens'],
  from: number,
  to: number,
  weight: number,
): WeightedEvidence {
  return Object.assign(spanOf(text, tokens, from, to), { weight });
}

const DENIAL_VALENCE = -0.5;
const DENIALS = new Set(['not', 'never', 'nothing', 'nobody', 'no', 'cannot']);

function isDenial(token: TokenizedText['tokens'][number]): boolean {
  return DENIALS.has(token.norm) || token.norm.endsWith("n't");
}

const SCOPE_NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
]);

/**
 * Tokens after a negator in the same clause ("not once was anyone rude"), up to an "and"
 * that starts a new predicate; "not only", "no longer" and "nothing but" negate nothing.
 */
function negationScopeOf(tokens: TokenizedText['tokens']): Uint8Array {
  const scope = new Uint8Array(tokens.length);
  let inScope = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (i > 0 && tokens[i - 1].clause !== token.clause) inScope = false;
    if (inScope && (token.norm === 'and' || token.norm === 'but')) inScope = false;
    if (inScope) scope[i] = 1;
    const next = tokens[i + 1]?.norm;
    if (
      (SCOPE_NEGATORS.has(token.norm) || token.norm.endsWith("n't")) &&
      !(token.norm === 'not' && (next === 'only' || next === 'just')) &&
      !(token.norm === 'no' && next === 'longer') &&
      !(token.norm === 'nothing' && next === 'but') &&
      !isComparativeIdiom(tokens, i)
    )
      inScope = true;
  }
  return scope;
}

const COMPARATIVES = new Set(['more', 'better', 'happier', 'nicer', 'easier', 'kinder', 'quicker']);

// "couldn't have been more helpful", "could not be happier": praise, not negation.
function isComparativeIdiom(tokens: TokenizedText['tokens'], at: number): boolean {
  let sawBe = false;
  for (let i = at + 1; i < Math.min(tokens.length, at + 5); i++) {
    const norm = tokens[i].norm;
    if (norm === 'be' || norm === 'been') sawBe = true;
    else if (sawBe && COMPARATIVES.has(norm)) return true;
  }
  return false;
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
