import type { ThemeExample, ThemeModel } from '@fulcrum/analysis';

export interface ModelQualityFigures {
  heldOut: number;
  accuracy: number;
  macroF1: number;
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

/** Top-1 accuracy and macro-F1 of the model's best theme against the first labelled theme. */
export function measureThemeModel(
  model: ThemeModel,
  heldOut: readonly ThemeExample[],
): ModelQualityFigures {
  const counts = new Map<string, { truePositive: number; predicted: number; actual: number }>();
  const countOf = (label: string) => {
    const count = counts.get(label) ?? { truePositive: 0, predicted: 0, actual: 0 };
    counts.set(label, count);
    return count;
  };
  let correct = 0;
  for (const example of heldOut) {
    const actual = example.themes[0] ?? '';
    const predicted = model.classify(example.text, 1)[0]?.theme ?? '';
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
    heldOut: heldOut.length,
    accuracy: correct / Math.max(heldOut.length, 1),
    macroF1: f1s.reduce((sum, value) => sum + value, 0) / Math.max(f1s.length, 1),
  };
}
