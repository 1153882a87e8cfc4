import { createAnalyzer, trainThemeModel } from '@fulcrum/analysis';
import { trainStockBayes } from '../baselines';
import type { LabelledText } from '../datasets';
import { stratifiedFolds } from '../folds';
import { expectedCalibrationError, scoreClassification } from '../metrics';
import type { Cell } from '../report';
import { secondsSince } from './timing';

const UNTAGGED = '(untagged)';

/** k-fold results of natural's Bayes and Fulcrum's theme model on one single-label dataset. */
export function evaluateThemeClassification(
  benchmark: string,
  examples: readonly LabelledText[],
  folds: number,
): Cell[][] {
  const gold = examples.map((example) => example.label);
  const bayes = new Array<string>(examples.length);
  const forced = new Array<string>(examples.length);
  const tagged = new Array<string>(examples.length);
  const confidence = new Array<number>(examples.length);
  let fulcrumTraining = 0;
  let bayesTraining = 0;
  for (const split of stratifiedFolds(gold, folds)) {
    const train = split.train.map((index) => examples[index]);
    let started = process.hrtime.bigint();
    const classify = trainStockBayes(train);
    bayesTraining += secondsSince(started);
    started = process.hrtime.bigint();
    const model = trainThemeModel(
      train.map((example) => ({ text: example.text, themes: [example.label] })),
    );
    fulcrumTraining += secondsSince(started);
    const analyzer = createAnalyzer({ themeModel: model });
    for (const index of split.test) {
      bayes[index] = classify(examples[index].text);
      const themes = analyzer.analyze(examples[index].text).themes;
      tagged[index] = themes[0]?.name ?? UNTAGGED;
      const [best] = model.classify(examples[index].text, 1);
      forced[index] = best.theme;
      confidence[index] = best.probability;
    }
  }
  const majority = mostCommon(gold);
  const majorityScores = scoreClassification(
    gold,
    gold.map(() => majority),
  );
  const bayesScores = scoreClassification(gold, bayes);
  const fulcrumScores = scoreClassification(gold, forced);
  const taggedIndices = tagged.flatMap((label, index) => (label === UNTAGGED ? [] : [index]));
  const precisionWhenTagged =
    taggedIndices.filter((index) => tagged[index] === gold[index]).length /
    Math.max(taggedIndices.length, 1);
  const calibration = expectedCalibrationError(
    confidence,
    forced.map((label, index) => label === gold[index]),
  );
  return [
    [
      benchmark,
      `always "${majority}" (most common)`,
      majorityScores.accuracy,
      majorityScores.macroF1,
      '',
      '',
      '',
      '',
    ],
    [
      benchmark,
      'natural BayesClassifier',
      bayesScores.accuracy,
      bayesScores.macroF1,
      '',
      '',
      '',
      (bayesTraining / folds).toFixed(1),
    ],
    [
      benchmark,
      'Fulcrum theme model',
      fulcrumScores.accuracy,
      fulcrumScores.macroF1,
      taggedIndices.length / examples.length,
      precisionWhenTagged,
      calibration,
      (fulcrumTraining / folds).toFixed(1),
    ],
  ];
}

function mostCommon(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

export const THEME_COLUMNS = [
  'benchmark',
  'method',
  'accuracy',
  'macro-F1',
  'tagged (score ≥ 0.5)',
  'accuracy when tagged',
  'ECE',
  'train s/fold',
];
