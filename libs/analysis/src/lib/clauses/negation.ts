import type { Token } from '../text/tokenize';
import type { Clause } from './clause-types';
import { wordFacts } from './clause-words';

export function isNegatorToken(token: Token): boolean {
  return wordFacts(token.norm).negator || token.norm.endsWith("n't");
}

// "no longer", "not only", "not just", "nothing but" do not negate what follows.
export function startsNegation(tokens: readonly Token[], j: number): boolean {
  if (!isNegatorToken(tokens[j])) return false;
  const next = tokens[j + 1]?.norm;
  return !(
    (tokens[j].norm === 'no' && next === 'longer') ||
    (tokens[j].norm === 'not' && (next === 'only' || next === 'just')) ||
    (tokens[j].norm === 'nothing' && next === 'but')
  );
}

/**
 * Which tokens are in the scope of a negator: from it to the end of its clause, or to an "and"
 * that starts a new predicate ("they never called and were rude" negates only the call).
 */
export function negationScope(tokens: readonly Token[], clauses: readonly Clause[]): Uint8Array {
  const scope = new Uint8Array(tokens.length);
  for (const clause of clauses) {
    let inScope = false;
    for (let i = clause.startToken; i < clause.endToken; i++) {
      const norm = tokens[i].norm;
      if (inScope && (norm === 'and' || norm === 'but' || norm === 'then')) inScope = false;
      if (inScope) scope[i] = 1;
      if (startsNegation(tokens, i)) inScope = true;
    }
  }
  return scope;
}
