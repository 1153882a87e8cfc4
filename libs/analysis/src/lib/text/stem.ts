import { PorterStemmer } from 'natural/lib/natural/stemmers';

// Porter stemming is ~50x slower than tokenising, and a feedback vocabulary is small,
// so stems are memoised. The cap keeps memory bounded on adversarial input.
const MAX_CACHED_STEMS = 200_000;
const stemCache = new Map<string, string>();
// Porter's rules are regular expressions whose work grows with the square of a word's length;
// no English word is this long, so longer tokens (ids, hostile input) are kept as they are.
export const MAX_STEMMED_LENGTH = 40;

/** Porter stem of a lower-cased word, memoised. */
export function stem(word: string): string {
  if (word.length > MAX_STEMMED_LENGTH) return word;
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (stemCache.size >= MAX_CACHED_STEMS) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}
