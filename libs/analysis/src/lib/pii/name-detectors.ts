import { isGivenName } from './given-names';
import { NOT_NAME_WORDS, ORGANISATION_WORDS } from './name-words';
import { rangesOf, type PiiSpan, type Range } from './pii-span';

const NAME_WORD = String.raw`(?<![\p{L}\p{N}'’-])[A-Z][\p{L}'’-]*\p{Ll}`;
const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof'];
const TITLE = String.raw`(?:${TITLES.join('|')})\.?`;
const PART = String.raw`(?:${NAME_WORD}|[A-Z]\.)`;
// Up to three capitalised words on one line, after an optional title; trimmed by `nameIn`.
const CANDIDATE = String.raw`(?:${TITLE} )?${PART}(?: ${PART}){0,2}`;
const TITLE_PREFIX = new RegExp(String.raw`^${TITLE} `, 'u');
const WORDS = new RegExp(PART, 'gu');

/** "a | b" written over several lines → "a|b". */
const oneOf = (words: string) =>
  words
    .trim()
    .split(/\s*\|\s*/)
    .join('|');
/** "speak" → "[Ss]peak": cue words start a sentence as often as not. */
const anyCase = (words: string) =>
  oneOf(words)
    .split('|')
    .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|');

const SIGN_OFFS = oneOf(`
  Kind regards | Best regards | Warm regards | Many thanks | Thanks again | Thanks in advance |
  Thank you | Thanks | Cheers | Regards | Best wishes | Best, | Sincerely | Yours sincerely |
  Yours faithfully | Yours truly | Take care`);
const GREETINGS = oneOf(`
  Hi | Hello | Hey | Hiya | Dear | Morning | Good morning | Good afternoon | Good evening`);
const CONVERSATION = anyCase(`
  speak | spoke | spoken | speaking | talk | talked | talking | dealt | dealing | chatted`);
const HANDLED_BY = anyCase(`
  ask | asked | thank | thanked | escalated to | escalate to | passed to | transferred to |
  assigned to | served by | helped by | seen by`);
const ROLES = oneOf(`
  colleague | agent | advisor | adviser | driver | technician | engineer | courier | manager |
  supervisor | wife | husband | partner | son | daughter | mum | mother | dad | father | brother |
  sister | friend | neighbour | customer | employee | starter | tenant | landlord | caller | rep |
  representative | assistant | payee`);
// A role word is capitalised inside a sentence only as part of a name ("Customer Relations").
const ROLE = String.raw`(?:(?:^|[.!?]\s+|\n\s*)(?:${anyCase(ROLES)})|\b(?:${ROLES}))`;

