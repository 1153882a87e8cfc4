import { ComplaintStep } from '../read-model/drilldown.types';
import { composeFunnel } from './funnel.compose';
import { dayMs } from '../read-model/scope';

const may = { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') };
// Five complaints: all five steps, the first four, the first two, acknowledged and followed
// through without options, and feedback asked only.
const counts = { total: 5, reached: [4, 3, 2, 2, 1], done: [4, 3, 3, 2, 2] };
const none = { total: 0, reached: [0, 0, 0, 0, 0], done: [0, 0, 0, 0, 0] };

describe('composeFunnel', () => {
  it('gives conversions, drop-outs and drilldowns that name the steps done and the one missing', () => {
    const funnel = composeFunnel({
      period: may,
      comparison: null,
      current: counts,
      previous: null,
      drilldown: (extra) => extra,
    });
    expect(funnel.complaints).toBe(5);
    expect(funnel.previousComplaints).toBeNull();
    expect(funnel.stages.map((s) => [s.reached, s.done, s.stoppedHere])).toEqual([
      [4, 4, 1],
      [3, 3, 1],
      [2, 3, 1],
      [2, 2, 0],
      [1, 2, 1],
    ]);
    const options = funnel.stages[1];
    expect(options.step).toBe(ComplaintStep.OPTIONS_OFFERED);
    expect(options.label).toBe('Options offered');
    expect(options.conversion).toMatchObject({ successes: 3, trials: 4, share: 0.75 });
    expect(options.conversion.lower).toBeLessThan(0.75);
    expect(options.drilldown).toEqual({
      protocolStepsDone: [ComplaintStep.ACKNOWLEDGED, ComplaintStep.OPTIONS_OFFERED],
    });
    expect(options.stoppedDrilldown).toEqual({
      protocolStepsDone: [ComplaintStep.ACKNOWLEDGED],
      protocolStepMissing: ComplaintStep.OPTIONS_OFFERED,
    });
    expect(funnel.stages[0].stoppedDrilldown).toEqual({
      protocolStepsDone: undefined,
      protocolStepMissing: ComplaintStep.ACKNOWLEDGED,
    });
    expect(funnel.stages[4].shareOfAll).toBeCloseTo(1 / 5);
    expect(funnel.stages[0].previousShareOfAll).toBeNull();
  });

  it("sets each stage's reach against the comparison's, none when the comparison had no complaints", () => {
    const compare = (previous: typeof counts) =>
      composeFunnel({
        period: may,
        comparison: may,
        current: counts,
        previous,
        drilldown: (e) => e,
      });
    const before = compare({ total: 10, reached: [5, 5, 4, 2, 1], done: [5, 5, 4, 2, 1] });
    expect(before.previousComplaints).toBe(10);
    expect(before.stages.map((s) => s.previousShareOfAll)).toEqual([0.5, 0.5, 0.4, 0.2, 0.1]);
    // Each stage's verdict names the comparison period it is judged against.
    for (const stage of before.stages)
      expect(stage.verdict).toMatch(
        new RegExp(
          `^${stage.label}, share of complaints: .* against May 2025 \\(.*\\)(: (better|worse))?\\.$`,
        ),
      );
    expect(compare(none).stages[0].verdict).toMatch(/nothing to compare with in May 2025\.$/);
    expect(compare(none).stages.map((s) => s.previousShareOfAll)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('has no shares when there were no complaints', () => {
    const funnel = composeFunnel({
      period: may,
      comparison: null,
      current: none,
      previous: none,
      drilldown: (extra) => extra,
    });
    expect(funnel.stages.map((s) => s.shareOfAll)).toEqual([null, null, null, null, null]);
    expect(funnel.stages[0].conversion.share).toBeNull();
    expect(funnel.stages.map((s) => s.stoppedHere)).toEqual([0, 0, 0, 0, 0]);
  });
});
