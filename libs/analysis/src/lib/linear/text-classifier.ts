import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import {
  FeatureSpace,
  type FeatureSpaceJson,
  type FeatureSpaceOptions,
  type FeatureToken,
} from './feature-space';
import { trainSoftmax, type SoftmaxTrainingOptions } from './softmax-regression';
import {
  fitTemperature,
  probabilitiesInto,
  pruneWeights,
  type SparseSoftmax,
} from './sparse-softmax';
import type { SparseVector } from './sparse-vector';
import {
  decodeUint16,
  decodeWeights,
  encodeUint16,
  encodeWeights,
  type EncodedWeights,
} from './weights-codec';

export interface ClassifierExample {
  tokens: readonly FeatureToken[];
  label: string;
  /** Dense features beyond the text's n-grams (e.g. lexicon scores), the same length for every example. */
  extra?: readonly number[];
}

export interface ClassifierTrainingOptions extends SoftmaxTrainingOptions {
  /** Fraction of the weights kept (largest first) after training; by default at most 24 per feature. */
  keepFraction?: number;
  /** Fit a temperature on held-out examples so probabilities match observed accuracy (doubles training time). */
  calibrate: boolean;
}

export interface TextClassifierJson {
  labels: string[];
  features: FeatureSpaceJson;
  extraFeatures: number;
  temperature: number;
  /** The known-word share below which a text is out of the model's domain (fitted on held-out examples); absent in older models. */
  minKnownWordShare?: number;
  bias: number[];
  /** Pruned weights by feature row: entries per row, their classes and their values. */
  weights: { rowLengths: string; classes: string; values: EncodedWeights };
}

/** A word the classifier weighed towards a label, as token positions. */
export interface TokenContribution {
  startToken: number;
  endToken: number;
  weight: number;
}

// Prediction costs one multiply per kept weight of each feature present, so the default keeps
// a bounded number of weights per feature whatever the number of labels. On an intent benchmark
// (77 labels, 20 epochs) keeping 30% is as accurate as dense and 10% loses 0.4 points.
const WEIGHTS_PER_FEATURE = 24;
const MIN_KEEP_FRACTION = 0.1;
const MIN_UNSEEN_WORD_GRAM = 4;
const MIN_KNOWN_CHAR_SHARE = 0.5;
// Calibration holds out one example in this many; below the minimum there is too little to fit.
const CALIBRATION_STRIDE = 7;
const MIN_CALIBRATION_EXAMPLES = 100;
// Out of domain: a text is outside what the model knows when fewer of its content words were
// seen in training than in all but this share of held-out in-domain texts. The bar so follows
// the training set: a large one (an intent benchmark of 10,000 texts) knows every word of 95%
// of its held-out texts, so the bar is all words; a small one, with many words seen once, gets a
// lower bar instead of abstaining on much of its own domain.
const IN_DOMAIN_MISSED = 0.05;
// Without held-out examples to fit it on (and the floor for a small training set).
export const DEFAULT_MIN_KNOWN_WORD_SHARE = 0.9;
const LOWEST_MIN_KNOWN_WORD_SHARE = 0.5;

/**
 * Multinomial logistic regression over tf-idf n-gram features (plus optional dense features):
 * fast to apply (one sparse pass over pruned weights), calibrated probabilities as confidences.
 */
export class TextClassifier {
  private readonly scratch: Float64Array;
  private readonly denseValues: Float64Array;

  private constructor(
    readonly labels: readonly string[],
    private readonly space: FeatureSpace,
    /** How many dense features follow the n-grams (the `extra` every classify call passes). */
    readonly extraFeatures: number,
    private readonly model: SparseSoftmax,
    /** The known-word share below which a text is out of domain; see `knownWordShare`. */
    readonly minKnownWordShare = DEFAULT_MIN_KNOWN_WORD_SHARE,
  ) {
    this.scratch = new Float64Array(labels.length);
    this.denseValues = new Float64Array(space.size);
  }

  static train(
    examples: readonly ClassifierExample[],
    featureOptions: FeatureSpaceOptions,
    options: ClassifierTrainingOptions,
  ): TextClassifier {
    const labels = [...new Set(examples.map((example) => example.label))].sort();
    if (labels.length < 2)
      throw new Error(`training needs at least two different labels; found ${labels.length}`);
    const fitted = fitModel(examples, labels, featureOptions, options);
    let minKnownWordShare = DEFAULT_MIN_KNOWN_WORD_SHARE;
    if (options.calibrate && examples.length >= MIN_CALIBRATION_EXAMPLES) {
      const isHeldOut = (index: number) => index % CALIBRATION_STRIDE === CALIBRATION_STRIDE - 1;
      const heldOut = examples.filter((_, index) => isHeldOut(index));
      const probe = fitModel(
        examples.filter((_, index) => !isHeldOut(index)),
        labels,
        featureOptions,
        options,
      );
      fitted.model.temperature = fitTemperature(
        probe.model,
        heldOut.map((example) => probe.vectorize(example)),
        heldOut.map((example) => labels.indexOf(example.label)),
      );
      minKnownWordShare = inDomainShareBar(
        heldOut.map((example) => knownWordShareIn(probe.space, example.tokens)),
      );
    }
    return new TextClassifier(
      labels,
      fitted.space,
      fitted.extraFeatures,
      fitted.model,
      minKnownWordShare,
    );
  }

