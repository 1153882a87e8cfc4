import { complaintFunnel, funnel } from './funnel';

const complaint = (id: string, steps: string) => ({
  id,
  acknowledged: steps[0] === '1',
  optionsOffered: steps[1] === '1',
  followedThrough: steps[2] === '1',
  satisfactionChecked: steps[3] === '1',
  feedbackAsked: steps[4] === '1',
});

describe('complaintFunnel', () => {
  const complaints = [
    complaint('a', '11111'),
    complaint('b', '11110'),
    complaint('c', '11000'),
    complaint('d', '10100'), // followed through without offering options: not counted as reaching stage 3
    complaint('e', '00001'),
  ];

  it('counts each stage as requiring every earlier step, and keeps the raw per-step counts', () => {
    const { total, stages } = complaintFunnel(complaints);
    expect(total).toBe(5);
    expect(stages.map((s) => [s.label, s.reached, s.done])).toEqual([
      ['Acknowledged and apologised', 4, 4],
      ['Options offered', 3, 3],
      ['Followed through', 2, 3],
      ['Satisfaction checked', 2, 2],
      ['Feedback asked', 1, 2],
    ]);
  });

  it('gives conversion from the previous stage and share of all complaints', () => {
    const { stages } = complaintFunnel(complaints);
    expect(stages[0].conversion.share).toBe(0.8);
    expect(stages[2].conversion.share).toBeCloseTo(2 / 3, 12);
    expect(stages[2].shareOfAll).toBe(0.4);
    expect(stages[4].conversion).toMatchObject({ successes: 1, trials: 2 });
  });

  it('lists the complaints that stopped at each stage, for drill-down', () => {
    const { stages } = complaintFunnel(complaints);
    expect(stages.map((s) => s.stoppedHere)).toEqual([['e'], ['d'], ['c'], [], ['b']]);
  });

  it('reports no conversion for an empty period rather than 0%', () => {
    const { stages } = complaintFunnel([]);
    expect(stages[0].conversion.share).toBeNull();
    expect(stages[0].shareOfAll).toBeNull();
  });
});

describe('funnel', () => {
  it('works for any ordered list of boolean steps', () => {
    const { stages } = funnel(
      [
        { id: '1', seen: true, replied: true },
        { id: '2', seen: true, replied: false },
      ],
      [
        { key: 'seen', label: 'Seen' },
        { key: 'replied', label: 'Replied' },
      ],
    );
    expect(stages.map((s) => s.reached)).toEqual([2, 1]);
  });
});
