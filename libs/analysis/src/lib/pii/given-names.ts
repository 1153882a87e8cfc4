// compromise's lexicon tags some 3,000 words as given names and nothing else ("Sarah",
// "Hassan"), apart from words that are names as well ("Will", "May", "Grace", "Jordan").
// Unpacking it takes ~0.7 s, so it is loaded by the first text that needs it, not on import.
type Lexicon = Record<string, string | string[]>;
const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName']);

let givenNames: ReadonlySet<string> | undefined;

function loadGivenNames(): ReadonlySet<string> {
  const nlp = require('compromise/two') as typeof import('compromise/two');
  const { lexicon } = (nlp.model() as { one: { lexicon: Lexicon } }).one;
  const names = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon))
    if ((Array.isArray(tags) ? tags : [tags]).every((tag) => GIVEN_NAME_TAGS.has(tag)))
      names.add(word);
  return names;
}

/** Is this word (any case) a given name and nothing else? */
export function isGivenName(word: string): boolean {
  givenNames ??= loadGivenNames();
  return givenNames.has(word.toLowerCase());
}
