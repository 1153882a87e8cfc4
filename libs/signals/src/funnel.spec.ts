import { COMPLAINT_STEPS, funnel } from './funnel';
import { SignalsInputError } from './validate';

// Five complaints: 11111, 11110, 11000, 10100 (followed through without offering options) and
// 00001, counted as SQL counts them: reached = this step and every one before, done = this step.
const counts = { total: 5, reached: [4, 3, 2, 2, 1], done: [4, 3, 3, 2, 2] };

describe('funnel', () => {
  it('keeps cumulative reach and the raw per-step counts side by side', () => {
    const stages = funnel(COMPLAINT_STEPS, counts);
    expect(stages.map((s) => [s.label, s.reached, s.done])).toEqual([
      ['Acknowledged and apologised', 4, 4],
      ['Options offered', 3, 3],
      ['Followed through', 2, 3],
      ['Satisfaction checked', 2, 2],
      ['Feedback asked', 1, 2],
    ]);
  });

  it('gives conversion from the previous stage (the first from all records) and share of all', () => {
    const stages = funnel(COMPLAINT_STEPS, counts);
    expect(stages[0].conversion).toMatchObject({ successes: 4, trials: 5, share: 0.8 });
    expect(stages[2].conversion.share).toBeCloseTo(2 / 3, 12);
    expect(stages[2].shareOfAll).toBe(0.4);
    expect(stages[4].conversion).toMatchObject({ successes: 1, trials: 2 });
    expect(stages[4].conversion.interval?.lower).toBeGreaterThan(0);
  });

  it('counts where the protocol stopped: reached the stage before but not this one', () => {
    expect(funnel(COMPLAINT_STEPS, counts).map((s) => s.stopped)).toEqual([1, 1, 1, 0, 1]);
  });

  it('reports no conversion and no share for an empty period rather than 0%', () => {
    const [first, second] = funnel(COMPLAINT_STEPS, {
      total: 0,
      reached: [0, 0, 0, 0, 0],
      done: [0, 0, 0, 0, 0],
    });
    expect(first.conversion.share).toBeNull();
    expect(first.shareOfAll).toBeNull();
    expect(second.stopped).toBe(0);
  });

  it('works for any ordered list of steps', () => {
    const steps = [
      { key: 'seen', label: 'Seen' },
      { key: 'replied', label: 'Replied' },
    ];
    const stages = funnel(steps, { total: 2, reached: [2, 1], done: [2, 1] });
    expect(stages.map((s) => [s.key, s.conversion.share])).toEqual([
      ['seen', 1],
      ['replied', 0.5],
    ]);
  });

  it('rejects counts that do not fit the steps, naming the field', () => {
    expect(() => funnel(COMPLAINT_STEPS, { ...counts, done: [1] })).toThrow(
      'done must have one count per step (5) (got 1)',
    );
    expect(() => funnel(COMPLAINT_STEPS, { ...counts, reached: [4, 5, 2, 2, 1] })).toThrow(
      SignalsInputError,
    );
    expect(() => funnel(COMPLAINT_STEPS, { ...counts, total: -1 })).toThrow(
      'total must be a whole number ≥ 0 (got -1)',
    );
  });
});
