import {
  createAnalyzer,
  type ThemeDefinition,
  type ThemeExample,
  trainThemeModel,
} from '@fulcrum/analysis';
import { measureTagger, type ModelQualityFigures, splitForMeasuring } from './theme-model-quality';

/** A trained model as stored: its JSON, version and quality at training time. */
export interface TrainedModel {
  model: unknown;
  version: string;
  quality: ModelQualityFigures | null;
}

/**
 * Trains a theme model on all examples, after measuring one trained on four fifths of them on
 * the rest, next to what the keywords alone find on the same texts, so a person can see whether
 * switching the model on helps. Synchronous and CPU-bound: seconds for thousands of examples.
 */
export function trainMeasured(
  examples: readonly ThemeExample[],
  themes: readonly ThemeDefinition[],
): TrainedModel {
  const split = splitForMeasuring(examples);
  let quality: ModelQualityFigures | null = null;
  if (split) {
    const model = trainThemeModel(split.training);
    const keywords = createAnalyzer({ themes });
    const learned = measureTagger((text) => model.classify(text, 1)[0]?.theme ?? '', split.heldOut);
    const baseline = measureTagger(
      (text) => keywords.analyze(text).themes[0]?.name ?? '',
      split.heldOut,
    );
    quality = {
      heldOut: split.heldOut.length,
      ...learned,
      keywordsAccuracy: baseline.accuracy,
      keywordsMacroF1: baseline.macroF1,
    };
  }
  const model = trainThemeModel(examples);
  return { model: model.toJson(), version: model.version, quality };
}
