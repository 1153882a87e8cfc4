import type { Token } from '../text/tokenize';

/**
 * Who a clause is about, relative to the conversation rather than to grammar: the customer,
 * the organisation's staff (or the organisation itself), someone else, or nobody named.
 */
export type Role = 'customer' | 'staff' | 'third-party' | 'unknown';

/** Who wrote the text. */
export type Speaker = 'customer' | 'staff';

export interface Clause {
  startToken: number;
  /** Exclusive. */
  endToken: number;
  sentence: number;
  /** Whose words the clause is: the writer, or the person whose speech the writer reports. */
  speaker: Speaker;
  /** The clause's subject (who acts), inherited from the previous clause when it has none ("they took it and closed it"). */
  actor: Role;
  /** The customer or staff is the object ("told me", "transferred us"). */
  object: Role;
  /** First token inside the scope of a negator, or −1 (scope: from the negator to the end of the clause or an "and"). */
  negatedFrom: number;
  /** An if/unless/in-case clause: a hypothetical, not something that happened. */
  conditional: boolean;
  /** Speech reported or quoted by the writer ("she said that's our policy"). */
  reported: boolean;
  /** States that a problem is over ("the backlog is cleared", "no longer short-staffed"). */
  resolved: boolean;
  question: boolean;
}

const FIRST_PERSON = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
]);
const FIRST_PERSON_OBJECT = new Set(['me', 'us', 'myself', 'ourselves']);
const SECOND_PERSON = new Set(['you', "you're", "you've", "you'd", "you'll", 'u', 'ya', 'yall']);
const THIRD_PERSON = new Set([
  'they',
  "they're",
  "they've",
  "they'd",
  "they'll",
  'he',
  "he's",
  "he'd",
  'she',
  "she's",
  "she'd",
]);
const THIRD_PERSON_OBJECT = new Set(['them', 'him', 'her']);
// Nouns for the organisation and the people who speak for it.
const STAFF_NOUNS = new Set([
  'agent',
  'agents',
  'rep',
  'reps',
  'representative',
  'representatives',
  'staff',
  'employee',
  'employees',
  'manager',
  'managers',
  'supervisor',
  'advisor',
  'adviser',
  'operator',
  'clerk',
  'teller',
  'cashier',
  'waiter',
  'waitress',
  'server',
  'receptionist',
  'officer',
  'associate',
  'support',
  'team',
  'department',
  'bank',
  'company',
  'branch',
  'store',
  'shop',
  'airline',
  'lender',
  'insurer',
  'servicer',
  'provider',
  'firm',
  'business',
  'crew',
  'attendant',
  'attendants',
  'colleague',
  'colleagues',
  'nobody',
  'noone',
  'no-one',
  'somebody',
  'someone',
  'anyone',
  'everyone',
]);
const CUSTOMER_NOUNS = new Set([
  'customer',
  'customers',
  'client',
  'clients',
  'caller',
  'callers',
  'member',
  'members',
  'passenger',
  'passengers',
  'guest',
  'guests',
  'patient',
  'patients',
  'consumer',
]);
// People and organisations outside the conversation.
const THIRD_PARTY_NOUNS = new Set([
  'husband',
  'wife',
  'son',
  'daughter',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'friend',
  'friends',
  'neighbour',
  'neighbor',
  'partner',
  'brother',
  'sister',
  'family',
  'collector',
  'collectors',
  'landlord',
  'seller',
  'merchant',
  'court',
  'attorney',
  'lawyer',
  'creditor',
  'agency',
  'police',
  'government',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'their', 'his', 'her', 'its']);
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'claimed',
  'claims',
  'explained',
  'replied',
  'responded',
  'answered',
  'insisted',
  'stated',
  'informed',
  'wrote',
  'advised',
]);
const CLAUSE_OPENERS = new Set([
  'because',
  'cause',
  'cuz',
  'so',
  'when',
  'while',
  'after',
  'before',
  'until',
  'till',
  'unless',
  'if',
  'since',
  'then',
  'once',
  'whereas',
  'which',
  'otherwise',
]);
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'otherwise', 'whether']);
const COORDINATORS = new Set(['and', 'or', 'plus']);
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'cannot',
  'hardly',
  'barely',
  'nothing',
  'nobody',
  'none',
  'noone',
]);
// Words that end a problem ("cleared", "no longer") when not themselves negated.
const RESOLUTION_WORDS = new Set([
  'cleared',
  'resolved',
  'fixed',
  'sorted',
  'solved',
  'gone',
  'over',
  'improved',
  'normal',
  'caught',
]);
// Leading discourse words skipped when looking for a clause's subject.
const SKIPPABLE = new Set([
  'then',
  'and',
  'so',
  'but',
  'also',
  'just',
  'even',
  'still',
  'now',
  'again',
  'finally',
  'eventually',
  'later',
  'today',
  'yesterday',
  'apparently',
  'basically',
  'honestly',
  'well',
  'oh',
  'because',
  'cause',
  'when',
  'while',
  'after',
  'before',
  'until',
  'if',
  'unless',
  'since',
  'once',
  'that',
  'who',
  'which',
  'otherwise',
  'obviously',
  'clearly',
  'actually',
  'really',
  'only',
  'all',
]);
const SUBJECT_WINDOW = 4;

