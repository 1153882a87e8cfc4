import { COMPLAINT_STEPS, type Period } from '@fulcrum/signals';
import { ComplaintStep, type Drilldown } from '../read-model/drilldown.types';
import type { ComplaintFunnel, FunnelStage } from './funnel.types';
import { shareOf } from '../read-model/figures';
import { periodRange } from '../read-model/scope';

/** The protocol steps in order (the signals library's order and labels). */
export const STEPS: { step: ComplaintStep; label: string }[] = COMPLAINT_STEPS.map((s) => ({
  step: s.key as ComplaintStep,
  label: s.label,
}));

/** How many complaints completed exactly this combination of steps (bit i = step i done). */
export interface StepPattern {
  pattern: number;
  complaints: number;
}

export interface StageCounts {
  total: number;
  reached: number[];
  done: number[];
}

/** Cumulative reach and raw per-step counts from the pattern counts. */
export function stageCounts(patterns: readonly StepPattern[]): StageCounts {
  const total = patterns.reduce((sum, p) => sum + p.complaints, 0);
  const reached = STEPS.map((_, i) => {
    const mask = (1 << (i + 1)) - 1;
    return patterns
      .filter((p) => (p.pattern & mask) === mask)
      .reduce((sum, p) => sum + p.complaints, 0);
  });
  const done = STEPS.map((_, i) =>
    patterns.filter((p) => (p.pattern & (1 << i)) !== 0).reduce((sum, p) => sum + p.complaints, 0),
  );
  return { total, reached, done };
}

/**
 * The funnel of the period's complaints from stage counts: cumulative reach, raw per-step counts,
 * conversions with intervals, where the protocol stopped, and the comparison's reach.
 */
export function composeFunnel(data: {
  period: Period;
  comparison: Period | null;
  current: StageCounts;
  previous: StageCounts | null;
  drilldown: (extra: Drilldown) => Drilldown;
}): ComplaintFunnel {
  const now = data.current;
  const before = data.previous;
  const stages = STEPS.map(({ step, label }, i): FunnelStage => {
    const previousReached = i === 0 ? now.total : now.reached[i - 1];
    const priorSteps = STEPS.slice(0, i).map((s) => s.step);
    return {
      step,
      label,
      reached: now.reached[i],
      done: now.done[i],
      conversion: shareOf(now.reached[i], previousReached),
      shareOfAll: now.total > 0 ? now.reached[i] / now.total : null,
      previousShareOfAll: before && before.total > 0 ? before.reached[i] / before.total : null,
      stoppedHere: previousReached - now.reached[i],
      drilldown: data.drilldown({ protocolStepsDone: [...priorSteps, step] }),
      stoppedDrilldown: data.drilldown({
        protocolStepsDone: priorSteps.length ? priorSteps : undefined,
        protocolStepMissing: step,
      }),
    };
  });
  return {
    period: periodRange(data.period),
    comparisonPeriod: data.comparison ? periodRange(data.comparison) : null,
    complaints: now.total,
    previousComplaints: before ? before.total : null,
    stages,
    drilldown: data.drilldown({}),
  };
}
