import { spanOf, type Evidence } from '../evidence/evidence';
import { boundedEditDistance } from '../text/edit-distance';
import { STOPWORDS } from '../text/stopwords';
import { tokenize, type Token, type TokenizedText } from '../text/tokenize';

/** A named internal rule of the organisation. */
export interface PolicyDefinition {
  /** Stable identifier, echoed in mentions (the name is used when absent). */
  id?: string;
  name: string;
  /** Other ways people refer to it ("receipt rule", "proof of purchase"). */
  aliases?: string[];
  /** Teams the policy belongs to; when set, texts of other teams are not linked to it. */
  teams?: string[];
}

export interface PolicyMention {
  policyId: string;
  policy: string;
  /** The name or alias that matched. */
  matchedPhrase: string;
  confidence: number;
  evidence: Evidence[];
}

interface Term {
  stem: string;
  norm: string;
  weight: number;
  /** "rule", "policy": what makes an alias name a rule; a match without it is ordinary speech. */
  required: boolean;
}

interface PolicyPhrase {
  policy: number;
  source: string;
  terms: Term[];
  totalWeight: number;
}

interface TermHit {
  phrase: number;
  term: number;
  similarity: number;
}

// Words that occur in many rule names and say little about which rule is meant.
const WEAK_TERMS = new Set([
  'need',
  'requir',
  'must',
  'allow',
  'onli',
  'polici',
  'rule',
  'request',
  'can',
  'may',
  'should',
  'get',
  'no',
]);
// Words that turn an everyday phrase into the name of a rule: "call-back rule", "returns
// policy". A text must say them too, or "call me back" and "I returned it" would count.
const RULE_MARKERS = new Set(['polici', 'rule']);
const WEAK_TERM_WEIGHT = 0.4;
const MIN_FUZZY_LENGTH = 5;
const MAX_CACHED_WORDS = 50_000;
const DEFAULT_MIN_POLICY_CONFIDENCE = 0.7;

/**
 * Links text to policies by name and aliases, tolerating inflection (stems), reordering
 * and typos (Damerau–Levenshtein distance on the written form, within one or two edits).
 */
export class PolicyMatcher {
  private readonly phrases: PolicyPhrase[] = [];
  private readonly exactHits = new Map<string, TermHit[]>();
  private readonly hitCache = new Map<string, TermHit[]>();

  constructor(
    private readonly policies: readonly PolicyDefinition[],
    private readonly minConfidence = DEFAULT_MIN_POLICY_CONFIDENCE,
  ) {
    policies.forEach((policy, index) => {
      for (const source of [policy.name, ...(policy.aliases ?? [])]) this.addPhrase(index, source);
    });
  }

  private addPhrase(policy: number, source: string): void {
    // Numbers count: "30 day rule" is not mentioned by every "day".
    const terms = tokenize(source)
      .tokens.filter(
        (token) => token.kind === 'number' || (token.kind === 'word' && !STOPWORDS.has(token.norm)),
      )
      .map((token) => ({
        stem: matchKey(token),
        norm: token.norm,
        weight: WEAK_TERMS.has(token.stem) ? WEAK_TERM_WEIGHT : 1,
        required: RULE_MARKERS.has(token.stem),
      }));
    if (terms.length === 0) return;
    const phrase = this.phrases.length;
    this.phrases.push({
      policy,
      source,
      terms,
      totalWeight: terms.reduce((sum, term) => sum + term.weight, 0),
    });
    terms.forEach((term, index) => {
      const hits = this.exactHits.get(term.stem) ?? [];
      hits.push({ phrase, term: index, similarity: 1 });
      this.exactHits.set(term.stem, hits);
    });
  }