  static fromJson(json: TextClassifierJson): TextClassifier {
    const space = FeatureSpace.fromJson(json.features);
    const classes = json.labels.length;
    const features = space.size + json.extraFeatures;
    if (json.bias.length !== classes)
      throw new Error(`bias: expected ${classes} values but found ${json.bias.length}`);
    const rowLengths = decodeUint16(json.weights.rowLengths, features, 'weights.rowLengths');
    const rowStart = new Int32Array(features + 1);
    rowLengths.forEach((length, row) => (rowStart[row + 1] = rowStart[row] + length));
    const entries = rowStart[features];
    const classOf = decodeUint16(json.weights.classes, entries, 'weights.classes');
    if (classOf.some((label) => label >= classes))
      throw new Error(`weights.classes: a class index is not below ${classes}`);
    for (let row = 0; row < features; row++) {
      for (let entry = rowStart[row] + 1; entry < rowStart[row + 1]; entry++) {
        if (classOf[entry] <= classOf[entry - 1])
          throw new Error(
            `weights.classes: row ${row} does not list its classes in increasing order`,
          );
      }
    }
    const minKnownWordShare = json.minKnownWordShare ?? DEFAULT_MIN_KNOWN_WORD_SHARE;
    if (!(minKnownWordShare >= 0 && minKnownWordShare <= 1))
      throw new Error(`minKnownWordShare: expected a number from 0 to 1`);
    return new TextClassifier(
      json.labels,
      space,
      json.extraFeatures,
      {
        classes,
        features,
        rowStart,
        classOf,
        weight: decodeWeights(json.weights.values, entries, 'weights.values'),
        bias: Float32Array.from(json.bias),
        temperature: json.temperature,
      },
      minKnownWordShare,
    );
  }

  toJson(): TextClassifierJson {
    const { rowStart, classOf, weight, bias, temperature, features } = this.model;
    const rowLengths = Uint16Array.from(
      { length: features },
      (_, row) => rowStart[row + 1] - rowStart[row],
    );
    return {
      labels: [...this.labels],
      features: this.space.toJson(),
      extraFeatures: this.extraFeatures,
      temperature,
      minKnownWordShare: this.minKnownWordShare,
      bias: Array.from(bias),
      weights: {
        rowLengths: encodeUint16(rowLengths),
        classes: encodeUint16(classOf),
        values: encodeWeights(weight),
      },
    };
  }

  /**
   * Probability of each label (same order as `labels`) and the text's feature vector (for
   * `contributions`). The probabilities array is reused by the next call.
   */
  classify(
    tokens: readonly FeatureToken[],
    extra?: readonly number[],
  ): { probabilities: Float64Array; vector: SparseVector } {
    const vector = this.space.vectorize(tokens);
    return {
      probabilities: probabilitiesInto(this.model, vector, this.scratch, extra, this.space.size),
      vector,
    };
  }

