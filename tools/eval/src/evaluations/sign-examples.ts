import {
  createAnalyzer,
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
  return scoreFlagged(examples, flagged).map((scores, index) => {
    const sign = WARNING_SIGNS[index];
    const positives = examples.filter((example) => example.signs.includes(sign)).length;
    return { sign, ...scores, positives, negatives: examples.length - positives };
  });
}

/** Per-sign precision and recall of flags already found, one set per example, in WARNING_SIGNS order. */
export function scoreFlagged(
  examples: readonly SignExample[],
  flagged: readonly ReadonlySet<string>[],
): ReturnType<typeof binaryScores>[] {
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
    return binaryScores(tp, fp, fn);
  });
}
