import {
  createAnalyzer,
  SignModel,
  WARNING_SIGNS,
  type AnalyzerConfig,
  type SignExample,
  type WarningSign,
} from '@fulcrum/analysis';
import { binaryScores } from '../metrics';

export interface SignScores {
  sign: WarningSign;
  precision: number;
  recall: number;
  f1: number;
  positives: number;
  negatives: number;
}

/** Per-sign precision and recall of an analyzer's flags on labelled examples. */
export function scoreSigns(examples: readonly SignExample[], config: AnalyzerConfig): SignScores[] {
  const analyzer = createAnalyzer(config);
  const flagged = examples.map(
    (example) =>
      new Set(analyzer.flags(example.text, { source: example.writer }).map((flag) => flag.type)),
  );
  return WARNING_SIGNS.map((sign) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((example, index) => {
      const gold = example.signs.includes(sign);
      const hit = flagged[index].has(sign);
      if (hit && gold) tp++;
      else if (gold) fn++;
      else if (hit) fp++;
    });
    const positives = examples.filter((example) => example.signs.includes(sign)).length;
    return { sign, ...binaryScores(tp, fp, fn), positives, negatives: examples.length - positives };
  });
}

/** Out-of-fold probabilities of each sign for each example (k folds by position). */
export function outOfFoldProbabilities(
  examples: readonly SignExample[],
  folds: number,
): Map<WarningSign, number>[] {
  const result = examples.map(() => new Map<WarningSign, number>());
  const zero = Object.fromEntries(WARNING_SIGNS.map((sign) => [sign, 0]));
  for (let fold = 0; fold < folds; fold++) {
    const train = examples.filter((_, index) => index % folds !== fold);
    const analyzer = createAnalyzer({ signModel: SignModel.train(train), signThresholds: zero });
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

/**
 * The lowest threshold at which out-of-fold precision reaches `targetPrecision` (recall is
 * highest there); if none does, the threshold of best F1.
 */
export function chooseThreshold(
  examples: readonly SignExample[],
  probabilities: readonly Map<WarningSign, number>[],
  sign: WarningSign,
  targetPrecision: number,
): number {
  let bestF1 = -1;
  let bestF1Threshold = 0.5;
  for (let step = 10; step <= 90; step++) {
    const threshold = step / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((example, index) => {
      const gold = example.signs.includes(sign);
      const hit = (probabilities[index].get(sign) ?? 0) >= threshold;
      if (hit && gold) tp++;
      else if (gold) fn++;
      else if (hit) fp++;
    });
    const scores = binaryScores(tp, fp, fn);
    if (tp > 0 && scores.precision >= targetPrecision) return threshold;
    if (scores.f1 > bestF1) {
      bestF1 = scores.f1;
      bestF1Threshold = threshold;
    }
  }
  return bestF1Threshold;
}