  /**
   * The words of a classified text that pushed most towards a label, strongest first: each
   * content word with its character n-grams, and each word pair (bigram), in logit units.
   * Function words ("my", "the") are left out: they are context, not evidence.
   */
  contributions(
    tokens: readonly Token[],
    vector: SparseVector,
    label: number,
    limit: number,
  ): TokenContribution[] {
    // The text's feature values, spread into a dense scratch array for constant-time lookup.
    // (Plain loops, no closures: a theme model explains up to five themes per text.)
    const values = this.denseValues;
    const { indices } = vector;
    for (let j = 0; j < indices.length; j++) values[indices[j]] = vector.values[j];
    const space = this.space;
    const found: TokenContribution[] = [];
    let wordId = tokens.length > 0 ? space.idOf(tokens[0].stem) : undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      const nextId = next === undefined ? undefined : space.idOf(next.stem);
      const content = !STOPWORDS.has(token.norm);
      if (content) {
        let word = this.contribution(values, wordId, label);
        if (token.kind === 'word') {
          // A word the model never saw (a typo, a new form) counts through its longer character
          // n-grams only: short ones ("ed>") are shared by unrelated words.
          const chars = space.charIds(token.norm);
          for (let j = 0; j < chars.length; j++) {
            if (wordId !== undefined || space.charGramLength(chars[j]) >= MIN_UNSEEN_WORD_GRAM)
              word += this.contribution(values, chars[j], label);
          }
        }
        if (word > 0) found.push({ startToken: i, endToken: i + 1, weight: word });
      }
      if (next !== undefined && (content || !STOPWORDS.has(next.norm))) {
        const pair = this.contribution(values, space.pairId(wordId, nextId), label);
        if (pair > 0) found.push({ startToken: i, endToken: i + 2, weight: pair });
      }
      wordId = nextId;
    }
    for (let j = 0; j < indices.length; j++) values[indices[j]] = 0;
    return found.sort((a, b) => b.weight - a.weight).slice(0, limit);
  }

  /**
   * Share of a text's content words (not function words) the model saw in training: a text
   * mostly made of unseen words is outside what the model knows, whatever its probabilities say.
   */
  knownWordShare(tokens: readonly FeatureToken[]): number {
    return knownWordShareIn(this.space, tokens);
  }

  /**
   * Single-word features (stems and markers) that weigh more towards one of `labels` than
   * towards `baseline`, by at least `margin`: the words without which a text cannot lean to them.
   */
  wordsFavouring(labels: readonly string[], baseline: string, margin: number): Set<string> {
    const base = this.labels.indexOf(baseline);
    const targets = labels.map((label) => this.labels.indexOf(label)).filter((index) => index >= 0);
    const words = new Set<string>();
    this.space.vocabulary.forEach((name, id) => {
      if (name.includes(' ') || name.startsWith('#')) return;
      const baseWeight = base < 0 ? 0 : this.weightOf(id, base);
      if (targets.some((label) => this.weightOf(id, label) - baseWeight >= margin)) words.add(name);
    });
    return words;
  }

  // A feature's pull towards a label in this text, in logit units (0 when absent).
  private contribution(values: Float64Array, id: number | undefined, label: number): number {
    return id === undefined || values[id] === 0
      ? 0
      : (this.weightOf(id, label) * values[id]) / this.model.temperature;
  }

  // Entries of a row are in class order, so a binary search finds the label's weight.
  private weightOf(feature: number, label: number): number {
    const { rowStart, classOf, weight } = this.model;
    let low = rowStart[feature];
    let high = rowStart[feature + 1] - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (classOf[middle] === label) return weight[middle];
      if (classOf[middle] < label) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }
}

function knownWordShareIn(space: FeatureSpace, tokens: readonly FeatureToken[]): number {
  let content = 0;
  let known = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || STOPWORDS.has(token.norm)) continue;
    content++;
    if (space.idOf(token.stem) !== undefined || knownByCharacters(space, token.norm)) known++;
  }
  return content === 0 ? 1 : known / content;
}

// A typo of a known word ("pasword") shares most of its character n-grams with it.
function knownByCharacters(space: FeatureSpace, word: string): boolean {
  const sizes = space.options.charNgramSizes;
  if (sizes.length === 0) return false;
  let grams = 0;
  for (const size of sizes) grams += Math.max(0, word.length + 3 - size);
  return grams > 0 && space.charIds(word).length >= MIN_KNOWN_CHAR_SHARE * grams;
}

// The known-word share all but IN_DOMAIN_MISSED of the held-out texts reach.
function inDomainShareBar(shares: number[]): number {
  const sorted = shares.sort((a, b) => a - b);
  const bar = sorted[Math.floor(IN_DOMAIN_MISSED * sorted.length)] ?? DEFAULT_MIN_KNOWN_WORD_SHARE;
  // Rounded down, so the texts at the bar stay above it.
  return Math.max(LOWEST_MIN_KNOWN_WORD_SHARE, Math.floor(bar * 1000) / 1000);
}

function fitModel(
  examples: readonly ClassifierExample[],
  labels: readonly string[],
  featureOptions: FeatureSpaceOptions,
  options: ClassifierTrainingOptions,
) {
  const extraFeatures = examples[0]?.extra?.length ?? 0;
  const space = FeatureSpace.fromDocuments(
    examples.map((example) => example.tokens),
    featureOptions,
  );
  const vectorize = (example: ClassifierExample) =>
    withExtra(space.vectorize(example.tokens), space.size, example.extra);
  const dense = trainSoftmax(
    examples.map(vectorize),
    examples.map((example) => labels.indexOf(example.label)),
    { classes: labels.length, features: space.size + extraFeatures },
    options,
  );
  const keepFraction =
    options.keepFraction ??
    Math.min(1, Math.max(MIN_KEEP_FRACTION, WEIGHTS_PER_FEATURE / labels.length));
  return { space, extraFeatures, vectorize, model: pruneWeights(dense, keepFraction) };
}

function withExtra(
  vector: SparseVector,
  offset: number,
  extra: readonly number[] | undefined,
): SparseVector {
  if (extra === undefined || extra.length === 0) return vector;
  const size = vector.indices.length;
  const indices = new Int32Array(size + extra.length);
  const values = new Float64Array(size + extra.length);
  indices.set(vector.indices);
  values.set(vector.values);
  extra.forEach((value, j) => {
    indices[size + j] = offset + j;
    values[size + j] = value;
  });
  return { indices, values };
}
