import { COMPLAINT_STEPS, funnel, type FunnelCounts, type Period } from '@fulcrum/signals';
import { ComplaintStep, type Drilldown } from '../read-model/drilldown.types';
import type { ComplaintFunnel, FunnelStage } from './funnel.types';
import { shareChange, toShare } from '../read-model/figures';
import { periodLabel, periodRange } from '../read-model/scope';
import { changeVerdict } from '../read-model/verdicts';
import { ValueFormat } from '../trends/trends.types';

/** The protocol steps in order (the signals library's order and labels). */
export const STEPS: { step: ComplaintStep; label: string }[] = COMPLAINT_STEPS.map((s) => ({
  step: s.key as ComplaintStep,
  label: s.label,
}));

/**
 * The funnel of the period's complaints from stage counts (the stages' figures from the signals
 * library), with the comparison's reach and the drilldowns that name the steps done and missing.
 */
export function composeFunnel(data: {
  period: Period;
  comparison: Period | null;
  current: FunnelCounts;
  previous: FunnelCounts | null;
  drilldown: (extra: Drilldown) => Drilldown;
}): ComplaintFunnel {
  const now = data.current;
  const before = data.previous;
  const counted = funnel(COMPLAINT_STEPS, now);
  const against = data.comparison ? periodLabel(data.comparison) : null;
  const stages = STEPS.map(({ step, label }, i): FunnelStage => {
    const stage = counted[i];
    const priorSteps = STEPS.slice(0, i).map((s) => s.step);
    const previousShareOfAll = before && before.total > 0 ? before.reached[i] / before.total : null;
    return {
      step,
      label,
      reached: stage.reached,
      done: stage.done,
      conversion: toShare(stage.conversion),
      shareOfAll: stage.shareOfAll,
      previousShareOfAll,
      // More complaints taken through the protocol is better; the sentence names the period.
      verdict: changeVerdict(
        {
          label: `${label}, share of complaints`,
          format: ValueFormat.SHARE,
          change: shareChange(stage.shareOfAll, previousShareOfAll),
          higherIsBetter: true,
        },
        against,
      ),
      stoppedHere: stage.stopped,
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
