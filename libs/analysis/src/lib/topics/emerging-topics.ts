import { prepareText } from '../text/prepare';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';

export interface EmergingTopicOptions {
  /** At most this many topics (default 10). */
  maxTopics?: number;
  /** A phrase must occur in at least this many current texts (default 3). */
  minDocuments?: number;
  /** Longest phrase in words (default 3). */
  maxPhraseLength?: number;
  /** Example texts (indices into `current`) kept per topic (default 5). */
  maxExamples?: number;
  /**
   * Which candidate phrases rose clearly, judged all at once so that the caller can control false
   * discoveries across them (a significance test belongs to the statistics library). Default:
   * at least twice the earlier share.
   */
  risen?: (candidates: readonly PhraseRise[]) => boolean[];
}

/** How many of the period's and of the baseline's texts hold a phrase. */
export interface PhraseRise {
  documents: number;
  texts: number;
  baselineDocuments: number;
  baselineTexts: number;
}

export interface EmergingTopic {
  /** The phrase as most often written. */
  phrase: string;
  /** Share of current texts with the phrase × how rare it was in the baseline (tf-idf). */
  score: number;
  documents: number;
  baselineDocuments: number;
  /** Indices of current texts that contain the phrase, the first `maxExamples`. */
  examples: number[];
  /** Indices of every current text that contains the phrase (what `documents` counts). */
  members: number[];
}

/** How many times its earlier share a phrase's share must be to count as emerging. */
const MIN_RISE = 2;

/** Emerging means clearly more common than before, not merely common or a little up. */
export const atLeastDoubled = (rise: PhraseRise): boolean =>
  rise.baselineTexts === 0 ||
  rise.documents / Math.max(rise.texts, 1) >=
    MIN_RISE * (rise.baselineDocuments / rise.baselineTexts);

interface PhraseStats {
  key: string;
  stems: string[];
  documents: number[];
  surfaces: Map<string, number>;
}

function phrasesOf(
  tokens: readonly Token[],
  text: string,
  maxLength: number,
  visit: (key: string, surface: string) => void,
): void {
  for (let start = 0; start < tokens.length; start++) {
    const first = tokens[start];
    if (first.kind !== 'word' || STOPWORDS.has(first.norm)) continue;
    let key = '';
    for (let end = start; end < tokens.length && end - start < maxLength; end++) {
      const token = tokens[end];
      if (token.kind !== 'word' || token.clause !== first.clause) break;
      key = key === '' ? token.stem : `${key} ${token.stem}`;
      if (!STOPWORDS.has(token.norm)) visit(key, text.slice(first.start, token.end).toLowerCase());
    }
  }
}

// Two phrases name one topic when they share a word and mostly the same texts (Jaccard ≥ 0.5).
function sameTopic(a: PhraseStats, b: PhraseStats): boolean {
  if (!a.stems.some((stem) => b.stems.includes(stem))) return false;
  const inA = new Set(a.documents);
  const shared = b.documents.filter((document) => inA.has(document)).length;
  return shared / (a.documents.length + b.documents.length - shared) >= 0.5;
}

/**
 * Distinctive key phrases of a period: phrases common in `current` but rare in `baseline`,
 * scored by tf-idf with the baseline as the reference corpus. Pass the texts no theme covers
 * to get candidate new themes. Phrases sharing words and texts count as one topic, named by
 * the best-scoring phrase.
 */
export function findEmergingTopics(
  current: readonly string[],
  baseline: readonly string[],
  options: EmergingTopicOptions = {},
): EmergingTopic[] {
  const {
    maxTopics = 10,
    minDocuments = 3,
    maxPhraseLength = 3,
    maxExamples = 5,
    risen = (candidates) => candidates.map(atLeastDoubled),
  } = options;
  const stats = new Map<string, PhraseStats>();
  current.forEach((text, index) => {
    const { tokenized } = prepareText(text);
    phrasesOf(tokenized.tokens, tokenized.text, maxPhraseLength, (key, surface) => {
      const entry: PhraseStats = stats.get(key) ?? {
        key,
        stems: key.split(' '),
        documents: [],
        surfaces: new Map(),
      };
      if (entry.documents[entry.documents.length - 1] !== index) entry.documents.push(index);
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
      stats.set(key, entry);
    });
  });
  const candidates = [...stats.values()].filter((entry) => entry.documents.length >= minDocuments);
  const wanted = new Set(candidates.map((entry) => entry.key));
  const baselineDocuments = new Map<string, number>();
  for (const text of baseline) {
    const seen = new Set<string>();
    const { tokenized } = prepareText(text);
    phrasesOf(tokenized.tokens, tokenized.text, maxPhraseLength, (key) => {
      if (wanted.has(key)) seen.add(key);
    });
    for (const key of seen) baselineDocuments.set(key, (baselineDocuments.get(key) ?? 0) + 1);
  }
  const rises = candidates.map((entry) => ({
    documents: entry.documents.length,
    texts: current.length,
    baselineDocuments: baselineDocuments.get(entry.key) ?? 0,
    baselineTexts: baseline.length,
  }));
  // A phrase as common as ever ("thanks") would win on tf-idf alone when the period has few texts.
  const kept = risen(rises);
  const scored = candidates
    .map((entry, index) => {
      const inBaseline = rises[index].baselineDocuments;
      const idf = Math.log((baseline.length + 1) / (inBaseline + 1)) + 1;
      return { entry, inBaseline, score: (entry.documents.length / current.length) * idf };
    })
    .filter((_, index) => kept[index])
    .sort((a, b) => b.score - a.score || b.entry.stems.length - a.entry.stems.length);

  const chosen: typeof scored = [];
  for (const candidate of scored) {
    if (chosen.length === maxTopics) break;
    if (!chosen.some((kept) => sameTopic(kept.entry, candidate.entry))) chosen.push(candidate);
  }
  return chosen.map(({ entry, inBaseline, score }) => ({
    phrase: mostFrequent(entry.surfaces),
    score: Math.round(score * 1000) / 1000,
    documents: entry.documents.length,
    baselineDocuments: inBaseline,
    examples: entry.documents.slice(0, maxExamples),
    members: [...entry.documents],
  }));
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
