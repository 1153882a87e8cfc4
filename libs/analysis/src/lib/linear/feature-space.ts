import type { Token } from '../text/tokenize';

/** What a feature space reads of a token. */
export type FeatureToken = Pick<Token, 'kind' | 'norm' | 'stem'>;
import type { SparseVector } from './sparse-vector';

/** Which features a text yields; stored with a model so it re-creates the same space. */
export interface FeatureSpaceOptions {
  /** Stemmed word n-grams from 1 to this length. */
  maxWordNgram: number;
  /** Character n-gram lengths taken inside each word (with boundary marks); empty for none. */
  charNgramSizes: number[];
  /** Word pairs and character n-grams seen in fewer training texts than this are dropped (single words are kept). */
  minDocumentFrequency: number;
}

// Word unigrams and bigrams carry the meaning; 4- and 5-character n-grams catch typos and
// word forms. (3-grams add no accuracy on an intent benchmark but half again the cost.)
export const DEFAULT_FEATURE_OPTIONS: FeatureSpaceOptions = {
  maxWordNgram: 2,
  charNgramSizes: [4, 5],
  minDocumentFrequency: 2,
};

export interface FeatureSpaceJson {
  options: FeatureSpaceOptions;
  vocabulary: string[];
  idf: number[];
}

// Word n-grams are keyed by stems joined with spaces; character n-grams get a prefix so
// they cannot collide with a one-letter word.
const CHAR_PREFIX = '#';
const MAX_CACHED_WORDS = 100_000;

/** Names every feature of a token sequence (with repeats), in a fixed order. */
function featureNames(tokens: readonly FeatureToken[], options: FeatureSpaceOptions): string[] {
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let gram = tokens[i].stem;
    names.push(gram);
    for (let n = 2; n <= options.maxWordNgram && i + n <= tokens.length; n++) {
      gram += ` ${tokens[i + n - 1].stem}`;
      names.push(gram);
    }
    if (tokens[i].kind === 'word')
      names.push(...charNgrams(tokens[i].norm, options.charNgramSizes));
  }
  return names;
}

function charNgrams(word: string, sizes: readonly number[]): string[] {
  const marked = `<${word}>`;
  const grams: string[] = [];
  for (const size of sizes) {
    for (let i = 0; i + size <= marked.length; i++)
      grams.push(CHAR_PREFIX + marked.slice(i, i + size));
  }
  return grams;
}

/**
 * A fixed vocabulary with inverse document frequencies. Texts become L2-normalised
 * tf-idf vectors with sub-linear term frequency (1 + ln tf).
 */
export class FeatureSpace {
  private readonly index = new Map<string, number>();
  // Word n-grams by number rather than by name: (id of the first n − 1 words) × size + id of the
  // last word → id. Building "a b" strings for every word pair costs more than the lookup.
  private readonly extensions = new Map<number, number>();
  private wordIds = new Int32Array(64);
  // Character n-grams of a word never change, so their feature ids are cached per word.
  private readonly charIdsByWord = new Map<string, Int32Array>();
  private readonly counts: Float64Array;
  private readonly touched: Int32Array;

  private constructor(
    readonly options: FeatureSpaceOptions,
    readonly vocabulary: readonly string[],
    readonly idf: Float64Array,
  ) {
    vocabulary.forEach((name, id) => this.index.set(name, id));
    vocabulary.forEach((name, id) => {
      const split = name.lastIndexOf(' ');
      if (split < 0 || name.startsWith(CHAR_PREFIX)) return;
      const prefix = this.index.get(name.slice(0, split));
      const last = this.index.get(name.slice(split + 1));
      if (prefix !== undefined && last !== undefined)
        this.extensions.set(prefix * vocabulary.length + last, id);
    });
    this.counts = new Float64Array(vocabulary.length);
    this.touched = new Int32Array(vocabulary.length);
  }

  static fromDocuments(
    documents: readonly (readonly FeatureToken[])[],
    options: FeatureSpaceOptions,
  ): FeatureSpace {
    const documentFrequency = new Map<string, number>();
    for (const tokens of documents) {
      for (const name of new Set(featureNames(tokens, options))) {
        documentFrequency.set(name, (documentFrequency.get(name) ?? 0) + 1);
      }
    }
    const vocabulary = [...documentFrequency.keys()]
      .filter(
        (name) =>
          isSingleWord(name) || (documentFrequency.get(name) ?? 0) >= options.minDocumentFrequency,
      )
      .sort();
    const idf = Float64Array.from(
      vocabulary,
      (name) => Math.log((1 + documents.length) / (1 + (documentFrequency.get(name) ?? 0))) + 1,
    );
    return new FeatureSpace(options, vocabulary, idf);
  }

