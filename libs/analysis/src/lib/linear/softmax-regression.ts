import type { SparseVector } from './sparse-vector';

export interface SoftmaxTrainingOptions {
  epochs: number;
  /** L2 regularisation strength per example. */
  l2: number;
  /** Initial step size; it decays as 1 / (1 + step0 · l2 · t). */
  learningRate: number;
  /** Weight each class inversely to its frequency (for macro-averaged quality on skewed labels). */
  balanceClasses: boolean;
  /** Seed of the example shuffle, so training is reproducible. */
  seed: number;
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxTrainingOptions = {
  epochs: 12,
  l2: 1e-5,
  learningRate: 0.5,
  balanceClasses: false,
  seed: 1,
};

const MIN_UPDATES = 20_000;

/** Multinomial logistic regression weights, feature-major: weight(f, k) = weights[f · classes + k]. */
export interface SoftmaxWeights {
  classes: number;
  features: number;
  weights: Float32Array;
  bias: Float32Array;
}

/**
 * Trains multinomial logistic regression by stochastic gradient descent on sparse vectors,
 * with the L2 decay applied lazily through a shared scale so a step costs O(nnz · classes).
 * The returned weights are the average over the last half of training, which is steadier
 * than the final iterate.
 */
export function trainSoftmax(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  shape: { classes: number; features: number },
  options: SoftmaxTrainingOptions,
): SoftmaxWeights {
  const { classes, features } = shape;
  const weights = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  const averageWeights = new Float64Array(features * classes);
  const averageBias = new Float64Array(classes);
  const classWeight = classWeights(labels, classes, options.balanceClasses);
  const order = Array.from(labels.keys());
  const random = seededRandom(options.seed);
  const probabilities = new Float64Array(classes);
  // Small training sets get more passes, so a few dozen examples still converge.
  const epochs = Math.max(options.epochs, Math.ceil(MIN_UPDATES / Math.max(labels.length, 1)));
  const averageFrom = Math.floor(epochs / 2);
  let scale = 1;
  let step = 0;
  let averaged = 0;

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const example of order) {
      const { indices, values } = vectors[example];
      const rate = options.learningRate / (1 + options.learningRate * options.l2 * step++);
      scoreInto(probabilities, weights, bias, scale, indices, values, classes);
      softmaxInPlace(probabilities);
      const exampleWeight = classWeight[labels[example]];
      for (let k = 0; k < classes; k++) {
        probabilities[k] = exampleWeight * (probabilities[k] - (k === labels[example] ? 1 : 0));
      }
      scale *= 1 - rate * options.l2;
      const stepOverScale = rate / scale;
      for (let j = 0; j < indices.length; j++) {
        const row = indices[j] * classes;
        const update = stepOverScale * values[j];
        for (let k = 0; k < classes; k++) weights[row + k] -= update * probabilities[k];
      }
      for (let k = 0; k < classes; k++) bias[k] -= rate * probabilities[k];
      if (scale < 1e-6) {
        for (let i = 0; i < weights.length; i++) weights[i] *= scale;
        scale = 1;
      }
    }
    if (epoch >= averageFrom) {
      for (let i = 0; i < weights.length; i++) averageWeights[i] += weights[i] * scale;
      for (let k = 0; k < classes; k++) averageBias[k] += bias[k];
      averaged++;
    }
  }
  return {
    classes,
    features,
    weights: Float32Array.from(averageWeights, (w) => w / averaged),
    bias: Float32Array.from(averageBias, (b) => b / averaged),
  };
}

function scoreInto(
  out: Float64Array,
  weights: Float64Array | Float32Array,
  bias: Float64Array | Float32Array,
  scale: number,
  indices: Int32Array,
  values: Float64Array,
  classes: number,
): void {
  out.fill(0);
  for (let j = 0; j < indices.length; j++) {
    const row = indices[j] * classes;
    const value = values[j];
    for (let k = 0; k < classes; k++) out[k] += weights[row + k] * value;
  }
  for (let k = 0; k < classes; k++) out[k] = out[k] * scale + bias[k];
}

/** Turns scores into probabilities in place. */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const score of scores) if (score > max) max = score;
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp(scores[k] - max);
    sum += scores[k];
  }
  for (let k = 0; k < scores.length; k++) scores[k] /= sum;
  return scores;
}

function classWeights(labels: readonly number[], classes: number, balance: boolean): Float64Array {
  const weights = new Float64Array(classes).fill(1);
  if (!balance) return weights;
  const counts = new Float64Array(classes);
  for (const label of labels) counts[label]++;
  for (let k = 0; k < classes; k++)
    weights[k] = counts[k] > 0 ? labels.length / (classes * counts[k]) : 1;
  return weights;
}

// Mulberry32: small, fast and good enough to shuffle training examples reproducibly.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
