// The complaint-handling protocol as a funnel: acknowledge and apologise → offer options →
// follow through → check the customer is satisfied → ask for feedback. The caller counts (in SQL,
// or over records) how many did each step and each step with every step before it; this turns
// those counts into stages.

import { Proportion, proportion } from './intervals';
import { SignalsInputError, requireCount } from './validate';

export interface FunnelStep<K extends string> {
  key: K;
  label: string;
}

/** The five steps of the complaint-handling protocol, in order. */
export const COMPLAINT_STEPS = [
  { key: 'acknowledged', label: 'Acknowledged and apologised' },
  { key: 'optionsOffered', label: 'Options offered' },
  { key: 'followedThrough', label: 'Followed through' },
  { key: 'satisfactionChecked', label: 'Satisfaction checked' },
  { key: 'feedbackAsked', label: 'Feedback asked' },
] as const satisfies readonly FunnelStep<string>[];

export type ComplaintStep = (typeof COMPLAINT_STEPS)[number]['key'];

/** Counts per step, in step order. */
export interface FunnelCounts {
  // Records in the funnel (the first stage's denominator).
  total: number;
  // Records that did step i and every step before it.
  reached: readonly number[];
  // Records that did step i, whatever happened before (the raw per-step count).
  done: readonly number[];
}

export interface FunnelStage<K extends string> {
  key: K;
  label: string;
  reached: number;
  done: number;
  // reached ÷ the previous stage's reached (the first stage: ÷ all records).
  conversion: Proportion;
  // reached ÷ all records; null when there were none.
  shareOfAll: number | null;
  // Reached the previous stage but not this one: where the protocol stopped.
  stopped: number;
}

/**
 * Stages of a funnel over ordered steps from its counts: conversions with Wilson intervals,
 * share of all records and drop-outs. Reach can only fall from stage to stage.
 */
export function funnel<K extends string>(
  steps: readonly FunnelStep<K>[],
  counts: FunnelCounts,
): FunnelStage<K>[] {
  requireCount(counts.total, 'total');
  for (const field of ['reached', 'done'] as const) {
    if (counts[field].length !== steps.length)
      throw new SignalsInputError(
        field,
        `must have one count per step (${steps.length})`,
        counts[field].length,
      );
  }
  return steps.map((step, i) => {
    const reached = counts.reached[i];
    const before = i === 0 ? counts.total : counts.reached[i - 1];
    requireCount(reached, `reached[${i}]`);
    requireCount(counts.done[i], `done[${i}]`);
    if (reached > before)
      throw new SignalsInputError(`reached[${i}]`, 'must not exceed the stage before', reached);
    return {
      key: step.key,
      label: step.label,
      reached,
      done: counts.done[i],
      conversion: proportion(reached, before),
      shareOfAll: counts.total > 0 ? reached / counts.total : null,
      stopped: before - reached,
    };
  });
}
