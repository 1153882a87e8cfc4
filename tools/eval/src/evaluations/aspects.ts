import { createAnalyzer, trainThemeModel, type Analysis } from '@fulcrum/analysis';
import type { AspectSentence } from '../datasets';
import { binaryScores } from '../metrics';
import type { Cell, Table } from '../report';
import { SERVICE_REVIEW_THEMES } from '../taxonomies/service-review-themes';

interface AspectRule {
  aspect: string;
  /** How the untrained analysis signals a negative opinion about the aspect. */
  untrained: (analysis: Analysis) => boolean;
  untrainedMethod: string;
}

const negativeTheme = (analysis: Analysis, theme: string) =>
  analysis.themes.some((tag) => tag.name === theme && tag.sentiment < 0);
const hasFlag = (analysis: Analysis, type: string) =>
  analysis.flags.some((flag) => flag.type === type);

const ASPECTS: AspectRule[] = [
  {
    aspect: 'staff',
    untrained: (analysis) => hasFlag(analysis, 'staff-conduct') || negativeTheme(analysis, 'Staff'),
    untrainedMethod: 'staff-conduct sign, or Staff theme in a negative clause',
  },
  {
    aspect: 'service',
    untrained: (analysis) => hasFlag(analysis, 'delay') || negativeTheme(analysis, 'Service speed'),
    untrainedMethod: 'delay sign, or Service speed theme in a negative clause',
  },
  {
    aspect: 'price',
    untrained: (analysis) => negativeTheme(analysis, 'Price'),
    untrainedMethod: 'Price theme in a negative clause',
  },
];

const themeOf = (aspect: string) => `${aspect}-negative`;
const isNegative = (sentence: AspectSentence, aspect: string) =>
  sentence.aspects.some((item) => item.category === aspect && item.polarity === 'negative');

function scoresRow(
  aspect: string,
  method: string,
  sentences: readonly AspectSentence[],
  predicted: readonly boolean[],
): Cell[] {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  sentences.forEach((sentence, index) => {
    const gold = isNegative(sentence, aspect);
    if (gold && predicted[index]) truePositives++;
    else if (gold) falseNegatives++;
    else if (predicted[index]) falsePositives++;
  });
  const scores = binaryScores(truePositives, falsePositives, falseNegatives);
  return [
    `${aspect} negative`,
    method,
    scores.precision,
    scores.recall,
    scores.f1,
    truePositives + falseNegatives,
  ];
}

/** MAMS: does the analysis find negative opinions about staff, service and price in sentences with mixed opinions? */
export function evaluateAspects(
  train: readonly AspectSentence[],
  validation: readonly AspectSentence[],
): Table {
  const model = trainThemeModel(
    train.map((sentence) => ({
      text: sentence.text,
      themes: ASPECTS.filter(({ aspect }) => isNegative(sentence, aspect)).map(({ aspect }) =>
        themeOf(aspect),
      ),
    })),
  );
  const trained = createAnalyzer({ themeModel: model });
  const untrained = createAnalyzer({ themes: SERVICE_REVIEW_THEMES });
  const trainedAnalyses = validation.map((sentence) => trained.analyze(sentence.text));
  const untrainedAnalyses = validation.map((sentence) => untrained.analyze(sentence.text));
  const everything = [...train, ...validation];
  const untrainedEverywhere = everything.map((sentence) => untrained.analyze(sentence.text));
  const rows = ASPECTS.flatMap(({ aspect, untrained: detect, untrainedMethod }) => [
    scoresRow(aspect, `untrained: ${untrainedMethod}`, validation, untrainedAnalyses.map(detect)),
    scoresRow(
      aspect,
      'untrained, same rule on train + validation',
      everything,
      untrainedEverywhere.map(detect),
    ),
    scoresRow(
      aspect,
      'theme model trained on the train split',
      validation,
      trainedAnalyses.map((analysis) =>
        analysis.themes.some((theme) => theme.name === themeOf(aspect)),
      ),
    ),
  ]);
  return {
    title: `Aspects: MAMS restaurant sentences (train ${train.length.toLocaleString('en-GB')}, validation ${validation.length})`,
    intro:
      'Each sentence holds two or more aspects of different polarity; the task is to find the negative ones.',
    columns: ['aspect', 'method', 'precision', 'recall', 'F1', 'support'],
    rows,
    notes: [
      'Untrained rows use the built-in signs and a three-theme keyword taxonomy (tools/eval/src/taxonomies); a theme counts as negative when the lexicon sentiment of the clauses that mention it is below zero.',
      'The trained row learns staff-, service- and price-negative as three themes (plus "no theme") from the train split and is scored on validation.',
    ],
  };
}
