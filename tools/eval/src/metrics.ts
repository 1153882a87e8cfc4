export interface BinaryScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassScores extends BinaryScores {
  label: string;
  support: number;
}

export interface ClassificationScores {
  accuracy: number;
  macroF1: number;
  perClass: ClassScores[];
  total: number;
}

/** Precision, recall and F1 from counts; an undefined ratio (0 / 0) counts as 0. */
export function binaryScores(
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): BinaryScores {
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall =
    truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Accuracy and macro-averaged F1 over the labels of the gold standard. */
export function scoreClassification(
  gold: readonly string[],
  predicted: readonly string[],
): ClassificationScores {
  if (gold.length !== predicted.length)
    throw new Error(
      `scoreClassification: ${gold.length} gold labels but ${predicted.length} predictions`,
    );
  const labels = [...new Set(gold)].sort();
  const perClass = labels.map((label) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    gold.forEach((goldLabel, index) => {
      const hit = predicted[index] === label;
      if (goldLabel === label && hit) truePositives++;
      else if (goldLabel === label) falseNegatives++;
      else if (hit) falsePositives++;
    });
    return {
      label,
      support: truePositives + falseNegatives,
      ...binaryScores(truePositives, falsePositives, falseNegatives),
    };
  });
  const correct = gold.filter((label, index) => predicted[index] === label).length;
  return {
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1:
      perClass.length === 0
        ? 0
        : perClass.reduce((sum, scores) => sum + scores.f1, 0) / perClass.length,
    perClass,
    total: gold.length,
  };
}

/** Expected calibration error: the gap between confidence and accuracy, averaged over equal-width bins. */
export function expectedCalibrationError(
  confidences: readonly number[],
  correct: readonly boolean[],
  bins = 10,
): number {
  const counts = new Array<number>(bins).fill(0);
  const confidenceSums = new Array<number>(bins).fill(0);
  const correctSums = new Array<number>(bins).fill(0);
  confidences.forEach((confidence, index) => {
    const bin = Math.min(bins - 1, Math.floor(confidence * bins));
    counts[bin]++;
    confidenceSums[bin] += confidence;
    correctSums[bin] += correct[index] ? 1 : 0;
  });
  let error = 0;
  for (let bin = 0; bin < bins; bin++) {
    if (counts[bin] > 0)
      error += Math.abs(confidenceSums[bin] - correctSums[bin]) / confidences.length;
  }
  return error;
}