// Cues after which capitalised words are a person's name unless they name a team or a thing.
const CUES: readonly RegExp[] = [
  // "Mr Patel", "Dr Fiona MacLeod", "Mr J. Thompson"
  new RegExp(String.raw`\b(${TITLE} ${PART}(?: ${PART}){0,2})`, 'gu'),
  // Sign-offs: "Cheers, Hassan Robinson", "Kind regards,\nSamantha", "Thanks Nadia, that's …",
  // not "Thanks, Amazon delivered …"; after a full stop only a name alone on its line
  // ("Cheers. Abigail", not "Thank you. Really appreciated.")
  new RegExp(
    String.raw`\b(?:${SIGN_OFFS}),?[ \t]*\n?[ \t]*(${CANDIDATE})(?=[ \t]*(?:[,.!\n]|$))`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:${SIGN_OFFS})[.!][ \t]*\n?[ \t]*(${CANDIDATE})(?=[ \t]*(?:\n|$))`,
    'gu',
  ),
  // A signature line: "-- Andrew Wilson", or two or three capitalised words ending the text
  new RegExp(String.raw`(?:^|\n)[ \t]*(?:--|—|–)[ \t]*(${CANDIDATE})`, 'gu'),
  new RegExp(String.raw`(?:[.!?]|\n)\s+(${PART}(?: ${PART}){1,2})\s*$`, 'gu'),
  // Addressed greetings: "Hi Sarah,", "Dear Mrs Okafor,"
  new RegExp(String.raw`\b(?:${GREETINGS})[ ,]+(${CANDIDATE})(?=[ \t]*(?:[,!.:;\n]|$))`, 'gu'),
  new RegExp(String.raw`\b(?:${anyCase("my name is|my name's|name:")})[ \t]+(${CANDIDATE})`, 'gu'),
  // Who the writer dealt with: "spoke to Kevin", "ask for Bethany", "escalated to Priyanka Desai"
  new RegExp(String.raw`\b(?:${CONVERSATION}) (?:to|with) (${CANDIDATE})`, 'gu'),
  new RegExp(String.raw`\b(?:${HANDLED_BY})(?: for)? (${CANDIDATE})`, 'gu'),
  // A role before a name: "your agent Raj", "The driver, Carlos,", "my father George Simmons"
  new RegExp(String.raw`${ROLE},? (${CANDIDATE})`, 'gu'),
];
const CAPITALISED_WORD = new RegExp(NAME_WORD, 'gu');
// "San Francisco", "St Helens", "Port Louis": a given name after these is a place.
const PLACE_PREFIX = /\b(?:San|Santa|Saint|St\.?|Los|Las|Fort|Port|Mount|Lake|Cape|New) $/;
const WORD_BEFORE = new RegExp(String.raw`(${NAME_WORD}) $`, 'u');
// A word that starts a sentence is capitalised whatever it is ("Honestly Sarah …").
const SENTENCE_START = /(?:^|[.!?:;\n])\s*$/;
const FOLLOWING_WORDS = new RegExp(String.raw`${NAME_WORD}(?: ${PART}){0,2}`, 'uy');

/**
 * The length of the name at the start of `candidate`, or 0: titles stay with the name, a word
 * that is never part of a name ends it, and a word of a team or organisation rejects it all.
 */
function nameIn(candidate: string): number {
  const title = TITLE_PREFIX.exec(candidate)?.[0].length ?? 0;
  let end = 0;
  WORDS.lastIndex = title;
  for (let word = WORDS.exec(candidate); word !== null; word = WORDS.exec(candidate)) {
    if (ORGANISATION_WORDS.has(word[0])) return 0;
    if (NOT_NAME_WORDS.has(word[0])) break;
    end = word.index + word[0].length;
  }
  return end;
}

function cuedNames(text: string): Range[] {
  const names: Range[] = [];
  for (const cue of CUES)
    for (const { start, end } of rangesOf(text, cue, 1)) {
      const length = nameIn(text.slice(start, end));
      if (length > 0) names.push({ start, end: start + length });
    }
  return names;
}

// Without a cue, a capitalised word counts when it is a given name and nothing else ("Sarah
// said …"), with the capitalised words after it as surnames — unless the next word shows a
// place or a business ("George Street", "Kelly Services") — and a capitalised word before it
// that does not start a sentence as a given name the lexicon lacks ("is Callum Martin").
function namesFromLexicon(text: string): Range[] {
  const names: Range[] = [];
  for (const { start } of rangesOf(text, CAPITALISED_WORD, 0, isGivenName)) {
    if (PLACE_PREFIX.test(text.slice(Math.max(0, start - 7), start))) continue;
    FOLLOWING_WORDS.lastIndex = start;
    const candidate = FOLLOWING_WORDS.exec(text)?.[0] ?? '';
    if (ORGANISATION_WORDS.has(candidate.split(' ')[1] ?? '')) continue;
    const length = nameIn(candidate);
    if (length > 0)
      names.push({ start: start - givenNameBefore(text, start), end: start + length });
  }
  return names;
}

// The length of a capitalised word (and its space) right before `start`, if it may be a name.
function givenNameBefore(text: string, start: number): number {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (word === undefined || NOT_NAME_WORDS.has(word) || ORGANISATION_WORDS.has(word)) return 0;
  return SENTENCE_START.test(text.slice(0, start - word.length - 1)) ? 0 : word.length + 1;
}

// A name found once is a name wherever else it stands ("your agent Raj … Raj hung up").
function repeatedNames(text: string, names: readonly Range[]): Range[] {
  if (names.length === 0) return [];
  const words = new Set(
    names.flatMap((name) => text.slice(name.start, name.end).match(WORDS) ?? []),
  );
  for (const title of TITLES) words.delete(title);
  return rangesOf(text, CAPITALISED_WORD, 0, (word) => words.has(word));
}

/** People's names, from cues (titles, sign-offs, greetings, "my name is", roles) and a lexicon. */
export function findNames(text: string): PiiSpan[] {
  const names = [...cuedNames(text), ...namesFromLexicon(text)];
  return [...names, ...repeatedNames(text, names)].map((range) => ({ type: 'name', ...range }));
}
