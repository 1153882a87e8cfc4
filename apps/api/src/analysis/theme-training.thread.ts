// Runs in a worker thread: training is CPU-bound for seconds, and must not stall the API.
import { parentPort, workerData } from 'node:worker_threads';
import {
  createAnalyzer,
  type ThemeDefinition,
  type ThemeExample,
  trainThemeModel,
} from '@fulcrum/analysis';
import { measureTagger, type ModelQualityFigures, splitForMeasuring } from './theme-model-quality';

const { examples, themes } = workerData as { examples: ThemeExample[]; themes: ThemeDefinition[] };

// Measured on held-out examples, against what the keywords alone find on the same texts, so a
// person can see whether switching the model on helps.
function measure(): ModelQualityFigures | null {
  const split = splitForMeasuring(examples);
  if (!split) return null;
  const model = trainThemeModel(split.training);
  const keywords = createAnalyzer({ themes });
  const learned = measureTagger((text) => model.classify(text, 1)[0]?.theme ?? '', split.heldOut);
  const baseline = measureTagger(
    (text) => keywords.analyze(text).themes[0]?.name ?? '',
    split.heldOut,
  );
  return {
    heldOut: split.heldOut.length,
    ...learned,
    keywordsAccuracy: baseline.accuracy,
    keywordsMacroF1: baseline.macroF1,
  };
}

const quality = measure();
const model = trainThemeModel(examples);
parentPort?.postMessage({ model: model.toJson(), version: model.version, quality });
