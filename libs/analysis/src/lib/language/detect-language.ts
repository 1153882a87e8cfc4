import { tokenize, type Token } from '../text/tokenize';

/**
 * Language identification by function words and script: each language's commonest short words
 * make up a large share of any sentence in it, and almost none of a sentence in another. Pure,
 * dictionary-free beyond these lists, and ~1 µs per text (a character n-gram model such as
 * tinyld measured no better on the short texts that matter here, and costs a dependency).
 */
export type LanguageCode = 'en' | 'de' | 'es' | 'fr' | 'it' | 'pt' | 'nl' | 'other' | 'und';

export interface DetectedLanguage {
  /** ISO 639-1 code; `other` for a known script or words of an unlisted language, `und` when there is too little text to tell. */
  language: LanguageCode;
  /** 0–1: share of the function words found that belong to the chosen language. */
  confidence: number;
}

const FUNCTION_WORDS: Record<Exclude<LanguageCode, 'other' | 'und'>, string> = {
  en: 'the and to of a i is in it you that was for on my have with be not this are but they me at we so your no what can just there will get from do been an if or all has had would our its im dont did about when out one up them their were any why how very than because',
  de: 'der die das und ist nicht ich ein eine zu mit sich den auf für von es wir sie auch dem ist war wie aber noch nach bei sind habe hat mein meine ihr ihre kein keine schon wurde werden oder nur bitte seit immer mir mich uns sehr warum wer wann heute gestern danke hallo lange',
  es: 'el la de que y en los se no un una por con para es lo las su al del me mi pero ya muy sin sobre este esta hay fue han ha son tengo nos cuando todo porque mis usted ustedes está estoy qué tres tanto mucho nadie nada desde hace quiero gracias hola favor dónde todavía',
  fr: 'le la les de des et est un une que je pas pour dans en ne du au il elle vous nous sur avec mon ma mes ce cette qui mais plus ont été suis sont fait tout très votre vos depuis toujours merci bonjour pourquoi quand hier rien personne',
  it: 'il di che e la non un una per sono mi ho con del della le gli è ma anche ancora mio mia questo questa hanno stato perché tutto molto nel alla dei come sempre da tre così tanto tempo favore grazie ieri oggi nessuno niente voglio della',
  pt: 'o a de que e do da em um uma para com não os as no na por mais mas foi meu minha ao dos das se já está estou tenho sem muito quando também vocês você isso até ninguém vezes obrigado obrigada ontem hoje quero ainda demora',
  nl: 'de het een en van ik is niet dat op te zijn met voor er maar ook al nog mijn wij we hebben heeft wordt naar bij geen was dan door uw jullie alleen waarom mij alstublieft bedankt dank waarom wanneer gisteren vandaag terug',
};

const LANGUAGES = Object.keys(FUNCTION_WORDS) as Exclude<LanguageCode, 'other' | 'und'>[];
// Each function word with a bit per language it belongs to: one lookup per word.
const LANGUAGE_BITS = new Map<string, number>();
LANGUAGES.forEach((language, index) => {
  for (const word of FUNCTION_WORDS[language].split(' '))
    LANGUAGE_BITS.set(word, (LANGUAGE_BITS.get(word) ?? 0) | (1 << index));
});
const MIN_FUNCTION_WORDS = 2;
// Letters that (almost) only one of the languages uses count as one function word of it.
const LETTER_HINTS: ReadonlyMap<string, LanguageCode> = new Map([
  ...[...'ñ¿¡'].map((letter) => [letter, 'es'] as const),
  ...[...'ßäöü'].map((letter) => [letter, 'de'] as const),
  ...[...'ãõ'].map((letter) => [letter, 'pt'] as const),
  ...[...'êâûôœë'].map((letter) => [letter, 'fr'] as const),
  ...[...'ìò'].map((letter) => [letter, 'it'] as const),
]);
// The winner needs this many times the runner-up's function words (shared words such as "de").
const MARGIN = 1.5;
// Letters beyond Latin Extended (U+024F): Greek, Cyrillic, Arabic, CJK and the rest.
const LAST_LATIN = 0x024f;

const HINT_INDEX: ReadonlyMap<number, number> = new Map(
  [...LETTER_HINTS].map(([letter, language]) => [
    letter.charCodeAt(0),
    LANGUAGES.indexOf(language as (typeof LANGUAGES)[number]),
  ]),
);

// The index of the language the word's first hinting letter points to, or −1. By character
// code: most words are plain ASCII, and iterating a string's letters allocates one per letter.
function hintedLanguage(word: string): number {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code <= 127) continue;
    const hinted = HINT_INDEX.get(code);
    if (hinted !== undefined) return hinted;
  }
  return -1;
}

/** The language of a tokenised text (word tokens' lower-cased forms). */
export function detectLanguageOfTokens(
  tokens: readonly Pick<Token, 'kind' | 'norm'>[],
): DetectedLanguage {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  let words = 0;
  let nonLatin = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    words++;
    if (token.norm.charCodeAt(0) > LAST_LATIN) {
      nonLatin++;
      continue;
    }
    const hinted = hintedLanguage(token.norm);
    if (hinted >= 0) counts[hinted]++;
    let bits = LANGUAGE_BITS.get(token.norm) ?? 0;
    if (bits === 0 && token.norm.includes("'"))
      bits = LANGUAGE_BITS.get(token.norm.replace(/'/g, '')) ?? 0;
    for (let index = 0; bits !== 0; index++, bits >>= 1) if (bits & 1) counts[index]++;
  }
  if (words === 0) return { language: 'und', confidence: 0 };
  if (nonLatin * 2 > words) return { language: 'other', confidence: round(nonLatin / words) };
  let best = 0;
  let second = -1;
  for (let index = 1; index < counts.length; index++) {
    if (counts[index] > counts[best]) {
      second = best;
      best = index;
    } else if (second < 0 || counts[index] > counts[second]) second = index;
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (counts[best] < MIN_FUNCTION_WORDS) return { language: 'und', confidence: 0 };
  const english = counts[LANGUAGES.indexOf('en')];
  // Too close to call against English (names, loan words): read it as English.
  if (LANGUAGES[best] !== 'en' && counts[best] < MARGIN * english)
    return { language: 'en', confidence: round(english / total) };
  return { language: LANGUAGES[best], confidence: round(counts[best] / total) };
}

/** The language of a text; `und` when too short to tell (read as English by the analysis). */
export function detectLanguage(text: string): DetectedLanguage {
  return detectLanguageOfTokens(tokenize(text).tokens);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Languages the lexicon, rules and models are written for. */
export const ANALYSED_LANGUAGES: readonly LanguageCode[] = ['en'];

/** Whether a text in this language is analysed (undetermined short texts are read as English). */
export function isAnalysedLanguage(language: LanguageCode): boolean {
  return language === 'und' || ANALYSED_LANGUAGES.includes(language);
}
