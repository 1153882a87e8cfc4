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
  de: 'der die das und ist nicht ich ein eine zu mit sich den auf für von es wir sie auch dem ist war wie aber noch nach bei sind habe hat mein meine ihr ihre kein keine schon wurde werden oder nur bitte seit immer mir mich uns sehr',
  es: 'el la de que y en los se no un una por con para es lo las su al del me mi pero ya muy sin sobre este esta hay fue han ha son tengo nos cuando todo porque mis usted ustedes está estoy',
  fr: 'le la les de des et est un une que je pas pour dans en ne du au il elle vous nous sur avec mon ma mes ce cette qui mais plus ont été suis sont fait tout très votre vos depuis toujours',
  it: 'il di che e la non un una per sono mi ho con del della le gli è ma anche ancora mio mia questo questa hanno stato perché tutto molto nel alla dei come sempre',
  pt: 'o a de que e do da em um uma para com não os as no na por mais mas foi meu minha ao dos das se já está estou tenho sem muito quando também vocês você isso até',
  nl: 'de het een en van ik is niet dat op te zijn met voor er maar ook al nog mijn wij we hebben heeft wordt naar bij geen was dan door uw jullie alleen waarom',
};

const WORD_SETS = new Map(
  Object.entries(FUNCTION_WORDS).map(([language, words]) => [
    language as LanguageCode,
    new Set(words.split(' ')),
  ]),
);
const WORD = /[\p{L}']+/gu;
const LATIN = /\p{Script=Latin}/u;
const MIN_FUNCTION_WORDS = 2;
// The winner needs this many times the runner-up's function words (shared words such as "de").
const MARGIN = 1.5;

/** The language of a text; English when a text is too short to tell and written in Latin script. */
export function detectLanguage(text: string): DetectedLanguage {
  const counts = new Map<LanguageCode, number>();
  let words = 0;
  let nonLatin = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    words++;
    if (!LATIN.test(word)) {
      nonLatin++;
      continue;
    }
    const bare = word.replace(/'/g, '');
    for (const [language, set] of WORD_SETS) {
      if (set.has(word) || set.has(bare)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  if (words === 0) return { language: 'und', confidence: 0 };
  if (nonLatin * 2 > words) return { language: 'other', confidence: nonLatin / words };
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, count]) => sum + count, 0);
  const [best, second] = ranked;
  if (best === undefined || best[1] < MIN_FUNCTION_WORDS) return { language: 'und', confidence: 0 };
  if (second !== undefined && best[1] < MARGIN * second[1] && best[0] !== 'en') {
    // Too close to call between two other languages: still not English when English is behind.
    const english = counts.get('en') ?? 0;
    if (english >= best[1]) return { language: 'en', confidence: english / total };
  }
  return { language: best[0], confidence: Math.round((best[1] / total) * 1000) / 1000 };
}

/** Languages the lexicon, rules and models are written for. */
export const ANALYSED_LANGUAGES: readonly LanguageCode[] = ['en'];

/** Whether a text in this language is analysed (undetermined short texts are read as English). */
export function isAnalysedLanguage(language: LanguageCode): boolean {
  return language === 'und' || ANALYSED_LANGUAGES.includes(language);
}