  static fromJson(json: FeatureSpaceJson): FeatureSpace {
    if (json.vocabulary.length !== json.idf.length) {
      throw new Error(
        `feature space: vocabulary has ${json.vocabulary.length} entries but idf has ${json.idf.length}`,
      );
    }
    return new FeatureSpace(json.options, json.vocabulary, Float64Array.from(json.idf));
  }

  toJson(): FeatureSpaceJson {
    return {
      options: this.options,
      vocabulary: [...this.vocabulary],
      idf: Array.from(this.idf, roundTo6),
    };
  }

  get size(): number {
    return this.vocabulary.length;
  }

  idOf(featureName: string): number | undefined {
    return this.index.get(featureName);
  }

  /** The id of the word pair made of two word ids, when the pair is a feature. */
  pairId(first: number | undefined, second: number | undefined): number | undefined {
    return first === undefined || second === undefined
      ? undefined
      : this.extensions.get(first * this.vocabulary.length + second);
  }

  /** The tf-idf vector of a token sequence; features outside the vocabulary are ignored. */
  vectorize(tokens: readonly FeatureToken[]): SparseVector {
    const { counts, touched, index, extensions } = this;
    const size = this.vocabulary.length;
    const { maxWordNgram } = this.options;
    const hasCharGrams = this.options.charNgramSizes.length > 0;
    if (this.wordIds.length < tokens.length) this.wordIds = new Int32Array(tokens.length * 2);
    const wordIds = this.wordIds;
    for (let i = 0; i < tokens.length; i++) wordIds[i] = index.get(tokens[i].stem) ?? -1;
    // Counting is inlined rather than a closure: this loop is most of the cost of classifying.
    let touchedCount = 0;
    for (let i = 0; i < tokens.length; i++) {
      let gram = wordIds[i];
      for (let n = 1; gram >= 0; n++) {
        if (counts[gram]++ === 0) touched[touchedCount++] = gram;
        const last = n < maxWordNgram && i + n < tokens.length ? wordIds[i + n] : -1;
        gram = last < 0 ? -1 : (extensions.get(gram * size + last) ?? -1);
      }
      if (tokens[i].kind !== 'word' || !hasCharGrams) continue;
      const chars = this.charIds(tokens[i].norm);
      for (let j = 0; j < chars.length; j++) {
        if (counts[chars[j]]++ === 0) touched[touchedCount++] = chars[j];
      }
    }
    return this.normalisedVector(touchedCount);
  }

  /** Length of a character n-gram feature (boundary marks included). */
  charGramLength(id: number): number {
    return this.vocabulary[id].length - CHAR_PREFIX.length;
  }

  /** Feature ids of a word's character n-grams (cached). */
  charIds(word: string): Int32Array {
    let ids = this.charIdsByWord.get(word);
    if (ids === undefined) {
      const known = charNgrams(word, this.options.charNgramSizes)
        .map((name) => this.index.get(name))
        .filter((id): id is number => id !== undefined);
      ids = Int32Array.from(known);
      if (this.charIdsByWord.size >= MAX_CACHED_WORDS) this.charIdsByWord.clear();
      this.charIdsByWord.set(word, ids);
    }
    return ids;
  }

  private normalisedVector(touchedCount: number): SparseVector {
    const indices = this.touched.slice(0, touchedCount);
    const values = new Float64Array(touchedCount);
    let squaredNorm = 0;
    for (let j = 0; j < touchedCount; j++) {
      const id = indices[j];
      const count = this.counts[id];
      const value = (count === 1 ? 1 : 1 + Math.log(count)) * this.idf[id];
      this.counts[id] = 0;
      values[j] = value;
      squaredNorm += value * value;
    }
    const norm = Math.sqrt(squaredNorm);
    if (norm > 0) for (let j = 0; j < touchedCount; j++) values[j] /= norm;
    return { indices, values };
  }
}

// A word seen once in training can still be the one word that names a theme.
function isSingleWord(name: string): boolean {
  return !name.startsWith(CHAR_PREFIX) && !name.includes(' ');
}

function roundTo6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
