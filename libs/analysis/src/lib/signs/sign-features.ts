import type { Clause } from '../clauses/clause-analysis';
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

function marker(like: Token, name: string): Token {
  return { ...like, kind: 'word', norm: name, stem: name, shouted: false };
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
): Token[] {
  const out: Token[] = [];
  if (clauses.length === 0) return out;
  out.push(marker(tokens[clauses[0].startToken], `§w-${writer}`));
  for (const clause of clauses) {
    const first = tokens[clause.startToken];
    out.push(marker(first, `§act-${clause.actor}`));
    if (clause.conditional) out.push(marker(first, '§cond'));
    if (clause.reported) out.push(marker(first, '§rep'));
    if (clause.resolved) out.push(marker(first, '§res'));
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
      out.push(stem === token.stem ? token : { ...token, stem });
    }
  }
  return out;
}
