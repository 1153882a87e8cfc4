import { ComplaintStep } from '../read-model/drilldown.types';
import { composeFunnel, stageCounts } from './funnel.compose';
import { dayMs } from '../read-model/scope';

// Bits: acknowledged 1, options 2, followed through 4, satisfaction 8, feedback 16.
const patterns = [
  { pattern: 0b11111, complaints: 1 },
  { pattern: 0b01111, complaints: 1 },
  { pattern: 0b00011, complaints: 1 },
  { pattern: 0b00101, complaints: 1 }, // followed through without offering options
  { pattern: 0b10000, complaints: 1 },
];

describe('complaint funnel from step patterns', () => {
  it('counts a stage only with every earlier step, and keeps raw per-step counts', () => {
    expect(stageCounts(patterns)).toEqual({
      total: 5,
      reached: [4, 3, 2, 2, 1],
      done: [4, 3, 3, 2, 2],
    });
  });

  it('gives conversions, drop-outs and drilldowns that name the steps done and the one missing', () => {
    const funnel = composeFunnel({
      period: { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') },
      comparison: null,
      current: stageCounts(patterns),
      previous: null,
      drilldown: (extra) => extra,
    });
    expect(funnel.complaints).toBe(5);
    const options = funnel.stages[1];
    expect(options.step).toBe(ComplaintStep.OPTIONS_OFFERED);
    expect(options.conversion.share).toBeCloseTo(3 / 4);
    expect(options.stoppedHere).toBe(1);
    expect(options.stoppedDrilldown).toEqual({
      protocolStepsDone: [ComplaintStep.ACKNOWLEDGED],
      protocolStepMissing: ComplaintStep.OPTIONS_OFFERED,
    });
    expect(funnel.stages[0].stoppedDrilldown).toEqual({
      protocolStepsDone: undefined,
      protocolStepMissing: ComplaintStep.ACKNOWLEDGED,
    });
    expect(funnel.stages[4].shareOfAll).toBeCloseTo(1 / 5);
  });

  it('has no shares when there were no complaints', () => {
    const funnel = composeFunnel({
      period: { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') },
      comparison: null,
      current: stageCounts([]),
      previous: stageCounts([]),
      drilldown: (extra) => extra,
    });
    expect(funnel.stages.map((s) => s.shareOfAll)).toEqual([null, null, null, null, null]);
    expect(funnel.stages[0].conversion.share).toBeNull();
  });
});
