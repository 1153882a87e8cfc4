// The complaint-handling protocol as a funnel: acknowledge and apologise → offer options →
// follow through → check the customer is satisfied → ask for feedback.

import { Proportion, proportion } from './intervals';

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

export interface FunnelStage<K extends string> {
  key: K;
  label: string;
  // Records that did this step and every step before it.
  reached: number;
  // Records that did this step, whatever happened before (the raw per-step count).
  done: number;
  // reached ÷ the previous stage's reached (the first stage: ÷ all records).
  conversion: Proportion;
  // reached ÷ all records.
  shareOfAll: number | null;
  // Ids that reached the previous stage but not this one: where the protocol stopped.
  stoppedHere: string[];
}

export interface Funnel<K extends string> {
  total: number;
  stages: FunnelStage<K>[];
}

/** A funnel over ordered boolean steps: cumulative reach, raw per-step counts, conversions and drop-outs. O(n · steps). */
export function funnel<K extends string>(
  records: readonly ({ id: string } & Record<K, boolean>)[],
  steps: readonly FunnelStep<K>[],
): Funnel<K> {
  let stillIn = [...records];
  const stages = steps.map((step) => {
    const next = stillIn.filter((r) => r[step.key]);
    const stage: FunnelStage<K> = {
      key: step.key,
      label: step.label,
      reached: next.length,
      done: records.filter((r) => r[step.key]).length,
      conversion: proportion(next.length, stillIn.length),
      shareOfAll: records.length > 0 ? next.length / records.length : null,
      stoppedHere: stillIn.filter((r) => !r[step.key]).map((r) => r.id),
    };
    stillIn = next;
    return stage;
  });
  return { total: records.length, stages };
}

/** The complaint-handling funnel for the period's complaints, one record of five booleans each. */
export function complaintFunnel(
  complaints: readonly ({ id: string } & Record<ComplaintStep, boolean>)[],
): Funnel<ComplaintStep> {
  return funnel(complaints, COMPLAINT_STEPS);
}
