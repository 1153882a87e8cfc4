import type { Token } from '../text/tokenize';

// The words clause analysis reads: persons, the nouns that name actors, speech verbs, clause
// openers, negators and resolution words. General English service vocabulary.

export const FIRST_PERSON = new Set([
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
export const FIRST_PERSON_OBJECT = new Set(['me', 'us', 'myself', 'ourselves']);
export const SECOND_PERSON = new Set([
  'you',
  "you're",
  "you've",
  "you'd",
  "you'll",
  'u',
  'ya',
  'yall',
]);
export const THIRD_PERSON = new Set([
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
export const THIRD_PERSON_OBJECT = new Set(['them', 'him', 'her']);
// Nouns for the organisation and the people who speak for it.
export const STAFF_NOUNS = new Set([
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
export const CUSTOMER_NOUNS = new Set([
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
export const THIRD_PARTY_NOUNS = new Set([
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
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'their',
  'his',
  'her',
  'its',
]);
export const SPEECH_VERBS = new Set([
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
export const CLAUSE_OPENERS = new Set([
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
export const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'otherwise', 'whether']);
export const COORDINATORS = new Set(['and', 'or', 'plus']);
export const NEGATORS = new Set([
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
export const RESOLUTION_WORDS = new Set([
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
export const SKIPPABLE = new Set([
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
export const SUBJECT_WINDOW = 4;
export const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them']);

const SUBJECT_OPENERS = new Set(['it', "it's", 'there', 'my', 'your', 'our']);

function opensSubject(norm: string): boolean {
  return (
    FIRST_PERSON.has(norm) ||
    SECOND_PERSON.has(norm) ||
    THIRD_PERSON.has(norm) ||
    DETERMINERS.has(norm) ||
    SUBJECT_OPENERS.has(norm)
  );
}

/** What the lists above say about one word. */
export interface WordFacts {
  readonly firstPerson: boolean;
  readonly firstPersonObject: boolean;
  readonly secondPerson: boolean;
  readonly thirdPerson: boolean;
  readonly thirdPersonObject: boolean;
  readonly staffNoun: boolean;
  readonly customerNoun: boolean;
  readonly thirdPartyNoun: boolean;
  readonly determiner: boolean;
  readonly speechVerb: boolean;
  readonly clauseOpener: boolean;
  readonly conditionalOpener: boolean;
  readonly coordinator: boolean;
  readonly negator: boolean;
  readonly resolution: boolean;
  readonly skippable: boolean;
  readonly objectPronoun: boolean;
  /** Can open a subject: a pronoun, a determiner, "there", "it". */
  readonly subjectWord: boolean;
}

function factsOf(norm: string): WordFacts {
  return {
    firstPerson: FIRST_PERSON.has(norm),
    firstPersonObject: FIRST_PERSON_OBJECT.has(norm),
    secondPerson: SECOND_PERSON.has(norm),
    thirdPerson: THIRD_PERSON.has(norm),
    thirdPersonObject: THIRD_PERSON_OBJECT.has(norm),
    staffNoun: STAFF_NOUNS.has(norm),
    customerNoun: CUSTOMER_NOUNS.has(norm),
    thirdPartyNoun: THIRD_PARTY_NOUNS.has(norm),
    determiner: DETERMINERS.has(norm),
    speechVerb: SPEECH_VERBS.has(norm),
    clauseOpener: CLAUSE_OPENERS.has(norm),
    conditionalOpener: CONDITIONAL_OPENERS.has(norm),
    coordinator: COORDINATORS.has(norm),
    negator: NEGATORS.has(norm),
    resolution: RESOLUTION_WORDS.has(norm),
    skippable: SKIPPABLE.has(norm),
    objectPronoun: OBJECT_PRONOUNS.has(norm),
    subjectWord: opensSubject(norm),
  };
}

// Reading a clause asks up to a dozen of the lists about each of its words: one lookup of the
// word's facts replaces them (and, under a CommonJS loader, a dozen export getters).
const NO_FACTS = factsOf('');
const FACTS = new Map<string, WordFacts>();
for (const list of [
  FIRST_PERSON,
  FIRST_PERSON_OBJECT,
  SECOND_PERSON,
  THIRD_PERSON,
  THIRD_PERSON_OBJECT,
  STAFF_NOUNS,
  CUSTOMER_NOUNS,
  THIRD_PARTY_NOUNS,
  DETERMINERS,
  SPEECH_VERBS,
  CLAUSE_OPENERS,
  CONDITIONAL_OPENERS,
  COORDINATORS,
  NEGATORS,
  RESOLUTION_WORDS,
  SKIPPABLE,
  OBJECT_PRONOUNS,
  SUBJECT_OPENERS,
]) {
  for (const word of list) if (!FACTS.has(word)) FACTS.set(word, factsOf(word));
}

/** The facts of a lower-cased word (all false for a word on no list). */
export function wordFacts(norm: string): WordFacts {
  return FACTS.get(norm) ?? NO_FACTS;
}

/** A word that can open a subject: a pronoun, a determiner, "there", "it". */
export function isSubjectWord(token: Token | undefined): boolean {
  return token !== undefined && wordFacts(token.norm).subjectWord;
}
