import type { Clause } from '../clauses/clause-analysis';
import type { FeatureToken } from '../linear/feature-space';
import type { Token } from '../text/tokenize';
import { CONCEPT_OF_STEM } from './sign-concepts';
import type { Writer } from './sign-types';

const FIRST_PERSON = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'd",
  "we'll",
]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'd", "you'll", 'u']);
const THIRD_PERSON = new Set([
  'they',
  'them',
  'their',
  'he',
  'him',
  'his',
  'she',
  'her',
  "they're",
  "they've",
  "they'd",
  "they'll",
  "he's",
  "she's",
]);

// One shared read-only token per feature name: reading a sentence allocates no token objects.
// (The sign model has no character n-grams, so `kind` only needs to be a word's.)
const FEATURE_TOKENS = new Map<string, FeatureToken>();
const MAX_FEATURE_TOKENS = 50_000;

function featureToken(name: string): FeatureToken {
  let token = FEATURE_TOKENS.get(name);
  if (token === undefined) {
    if (FEATURE_TOKENS.size >= MAX_FEATURE_TOKENS) FEATURE_TOKENS.clear();
    token = { kind: 'word', norm: name, stem: name };
    FEATURE_TOKENS.set(name, token);
  }
  return token;
}

/**
 * A sentence as the sign model reads it: words by stem, with who-is-who made explicit. Pronouns
 * become the role they stand for in that clause (the customer's "I" and the agent's "you" are
 * both `§cust`), words inside a negation's scope are marked (`~rude`: "not once was anyone
 * rude" shares no feature with "she was rude"), and each clause opens with markers for its
 * actor and for being hypothetical, reported or resolved.
 */
export function signFeatureTokens(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  negated: Uint8Array,
  writer: Writer,
): FeatureToken[] {
  const out: FeatureToken[] = [];
  if (clauses.length === 0) return out;
  out.push(featureToken(`§w-${writer}`));
  for (const clause of clauses) {
    out.push(featureToken(`§act-${clause.actor}`));
    if (clause.conditional) out.push(featureToken('§cond'));
    if (clause.reported) out.push(featureToken('§rep'));
    if (clause.resolved) out.push(featureToken('§res'));
    const me = clause.speaker === 'customer' ? '§cust' : '§staff';
    const you = clause.speaker === 'customer' ? '§staff' : '§cust';
    for (let i = clause.startToken; i < clause.endToken; i++) {
      const token = tokens[i];
      let stem = token.stem;
      if (FIRST_PERSON.has(token.norm)) stem = me;
      else if (SECOND_PERSON.has(token.norm)) stem = you;
      else if (THIRD_PERSON.has(token.norm)) stem = '§they';
      else if (token.kind === 'number') stem = '§number';
      else stem = CONCEPT_OF_STEM.get(stem) ?? stem;
      if (negated[i] === 1) stem = `~${stem}`;
      out.push(stem === token.stem ? token : featureToken(stem));
    }
  }
  return out;
}