  /** Policy mentions in a tokenised text, best first; `team` hides other teams' policies. */
  find(tokenized: TokenizedText, team?: string): PolicyMention[] {
    if (this.phrases.length === 0) return [];
    const { tokens } = tokenized;
    const occurrences = new Map<number, { token: number; term: number; similarity: number }[]>();
    tokens.forEach((token, index) => {
      if (token.kind !== 'number' && (token.kind !== 'word' || STOPWORDS.has(token.norm))) return;
      for (const hit of this.hitsFor(token)) {
        const list = occurrences.get(hit.phrase) ?? [];
        list.push({ token: index, term: hit.term, similarity: hit.similarity });
        occurrences.set(hit.phrase, list);
      }
    });
    const best = new Map<number, PolicyMention>();
    for (const [phraseIndex, hits] of occurrences) {
      const phrase = this.phrases[phraseIndex];
      const policy = this.policies[phrase.policy];
      if (team !== undefined && policy.teams !== undefined && !policy.teams.includes(team))
        continue;
      const mention = this.bestWindow(phrase, hits, tokenized);
      if (mention === undefined || mention.confidence < this.minConfidence) continue;
      const current = best.get(phrase.policy);
      if (current === undefined || mention.confidence > current.confidence)
        best.set(phrase.policy, mention);
    }
    return [...best.values()].sort((a, b) => b.confidence - a.confidence);
  }

  // The window of the text (the phrase's length plus a few tokens) that covers most of the phrase.
  private bestWindow(
    phrase: PolicyPhrase,
    hits: readonly { token: number; term: number; similarity: number }[],
    tokenized: TokenizedText,
  ): PolicyMention | undefined {
    const windowSize = phrase.terms.length + 3;
    let best: { score: number; from: number; to: number } | undefined;
    for (const anchor of hits) {
      const bestPerTerm = new Map<number, number>();
      let from = anchor.token;
      let to = anchor.token;
      for (const hit of hits) {
        if (hit.token < anchor.token || hit.token >= anchor.token + windowSize) continue;
        if (hit.similarity > (bestPerTerm.get(hit.term) ?? 0))
          bestPerTerm.set(hit.term, hit.similarity);
        to = Math.max(to, hit.token);
        from = Math.min(from, hit.token);
      }
      if (phrase.terms.some((term, index) => term.required && !bestPerTerm.has(index))) continue;
      let score = 0;
      for (const [term, similarity] of bestPerTerm) score += phrase.terms[term].weight * similarity;
      score /= phrase.totalWeight;
      if (best === undefined || score > best.score) best = { score, from, to };
    }
    if (best === undefined) return undefined;
    const policy = this.policies[phrase.policy];
    return {
      policyId: policy.id ?? policy.name,
      policy: policy.name,
      matchedPhrase: phrase.source,
      confidence: Math.round(best.score * 1000) / 1000,
      evidence: [spanOf(tokenized.text, tokenized.tokens, best.from, best.to + 1)],
    };
  }

  private hitsFor(token: Token): TermHit[] {
    const cached = this.hitCache.get(token.norm);
    if (cached !== undefined) return cached;
    const hits = [...(this.exactHits.get(matchKey(token)) ?? [])];
    if (token.kind === 'word' && token.norm.length >= MIN_FUZZY_LENGTH)
      hits.push(...this.fuzzyHits(token, hits));
    if (this.hitCache.size >= MAX_CACHED_WORDS) this.hitCache.clear();
    this.hitCache.set(token.norm, hits);
    return hits;
  }

  private fuzzyHits(token: Token, exact: readonly TermHit[]): TermHit[] {
    const hits: TermHit[] = [];
    this.phrases.forEach((phrase, phraseIndex) => {
      phrase.terms.forEach((term, termIndex) => {
        if (term.norm.length < MIN_FUZZY_LENGTH || term.stem === token.stem) return;
        if (exact.some((hit) => hit.phrase === phraseIndex && hit.term === termIndex)) return;
        const similarity = Math.max(
          typoSimilarity(token.norm, term.norm),
          typoSimilarity(token.stem, term.stem),
        );
        if (similarity > 0) hits.push({ phrase: phraseIndex, term: termIndex, similarity });
      });
    });
    return hits;
  }
}

/** Words match on their stem; numbers on their value (a "28-day rule" is not a "30-day rule"). */
function matchKey(token: Token): string {
  return token.kind === 'number' ? `#${token.norm}` : token.stem;
}

// 1 − distance / length when the words are within a typo or two of each other (by length), else 0.
function typoSimilarity(written: string, expected: string): number {
  const allowed = expected.length >= 9 ? 2 : 1;
  const distance = boundedEditDistance(written, expected, allowed);
  return distance <= allowed ? 1 - distance / Math.max(expected.length, written.length) : 0;
}
