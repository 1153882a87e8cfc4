import { softmaxInPlace, type SoftmaxWeights } from './softmax-regression';
import type { SparseVector } from './sparse-vector';

/**
 * Softmax weights for prediction, pruned and stored by feature row (CSR): most weights of a
 * trained text model are near zero, and dropping them makes prediction several times faster
 * and the model several times smaller at no measurable cost in accuracy.
 */
export interface SparseSoftmax {
  classes: number;
  features: number;
  /** Row f holds entries rowStart[f] … rowStart[f + 1] − 1. */
  rowStart: Int32Array;
  classOf: Uint16Array;
  weight: Float32Array;
  bias: Float32Array;
  /** Scores are divided by this before the softmax (fitted on held-out data; 1 = as trained). */
  temperature: number;
}

/** Keeps the largest `keepFraction` of the weights by magnitude. */
export function pruneWeights(dense: SoftmaxWeights, keepFraction: number): SparseSoftmax {
  const { classes, features, weights } = dense;
  const threshold = magnitudeQuantile(weights, 1 - keepFraction);
  const rowStart = new Int32Array(features + 1);
  const kept: number[] = [];
  const keptClasses: number[] = [];
  for (let f = 0; f < features; f++) {
    rowStart[f] = kept.length;
    for (let k = 0; k < classes; k++) {
      const weight = weights[f * classes + k];
      if (weight !== 0 && Math.abs(weight) >= threshold) {
        kept.push(weight);
        keptClasses.push(k);
      }
    }
  }
  rowStart[features] = kept.length;
  return {
    classes,
    features,
    rowStart,
    classOf: Uint16Array.from(keptClasses),
    weight: Float32Array.from(kept),
    bias: Float32Array.from(dense.bias),
    temperature: 1,
  };
}

function magnitudeQuantile(weights: Float32Array, quantile: number): number {
  if (quantile <= 0) return 0;
  const magnitudes = Float32Array.from(weights, Math.abs).sort();
  return magnitudes[Math.min(magnitudes.length - 1, Math.floor(quantile * magnitudes.length))];
}

/** Raw class scores of one vector, written into `out`. */
function scoresInto(model: SparseSoftmax, vector: SparseVector, out: Float64Array): Float64Array {
  out.set(model.bias);
  const { rowStart, classOf, weight } = model;
  const { indices, values } = vector;
  for (let j = 0; j < indices.length; j++) {
    const feature = indices[j];
    const value = values[j];
    const end = rowStart[feature + 1];
    for (let entry = rowStart[feature]; entry < end; entry++)
      out[classOf[entry]] += weight[entry] * value;
  }
  return out;
}

/**
 * Calibrated class probabilities of one vector, written into `out`; `extra` are dense feature
 * values for the rows from `extraOffset` on (added without building a longer vector).
 */
export function probabilitiesInto(
  model: SparseSoftmax,
  vector: SparseVector,
  out: Float64Array,
  extra?: readonly number[],
  extraOffset = 0,
): Float64Array {
  scoresInto(model, vector, out);
  if (extra !== undefined) {
    const { rowStart, classOf, weight } = model;
    for (let j = 0; j < extra.length; j++) {
      const value = extra[j];
      if (value === 0) continue;
      const feature = extraOffset + j;
      for (let entry = rowStart[feature]; entry < rowStart[feature + 1]; entry++)
        out[classOf[entry]] += weight[entry] * value;
    }
  }
  for (let k = 0; k < out.length; k++) out[k] /= model.temperature;
  return softmaxInPlace(out);
}

/**
 * The temperature that minimises the negative log-likelihood of held-out labels
 * (Guo et al. 2017): a one-parameter fix that makes probabilities usable as confidences.
 */
export function fitTemperature(
  model: SparseSoftmax,
  vectors: readonly SparseVector[],
  labels: readonly number[],
): number {
  const scores = vectors.map((vector) =>
    Float64Array.from(scoresInto(model, vector, new Float64Array(model.classes))),
  );
  const negativeLogLikelihood = (logTemperature: number): number => {
    const temperature = Math.exp(logTemperature);
    let total = 0;
    scores.forEach((row, i) => {
      let max = -Infinity;
      for (const score of row) max = Math.max(max, score / temperature);
      let sum = 0;
      for (const score of row) sum += Math.exp(score / temperature - max);
      total -= row[labels[i]] / temperature - max - Math.log(sum);
    });
    return total;
  };
  // Golden-section search over log T in [ln 0.05, ln 5]; the likelihood is unimodal in T.
  let low = Math.log(0.05);
  let high = Math.log(5);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 40; step++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (negativeLogLikelihood(a) < negativeLogLikelihood(b)) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}
