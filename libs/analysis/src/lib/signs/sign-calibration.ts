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

type Analyze = (config: AnalyzerConfig) => {
  flags(
    text: string,
    context: { source: 'customer' | 'staff' },
  ): { type: string; confidence: number }[];
};

/** Out-of-fold confidence of each sign for each example (k folds by position). */
export function outOfFoldConfidences(
  examples: readonly SignExample[],
  folds: number,
  createAnalyzer: Analyze,
): Map<WarningSign, number>[] {
  const result = examples.map(() => new Map<WarningSign, number>());
  const keepAll = Object.fromEntries(WARNING_SIGNS.map((sign) => [sign, 0]));
  for (let fold = 0; fold < folds; fold++) {
    const analyzer = createAnalyzer({
      signModel: SignModel.train(examples.filter((_, index) => index % folds !== fold)),
      signThresholds: keepAll,
    });
    examples.forEach((example, index) => {
      if (index % folds !== fold) return;
      for (const flag of analyzer.flags(example.text, { source: example.writer })) {
        if ((WARNING_SIGNS as readonly string[]).includes(flag.type))
          result[index].set(flag.type as WarningSign, flag.confidence);
      }
    });
  }
  return result;
}

// Fewer flags than this at a threshold say too little about its precision to stop the search.
const MIN_FLAGS_TO_JUDGE = 10;

/**
 * The lowest threshold (in steps of 0.01 from 0.1) at and above which out-of-fold precision
 * stays at the target, where recall is highest; if none does, the threshold of best F1.
 * Searching down from the top and stopping at the first threshold that misses keeps a lucky
 * rise of precision low down (a band of true positives after a band of false ones) from being
 * chosen: with the first threshold that reaches the target, thresholds jumped by 0.1 between
 * one added sentence and the next, and held-out precision fell below the target.
 */
export function chooseThreshold(
  examples: readonly SignExample[],
  confidences: readonly Map<WarningSign, number>[],
  sign: WarningSign,
  targetPrecision: number,
): number {
  let bestF1 = -1;
  let bestF1Threshold = 0.5;
  let lowestHolding: number | undefined;
  for (let step = 90; step >= 10; step--) {
    const threshold = step / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((example, index) => {
      const gold = example.signs.includes(sign);
      const hit = (confidences[index].get(sign) ?? 0) >= threshold;
      if (hit && gold) tp++;
      else if (gold) fn++;
      else if (hit) fp++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (f1 > bestF1) {
      bestF1 = f1;
      bestF1Threshold = threshold;
    }
    if (tp + fp < MIN_FLAGS_TO_JUDGE) continue;
    if (precision < targetPrecision) break;
    lowestHolding = threshold;
  }
  return lowestHolding ?? bestF1Threshold;
}

/** Per-sign thresholds from the training split only (never the held-out examples). */
export function calibrateSignThresholds(
  examples: readonly SignExample[],
  createAnalyzer: Analyze,
): Record<WarningSign, number> {
  const train = examples.filter((example) => !example.heldOut);
  const confidences = outOfFoldConfidences(train, SIGN_CALIBRATION.folds, createAnalyzer);
  return Object.fromEntries(
    WARNING_SIGNS.map((sign) => [
      sign,
      chooseThreshold(train, confidences, sign, SIGN_CALIBRATION.targetPrecision),
    ]),
  ) as Record<WarningSign, number>;
}
