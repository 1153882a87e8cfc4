import type { ThemeExample } from '@fulcrum/analysis';

export interface QualityFigures {
  accuracy: number;
  macroF1: number;
}

/** The model's quality on held-out examples, next to the keyword-only tagging on the same ones. */
export interface ModelQualityFigures extends QualityFigures {
  heldOut: number;
  keywordsAccuracy: number;
  keywordsMacroF1: number;
}

/** Below this, a held-out measurement says more about chance than about the model. */
const MIN_TO_MEASURE = 50;
const HELD_OUT_SHARE = 0.2;

/** Every fifth example (in a fixed order) is held out, so the figure is repeatable. */
export function splitForMeasuring(
  examples: readonly ThemeExample[],
): { training: ThemeExample[]; heldOut: ThemeExample[] } | null {
  if (examples.length < MIN_TO_MEASURE) return null;
  const every = Math.round(1 / HELD_OUT_SHARE);
  return {
    training: examples.filter((_, index) => index % every !== 0),
    heldOut: examples.filter((_, index) => index % every === 0),
  };
}

/** Top-1 accuracy and macro-F1 of a tagger's best theme ('' for none) against the first labelled theme. */
export function measureTagger(
  bestTheme: (text: string) => string,
  heldOut: readonly ThemeExample[],
): QualityFigures {
  const counts = new Map<string, { truePositive: number; predicted: number; actual: number }>();
  const countOf = (label: string) => {
    const count = counts.get(label) ?? { truePositive: 0, predicted: 0, actual: 0 };
    counts.set(label, count);
    return count;
  };
  let correct = 0;
  for (const example of heldOut) {
    const actual = example.themes[0] ?? '';
    const predicted = bestTheme(example.text);
    countOf(actual).actual += 1;
    countOf(predicted).predicted += 1;
    if (predicted === actual) {
      correct += 1;
      countOf(actual).truePositive += 1;
    }
  }
  const f1s = [...counts.values()]
    .filter((count) => count.actual > 0)
    .map(({ truePositive, predicted, actual }) =>
      truePositive === 0 ? 0 : (2 * truePositive) / (predicted + actual),
    );
  return {
    accuracy: correct / Math.max(heldOut.length, 1),
    macroF1: f1s.reduce((sum, value) => sum + value, 0) / Math.max(f1s.length, 1),
  };
}
