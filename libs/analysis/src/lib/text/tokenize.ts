import { PLACEHOLDERS } from '../pii/redact';
import { stem } from './stem';

/** `redacted` is a placeholder left by PII redaction, such as "[EMAIL]". */
export type TokenKind = 'word' | 'number' | 'emoticon' | 'redacted';

export interface Token {
  kind: TokenKind;
  /** Lower-cased surface form with contractions normalised ("dont" → "don't"). */
  norm: string;
  /** Porter stem of `norm` (numbers become "<num>", emoticons stay as written). */
  stem: string;
  /** Offsets of the token in the analysed text, for evidence spans. */
  start: number;
  end: number;
  /** Index of the sentence (split at . ! ? ;). */
  sentence: number;
  /** Index of the clause: clauses split at sentence punctuation, commas, dashes and contrast words. */
  clause: number;
  /** Comes after "but" or "however" in its sentence: what follows such a word outweighs what came before. */
  contrasted: boolean;
  /** Written in capitals (three letters or more): read as emphasis. */
  shouted: boolean;
  /** Its sentence ends with a question mark. */
  questioned: boolean;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  exclamations: number;
  questions: number;
}

// One pass, alternatives in priority order. Groups: 1 skipped text (links, handles, HTML
// entities), 2 redaction placeholders, 3 emoticons, 4 words and numbers, 5 clause punctuation.
// (Positional groups: named ones allocate an object per match.)
const PLACEHOLDER = Object.values(PLACEHOLDERS)
  .map((placeholder) => placeholder.replace(/[[\]]/g, '\\$&'))
  .join('|');
const TOKEN_PATTERN = new RegExp(
  String.raw`(https?:\/\/\S+|www\.\S+|@\w+|&[a-z]+;)|(${PLACEHOLDER})|((?<![\w])[:;=][-o^']?[)(\][dDpP/\\|*3]|<3|\p{Extended_Pictographic})|([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|([.!?;,]+|\s[-–—]\s)`,
  'gu',
);

const CONTRAST_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas']);
const OVERRIDING_CONTRAST_WORDS = new Set(['but', 'however']);

// Informal spellings of negative contractions, common in feedback.
const CONTRACTION_FIXES = new Map<string, string>(
  [
    'dont',
    'doesnt',
    'didnt',
    'cant',
    'wont',
    'isnt',
    'arent',
    'wasnt',
    'werent',
    'havent',
    'hasnt',
    'hadnt',
    'couldnt',
    'wouldnt',
    'shouldnt',
    'aint',
    'neednt',
    'mustnt',
  ].map((word) => [word, `${word.slice(0, -1)}'t`]),
);

const NUMBER_STEM = '<num>';

/** What tokenising reads of a lower-cased word; the same for every occurrence. */
interface WordForms {
  norm: string;
  stem: string;
  isNumber: boolean;
  contrast: boolean;
  overridingContrast: boolean;
}

// One lookup per word instead of one per list (contractions, contrast words, stems); keyed by
// the lower-cased word, a fresh string, so a cached key never holds on to a whole text.
const MAX_CACHED_FORMS = 200_000;
const formsByLowerCase = new Map<string, WordForms>();

function formsOf(surface: string): WordForms {
  const lower = surface.toLowerCase();
  let forms = formsByLowerCase.get(lower);
  if (forms === undefined) {
    const norm = normaliseWord(lower);
    const isNumber = isDigits(norm);
    forms = {
      norm,
      stem: isNumber ? NUMBER_STEM : stem(norm),
      isNumber,
      contrast: CONTRAST_WORDS.has(norm),
      overridingContrast: OVERRIDING_CONTRAST_WORDS.has(norm),
    };
    if (formsByLowerCase.size >= MAX_CACHED_FORMS) formsByLowerCase.clear();
    formsByLowerCase.set(lower, forms);
  }
  return forms;
}

function normaliseWord(lower: string): string {
  const straight = lower.includes('’') ? lower.replaceAll('’', "'") : lower;
  return CONTRACTION_FIXES.get(straight) ?? straight;
}

// Cheap test first (most words start lower-case), the full comparison only for candidates.
function isShouted(surface: string, norm: string): boolean {
  const first = surface.charCodeAt(0);
  if (surface.length < 3 || first < 65 || first > 90) return false;
  return surface !== norm && surface === surface.toUpperCase();
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function markQuestion(tokens: Token[], sentence: number): void {
  for (let i = tokens.length - 1; i >= 0 && tokens[i].sentence === sentence; i--)
    tokens[i].questioned = true;
}

function clauseHasTokens(tokens: readonly Token[], clause: number): boolean {
  return tokens.length > 0 && tokens[tokens.length - 1].clause === clause;
}

/** Splits text into word, number and emoticon tokens with offsets, sentences and clauses. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let contrasted = false;
  let exclamations = 0;
  let questions = 0;
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match !== null; match = TOKEN_PATTERN.exec(text)) {
    const [surface, skipped, redacted, emoticon, word, punctuation] = match;
    const start = match.index;
    const end = start + surface.length;
    if (skipped !== undefined) continue;
    if (punctuation !== undefined) {
      let questionMarked = false;
      let endsSentence = false;
      for (const char of punctuation) {
        if (char === '!') exclamations++;
        else if (char === '?') questions++;
        questionMarked ||= char === '?';
        endsSentence ||= char === '.' || char === '!' || char === '?' || char === ';';
      }
      if (questionMarked) markQuestion(tokens, sentence);
      if (!clauseHasTokens(tokens, clause)) continue;
      clause++;
      if (endsSentence) {
        sentence++;
        contrasted = false;
      }
      continue;
    }
    if (emoticon !== undefined || redacted !== undefined) {
      const norm = (emoticon ?? redacted).toLowerCase();
      const kind = emoticon === undefined ? 'redacted' : 'emoticon';
      tokens.push({
        kind,
        norm,
        stem: norm,
        start,
        end,
        sentence,
        clause,
        contrasted,
        shouted: false,
        questioned: false,
      });
      continue;
    }
    const forms = formsOf(word);
    const { norm, isNumber } = forms;
    if (forms.contrast) {
      if (clauseHasTokens(tokens, clause)) clause++;
      contrasted ||= forms.overridingContrast && tokens.at(-1)?.sentence === sentence;
    }
    tokens.push({
      kind: isNumber ? 'number' : 'word',
      norm,
      stem: forms.stem,
      start,
      end,
      sentence,
      clause,
      contrasted,
      shouted: !isNumber && isShouted(word, norm),
      questioned: false,
    });
  }
  return { text, tokens, exclamations, questions };
}
