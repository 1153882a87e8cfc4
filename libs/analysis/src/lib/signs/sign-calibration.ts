import type { AnalyzerConfig } from '../analyzer';
import type { SignExample } from './labelled';
import { SignModel } from './sign-model';
import { WARNING_SIGNS, type WarningSign } from './sign-types';

/**
 * Folds and precision target the shipped thresholds are chosen with. Ten folds: each fold's
 * model learns from 90% of the training split, so its confidences are closer to those of the
 * shipped model, trained on all of it (with five, held-out recall was 0.73 against 0.75).
 */
export const SIGN_CALIBRATION = { folds: 10, targetPrecision: 0.85 } as const;

// The confidences the model alone may be asked for. Not below 0.4: on real text the model
// alone over-reads generic words, which the labelled sentences cannot show (with bars from 0.3,
// cross-validated recall rose 0.725 → 0.744 but neutral airline tweets drew a sign 4.3% of the
// time against 3.2%).
const MODEL_ONLY_BARS = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
// Fewer flags than this at a threshold say too little about its precision to stop the search.
const MIN_FLAGS_TO_JUDGE = 10;

type Analyze = (config: AnalyzerConfig) => {
  flags(
    text: string,
    context: { source: 'customer' | 'staff' },
  ): { type: string; confidence: number }[];
};

/** A sign's out-of-fold confidence in one example: from any sentence, and from sentences where a rule of it fired. */
export interface SignConfidence {
  any: number;
  ruleBacked: number;
}

/** Out-of-fold confidences of each sign for each example (k folds by position). */
export function outOfFoldConfidences(
  examples: readonly SignExample[],
  folds: number,
  createAnalyzer: Analyze,
): Map<WarningSign, SignConfidence>[] {
  const result = examples.map(() => new Map<WarningSign, SignConfidence>());
  const every = (value: number) => Object.fromEntries(WARNING_SIGNS.map((sign) => [sign, value]));
  for (let fold = 0; fold < folds; fold++) {
    const signModel = SignModel.train(examples.filter((_, index) => index % folds !== fold));
    // The same model twice: every candidate, and only those a rule backs (no model-only flag).
    const open = createAnalyzer({
      signModel,
      signThresholds: every(0),
      signModelOnlyThresholds: every(0),
    });
    const ruleBacked = createAnalyzer({
      signModel,
      signThresholds: every(0),
      signModelOnlyThresholds: every(2),
    });
    examples.forEach((example, index) => {
      if (index % folds !== fold) return;
      const context = { source: example.writer };
      const entry = result[index];
      for (const flag of open.flags(example.text, context)) {
        if ((WARNING_SIGNS as readonly string[]).includes(flag.type))
          entry.set(flag.type as WarningSign, { any: flag.confidence, ruleBacked: 0 });
      }
      for (const flag of ruleBacked.flags(example.text, context)) {
        const confidence = entry.get(flag.type as WarningSign);
        if (confidence !== undefined) confidence.ruleBacked = flag.confidence;
      }
    });
  }
  return result;
}

interface Operating {
  threshold: number;
  precision: number;
  recall: number;
}

function scoresAt(
  examples: readonly SignExample[],
  scores: readonly number[],
  sign: WarningSign,
  threshold: number,
) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  examples.forEach((example, index) => {
    const gold = example.signs.includes(sign);
    const hit = scores[index] >= threshold;
    if (hit && gold) tp++;
    else if (gold) fn++;
    else if (hit) fp++;
  });
  return {
    flagged: tp + fp,
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
  };
}

/**
 * The lowest threshold (in steps of 0.01 from 0.1) at and above which out-of-fold precision
 * stays at the target, where recall is highest; if none does, the threshold of best F1.
 * Searching down from the top and stopping at the first threshold that misses keeps a lucky
 * rise of precision low down (a band of true positives below a band of false ones) from being
 * chosen: with the first threshold that reaches the target, thresholds jumped by 0.1 between
 * one added sentence and the next, and held-out precision fell below the target.
 */
export function chooseThreshold(
  examples: readonly SignExample[],
  scores: readonly number[],
  sign: WarningSign,
  targetPrecision: number,
): Operating {
  let bestF1: Operating & { f1: number } = { threshold: 0.5, precision: 0, recall: 0, f1: -1 };
  let lowestHolding: Operating | undefined;
  for (let step = 90; step >= 10; step--) {
    const threshold = step / 100;
    const { flagged, precision, recall } = scoresAt(examples, scores, sign, threshold);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (f1 > bestF1.f1) bestF1 = { threshold, precision, recall, f1 };
    if (flagged < MIN_FLAGS_TO_JUDGE) continue;
    if (precision < targetPrecision) break;
    lowestHolding = { threshold, precision, recall };
  }
  if (lowestHolding !== undefined) return lowestHolding;
  const { threshold, precision, recall } = bestF1;
  return { threshold, precision, recall };
}

/** Per-sign thresholds, and confidences needed from the model alone, from the training split only. */
export function calibrateSignThresholds(
  examples: readonly SignExample[],
  createAnalyzer: Analyze,
): { thresholds: Record<WarningSign, number>; modelOnly: Record<WarningSign, number> } {
  const train = examples.filter((example) => !example.heldOut);
  const confidences = outOfFoldConfidences(train, SIGN_CALIBRATION.folds, createAnalyzer);
  const target = SIGN_CALIBRATION.targetPrecision;
  const thresholds = {} as Record<WarningSign, number>;
  const modelOnly = {} as Record<WarningSign, number>;
  for (const sign of WARNING_SIGNS) {
    // A flag with a rule behind it counts from the threshold; without, from the model-only bar.
    // The bar with the most recall at the target wins; on a tie, the higher (safer) bar.
    let best: (Operating & { bar: number }) | undefined;
    for (const bar of [...MODEL_ONLY_BARS].reverse()) {
      const scores = confidences.map((entry) => {
        const confidence = entry.get(sign);
        if (confidence === undefined) return 0;
        return confidence.any >= bar ? confidence.any : confidence.ruleBacked;
      });
      const operating = { ...chooseThreshold(train, scores, sign, target), bar };
      const reaches = (candidate: Operating) => candidate.precision >= target;
      if (
        best === undefined ||
        (reaches(operating) && !reaches(best)) ||
        (reaches(operating) === reaches(best) && operating.recall > best.recall)
      )
        best = operating;
    }
    thresholds[sign] = best?.threshold ?? 0.5;
    modelOnly[sign] = best?.bar ?? 0.4;
  }
  return { thresholds, modelOnly };
}
