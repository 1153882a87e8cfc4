import type { TextClassifierJson } from '../linear/text-classifier';

/** Thrown when model JSON is not a model this library can load; the message names the field. */
export class ModelFormatError extends Error {
  override readonly name: string = 'ModelFormatError';
}

/**
 * Thrown when a stored model was trained on features that this code reads differently: its
 * weights still load but would be applied to the wrong words, so it is refused (retrain it).
 */
export class OutdatedModelError extends ModelFormatError {
  override readonly name = 'OutdatedModelError';
  constructor(
    readonly found: number,
    readonly expected: number,
  ) {
    super(
      `model.featureVersion: trained with feature set ${found}, this version reads words with ${expected}; retrain the model`,
    );
  }
}

/** Models stored before the stamp existed read words as feature set 1 did. */
const UNSTAMPED_FEATURE_VERSION = 1;

/** The feature set a stored model's `featureVersion` field names (absent: stored before stamps). */
export function storedFeatureVersion(value: unknown): number {
  if (value === undefined || value === null) return UNSTAMPED_FEATURE_VERSION;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new ModelFormatError(
      `model.featureVersion: expected a positive integer but found ${JSON.stringify(value)}`,
    );
  return value;
}

export interface ModelEnvelope<Format extends string> {
  format: Format;
  formatVersion: 1;
  /** The feature set the weights were trained on; a model of another one is refused on load. */
  featureVersion: number;
  /** Identifies the trained weights; analysis output records it. */
  version: string;
  trainingExamples: number;
  classifier: TextClassifierJson;
}

/** A short content hash (FNV-1a, 32 bits): the same training data and options give the same version. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isNumberArray(value: unknown): value is number[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item))
  );
}

/**
 * Checks the envelope and classifier fields of parsed model JSON, naming the first bad field,
 * and refuses a model trained on another feature set than `featureVersion` (OutdatedModelError).
 */
export function parseEnvelope<Format extends string>(
  json: unknown,
  format: Format,
  featureVersion: number,
): ModelEnvelope<Format> {
  if (!isRecord(json)) throw new ModelFormatError('model: expected a JSON object');
  if (json.format !== format) {
    throw new ModelFormatError(
      `model.format: expected "${format}" but found ${JSON.stringify(json.format)}`,
    );
  }
  if (json.formatVersion !== 1) {
    throw new ModelFormatError(
      `model.formatVersion: expected 1 but found ${JSON.stringify(json.formatVersion)}`,
    );
  }
  const found = storedFeatureVersion(json.featureVersion);
  if (found !== featureVersion) throw new OutdatedModelError(found, featureVersion);
  if (typeof json.version !== 'string' || json.version === '')
    throw new ModelFormatError('model.version: expected a non-empty string');
  if (typeof json.trainingExamples !== 'number')
    throw new ModelFormatError('model.trainingExamples: expected a number');
  const classifier = json.classifier;
  if (!isRecord(classifier)) throw new ModelFormatError('model.classifier: expected an object');
  if (!isStringArray(classifier.labels))
    throw new ModelFormatError('model.classifier.labels: expected an array of strings');
  if (typeof classifier.extraFeatures !== 'number')
    throw new ModelFormatError('model.classifier.extraFeatures: expected a number');
  if (!isNumberArray(classifier.bias))
    throw new ModelFormatError('model.classifier.bias: expected an array of numbers');
  const features = classifier.features;
  if (
    !isRecord(features) ||
    !isStringArray(features.vocabulary) ||
    !isNumberArray(features.idf) ||
    !isRecord(features.options)
  ) {
    throw new ModelFormatError(
      'model.classifier.features: expected { options, vocabulary: string[], idf: number[] }',
    );
  }
  const options = features.options;
  if (
    typeof options.maxWordNgram !== 'number' ||
    !isNumberArray(options.charNgramSizes) ||
    typeof options.minDocumentFrequency !== 'number'
  ) {
    throw new ModelFormatError(
      'model.classifier.features.options: expected { maxWordNgram, charNgramSizes, minDocumentFrequency }',
    );
  }
  if (typeof classifier.temperature !== 'number' || !(classifier.temperature > 0)) {
    throw new ModelFormatError('model.classifier.temperature: expected a positive number');
  }
  const weights = classifier.weights;
  const values = isRecord(weights) ? weights.values : undefined;
  if (
    !isRecord(weights) ||
    typeof weights.rowLengths !== 'string' ||
    typeof weights.classes !== 'string' ||
    !isRecord(values) ||
    typeof values.scale !== 'number' ||
    typeof values.int16Base64 !== 'string'
  ) {
    throw new ModelFormatError(
      'model.classifier.weights: expected { rowLengths, classes, values: { scale, int16Base64 } }',
    );
  }
  return json as unknown as ModelEnvelope<Format>;
}
