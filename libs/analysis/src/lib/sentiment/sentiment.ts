import type { LexiconScore, WeightedEvidence } from './lexicon-sentiment';
import type { SentimentLabel } from './sentiment-label';

export interface Sentiment {
  label: SentimentLabel;
  /** From −1 (negative) to +1 (positive). */
  score: number;
  confidence: number;
  /** The sentiment-bearing words, strongest first, with their contribution. */
  evidence: WeightedEvidence[];
  method: 'lexicon' | 'model';
}

// Service feedback leans negative and states problems mildly ("still no reply"), so a small
// negative score already reads as negative while praise must be clearer to count as positive.
const POSITIVE_THRESHOLD = 0.3;
const NEGATIVE_THRESHOLD = -0.1;
// Mixed: both sides substantial, the weaker at least half the stronger.
const MIXED_MINIMUM = 1.5;
const MIXED_BALANCE = 0.5;
// A trained model says mixed when it gives both poles at least this probability.
const MIXED_PROBABILITY = 0.3;
const MAX_EVIDENCE = 8;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function strongestFirst(evidence: readonly WeightedEvidence[]): WeightedEvidence[] {
  return [...evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_EVIDENCE);
}

function isMixed(lexicon: LexiconScore): boolean {
  const { positive, negative } = lexicon;
  return (
    Math.min(positive, negative) >= MIXED_MINIMUM &&
    Math.min(positive, negative) >= MIXED_BALANCE * Math.max(positive, negative)
  );
}

/** Sentiment from the lexicon alone (no training data). */
export function sentimentFromLexicon(lexicon: LexiconScore): Sentiment {
  const { score } = lexicon;
  let label: SentimentLabel;
  let confidence: number;
  if (isMixed(lexicon)) {
    label = 'mixed';
    confidence = 0.6;
  } else if (score >= POSITIVE_THRESHOLD) {
    label = 'positive';
    confidence = 0.55 + 0.4 * score;
  } else if (score <= NEGATIVE_THRESHOLD) {
    label = 'negative';
    confidence = 0.55 + 0.4 * -score;
  } else {
    label = 'neutral';
    confidence = 0.5;
  }
  return {
    label,
    score: round(score),
    confidence: round(confidence),
    evidence: strongestFirst(lexicon.evidence),
    method: 'lexicon',
  };
}

/** Sentiment from a trained model's probabilities; the lexicon still supplies the evidence. */
export function sentimentFromModel(
  probabilities: ReadonlyMap<SentimentLabel, number>,
  lexicon: LexiconScore,
): Sentiment {
  let label: SentimentLabel = 'neutral';
  let confidence = 0;
  for (const [candidate, probability] of probabilities) {
    if (probability > confidence) {
      label = candidate;
      confidence = probability;
    }
  }
  const positive = probabilities.get('positive') ?? 0;
  const negative = probabilities.get('negative') ?? 0;
  if (label !== 'mixed' && positive >= MIXED_PROBABILITY && negative >= MIXED_PROBABILITY)
    label = 'mixed';
  return {
    label,
    score: round(positive - negative),
    confidence: round(confidence),
    evidence: strongestFirst(lexicon.evidence),
    method: 'model',
  };
}
