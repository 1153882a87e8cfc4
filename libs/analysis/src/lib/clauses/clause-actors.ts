import type { Token } from '../text/tokenize';
import type { Role, Speaker } from './clause-types';
import { SUBJECT_WINDOW, wordFacts } from './clause-words';

// Who acts in a clause (its subject) and who is acted on (its object), read from pronouns,
// the nouns that name staff, customers and third parties, and capitalised names.

export interface RawRole {
  role: 'first' | 'second' | 'third-pronoun' | 'staff' | 'customer' | 'third-party';
  at: number;
}

// The subject of a clause: the first person word within a few tokens of its start.
export function subjectOf(
  tokens: readonly Token[],
  text: string,
  start: number,
  end: number,
): RawRole | undefined {
  let seen = 0;
  for (let i = start; i < end && seen < SUBJECT_WINDOW; i++) {
    const norm = tokens[i].norm;
    const word = wordFacts(norm);
    if (word.skippable) continue;
    seen++;
    if (word.firstPerson) return { role: 'first', at: i };
    if (word.secondPerson) return { role: 'second', at: i };
    if (word.thirdPerson) return { role: 'third-pronoun', at: i };
    if (norm === 'my' || norm === 'our') {
      const next = tokens[i + 1];
      if (next !== undefined) {
        const nextWord = wordFacts(next.norm);
        if (nextWord.thirdPartyNoun || nextWord.customerNoun) return { role: 'third-party', at: i };
      }
      // "my account was closed": the customer's thing, not an actor.
      return undefined;
    }
    if (norm === 'your') {
      const next = tokens[i + 1];
      if (next !== undefined && wordFacts(next.norm).staffNoun) return { role: 'staff', at: i };
      return undefined;
    }
    if (word.staffNoun) return { role: 'staff', at: i };
    if (word.customerNoun) return { role: 'customer', at: i };
    if (word.thirdPartyNoun) return { role: 'third-party', at: i };
    if (word.determiner) {
      // "the debt collector", "the customer service agent": look at the next few nouns
      for (let j = i + 1; j < Math.min(end, i + 4); j++) {
        const noun = wordFacts(tokens[j].norm);
        if (noun.thirdPartyNoun) return { role: 'third-party', at: j };
        if (noun.staffNoun) return { role: 'staff', at: j };
        if (noun.customerNoun) return { role: 'customer', at: j };
      }
      continue;
    }
    // A capitalised word inside a sentence is usually a name: a company or a person there.
    if (tokens[i].kind === 'word' && i > start && isCapitalised(text, tokens[i]))
      return { role: 'staff', at: i };
    if (tokens[i].kind === 'redacted') return { role: 'third-party', at: i };
  }
  return undefined;
}

function isCapitalised(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  return code >= 65 && code <= 90 && token.norm !== 'i';
}

export function resolveRole(raw: RawRole['role'], speaker: Speaker): Role {
  switch (raw) {
    case 'first':
      return speaker;
    case 'second':
      return speaker === 'customer' ? 'staff' : 'customer';
    case 'third-pronoun':
      // In a complaint "they" is the organisation; in a staff note it is usually customers.
      return speaker === 'customer' ? 'staff' : 'third-party';
    case 'staff':
      return 'staff';
    case 'customer':
      return 'customer';
    case 'third-party':
      return 'third-party';
  }
}

export function objectOf(
  tokens: readonly Token[],
  start: number,
  end: number,
  speaker: Speaker,
): Role {
  for (let i = start; i < end; i++) {
    const norm = tokens[i].norm;
    const word = wordFacts(norm);
    if (word.firstPersonObject) return speaker;
    if (norm === 'you' && i > start) return speaker === 'customer' ? 'staff' : 'customer';
    if (word.thirdPersonObject) return speaker === 'customer' ? 'staff' : 'third-party';
  }
  return 'unknown';
}