export function isNegatorToken(token: Token): boolean {
  return NEGATORS.has(token.norm) || token.norm.endsWith("n't");
}

function startsClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (CLAUSE_OPENERS.has(token.norm)) {
    // "so long", "so slow", "so rude": intensifier, not a clause opener
    if (token.norm === 'so') return isSubjectWord(tokens[index + 1]);
    if (token.norm === 'once' || token.norm === 'then' || token.norm === 'which')
      return isSubjectWord(tokens[index + 1]);
    return true;
  }
  return COORDINATORS.has(token.norm) && isSubjectWord(tokens[index + 1]);
}

function isSubjectWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const norm = token.norm;
  return (
    FIRST_PERSON.has(norm) ||
    SECOND_PERSON.has(norm) ||
    THIRD_PERSON.has(norm) ||
    norm === 'it' ||
    norm === "it's" ||
    norm === 'there' ||
    DETERMINERS.has(norm) ||
    norm === 'my' ||
    norm === 'your' ||
    norm === 'our'
  );
}

interface RawRole {
  role: 'first' | 'second' | 'third-pronoun' | 'staff' | 'customer' | 'third-party';
  at: number;
}

// The subject of a clause: the first person word within a few tokens of its start.
function subjectOf(
  tokens: readonly Token[],
  text: string,
  start: number,
  end: number,
): RawRole | undefined {
  let seen = 0;
  for (let i = start; i < end && seen < SUBJECT_WINDOW; i++) {
    const norm = tokens[i].norm;
    if (SKIPPABLE.has(norm)) continue;
    seen++;
    if (FIRST_PERSON.has(norm)) return { role: 'first', at: i };
    if (SECOND_PERSON.has(norm)) return { role: 'second', at: i };
    if (THIRD_PERSON.has(norm)) return { role: 'third-pronoun', at: i };
    if (norm === 'my' || norm === 'our') {
      const next = tokens[i + 1]?.norm;
      if (next !== undefined && (THIRD_PARTY_NOUNS.has(next) || CUSTOMER_NOUNS.has(next)))
        return { role: 'third-party', at: i };
      // "my account was closed": the customer's thing, not an actor.
      return undefined;
    }
    if (norm === 'your') {
      const next = tokens[i + 1]?.norm;
      if (next !== undefined && STAFF_NOUNS.has(next)) return { role: 'staff', at: i };
      return undefined;
    }
    if (STAFF_NOUNS.has(norm)) return { role: 'staff', at: i };
    if (CUSTOMER_NOUNS.has(norm)) return { role: 'customer', at: i };
    if (THIRD_PARTY_NOUNS.has(norm)) return { role: 'third-party', at: i };
    if (DETERMINERS.has(norm)) {
      // "the debt collector", "the customer service agent": look at the next few nouns
      for (let j = i + 1; j < Math.min(end, i + 4); j++) {
        const noun = tokens[j].norm;
        if (THIRD_PARTY_NOUNS.has(noun)) return { role: 'third-party', at: j };
        if (STAFF_NOUNS.has(noun)) return { role: 'staff', at: j };
        if (CUSTOMER_NOUNS.has(noun)) return { role: 'customer', at: j };
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

function resolveRole(raw: RawRole['role'], speaker: Speaker): Role {
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

function objectOf(tokens: readonly Token[], start: number, end: number, speaker: Speaker): Role {
  for (let i = start; i < end; i++) {
    const norm = tokens[i].norm;
    if (FIRST_PERSON_OBJECT.has(norm)) return speaker;
    if (norm === 'you' && i > start) return speaker === 'customer' ? 'staff' : 'customer';
    if (THIRD_PERSON_OBJECT.has(norm)) return speaker === 'customer' ? 'staff' : 'third-party';
  }
  return 'unknown';
}

/**
 * Splits a tokenised text into clauses and reads each: whose words, who acts, what is negated,
 * whether it is hypothetical or reported. Rule-based and linear in the number of tokens: a
 * part-of-speech tagger (natural's Brill tagger) would cost more than the rest of the analysis.
 */
export function analyseClauses(tokens: readonly Token[], text: string, writer: Speaker): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  // Reported speech runs from a speech verb with a staff subject to the end of its sentence.
  let reportedSentence = -1;
  let reportedSpeaker: Speaker = writer;
  let quoted = false;
  for (let i = 0; i <= tokens.length; i++) {
    const boundary =
      i === tokens.length ||
      (i > start &&
        (tokens[i].clause !== tokens[i - 1].clause ||
          startsClause(tokens, i) ||
          ifMainClause(tokens, start, i) ||
          startsSpeech(tokens, text, i)));
    if (!boundary) continue;
    const sentence = tokens[start].sentence;
    const reported = reportedSentence === sentence;
    // Quoted words are the quoted person's ("I can't do anything"); indirect speech keeps the
    // writer's pronouns ("she said it was my fault": "my" is still the customer).
    if (reported && start > 0 && quoteBetween(text, tokens[start - 1].end, tokens[start].start))
      quoted = true;
    const speaker = reported && quoted ? reportedSpeaker : writer;
    const subject = subjectOf(tokens, text, start, i);
    const previous = clauses.at(-1);
    let actor: Role = subject === undefined ? 'unknown' : resolveRole(subject.role, speaker);
    if (subject === undefined && previous !== undefined && previous.sentence === sentence)
      actor = previous.actor;
    const opener = tokens[start].norm;
    const conditional =
      CONDITIONAL_OPENERS.has(opener) ||
      (opener === 'in' && tokens[start + 1]?.norm === 'case') ||
      (previous?.conditional === true &&
        previous.sentence === sentence &&
        COORDINATORS.has(opener));
    let negatedFrom = -1;
    for (let j = start; j < i; j++) {
      if (startsNegation(tokens, j)) {
        negatedFrom = j + 1;
        break;
      }
    }
    const clause: Clause = {
      startToken: start,
      endToken: i,
      sentence,
      speaker,
      actor,
      object: objectOf(tokens, start, i, speaker),
      negatedFrom,
      conditional,
      reported,
      resolved: isResolved(tokens, start, i),
      question: tokens[start].questioned,
    };
    clauses.push(clause);
    // "she said", "the agent told me (that)": what follows in the sentence is their speech.
    const speech = speechVerbAt(tokens, start, i);
    if (speech && !reported && (actor === 'staff' || actor === 'third-party')) {
      reportedSentence = sentence;
      reportedSpeaker = actor === 'staff' ? 'staff' : writer;
      quoted = false;
    } else if (!reported) reportedSentence = -1;
    start = i;
  }
  return clauses;
}

const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them']);

function quoteBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === ':' || char === '"' || char === '“' || char === '”' || char === '«') return true;
  }
  return false;
}

// "she said: …", "he told me that …", "they said it was …": the speech starts a clause.
function startsSpeech(tokens: readonly Token[], text: string, i: number): boolean {
  const previous = tokens[i - 1];
  const afterVerb =
    SPEECH_VERBS.has(previous.norm) ||
    (i >= 2 && SPEECH_VERBS.has(tokens[i - 2].norm) && OBJECT_PRONOUNS.has(previous.norm));
  if (!afterVerb) return false;
  return (
    quoteBetween(text, previous.end, tokens[i].start) ||
    tokens[i].norm === 'that' ||
    tokens[i].norm === "that's" ||
    isSubjectWord(tokens[i])
  );
}

// "if I do not hear back I will cancel": the main clause starts at the second subject pronoun.
function ifMainClause(tokens: readonly Token[], start: number, i: number): boolean {
  if (!CONDITIONAL_OPENERS.has(tokens[start].norm) || i - start < 3) return false;
  const norm = tokens[i].norm;
  const previous = tokens[i - 1].norm;
  const pronoun =
    FIRST_PERSON.has(norm) || norm === 'we' || norm === 'you' || THIRD_PERSON.has(norm);
  return pronoun && !SPEECH_VERBS.has(previous) && previous !== 'that' && previous !== 'and';
}

function speechVerbAt(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (SPEECH_VERBS.has(tokens[i].norm)) return true;
  return false;
}

function isResolved(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const norm = tokens[i].norm;
    if (norm === 'no' && tokens[i + 1]?.norm === 'longer') return true;
    if (!RESOLUTION_WORDS.has(norm)) continue;
    if (norm === 'over' && tokens[i + 1] !== undefined && tokens[i + 1].clause === tokens[i].clause)
      continue;
    let negated = false;
    for (let j = Math.max(start, i - 3); j < i; j++)
      negated ||= isNegatorToken(tokens[j]) || tokens[j].norm === 'still';
    if (!negated) return true;
  }
  return false;
}

// "no longer", "not only", "not just", "nothing but" do not negate what follows.
function startsNegation(tokens: readonly Token[], j: number): boolean {
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

/** The clause holding a token (clauses are in order). */
export function clauseAt(clauses: readonly Clause[], token: number): Clause {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (clauses[middle].startToken <= token) low = middle;
    else high = middle - 1;
  }
  return clauses[low];
}
