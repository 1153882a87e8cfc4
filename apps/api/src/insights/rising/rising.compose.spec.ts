import { mulberry32 } from '@fulcrum/signals';
import { Severity, SignalDimension } from './rising.types';
import { composeRising } from './rising.compose';
import { testedWeeks } from '../read-model/weeks';
import { dayMs } from '../read-model/scope';

/** Steady Poisson-ish weekly counts around `mean`, seeded. */
function steady(weeks: number, mean: number, seed: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: weeks }, () => {
    // Knuth's Poisson sampler: fine for small means.
    let k = 0;
    let p = 1;
    const limit = Math.exp(-mean);
    do {
      k++;
      p *= random();
    } while (p > limit);
    return k - 1;
  });
}

const options = {
  dimension: SignalDimension.POLICY,
  counted: 'Complaints',
  firstWeek: dayMs('2023-01-02'),
  recent: 4,
  drilldown: (id: string) => ({ linkedPolicyIds: [id] }),
};

describe('composeRising', () => {
  it('flags a policy whose complaints tripled in the tested weeks, and no steady one', () => {
    const rising = steady(100, 6, 1);
    for (let i = 96; i < 100; i++) rising[i] = 20 + (i % 3);
    const signals = composeRising(
      [
        { id: 'steady-a', name: 'Returns within 30 days', counts: steady(100, 6, 2) },
        { id: 'rising', name: 'Refunds need a receipt', counts: rising },
        { id: 'steady-b', name: 'Deliveries need a signature', counts: steady(100, 9, 3) },
      ],
      options,
    );
    expect(signals[0].subject.id).toBe('rising');
    expect(signals[0].severity).toBe(Severity.ALERT);
    expect(signals[0].rateRatio).toBeGreaterThan(2.5);
    expect(signals[0].explanation).toMatch(/^Complaints linked to "Refunds need a receipt" rose/);
    expect(signals[0].baseline).toBe('seasonal');
    // The verdict names the weeks tested and the years they are judged against.
    expect(signals[0].judgedAgainst).toBe('the same weeks (±6) of 2022 and 2023');
    expect(signals[0].verdict).toMatch(
      /^Complaints linked to "Refunds need a receipt": [\d.]+× the usual weekly rate in 4 Nov – 1 Dec 2024, against the same weeks \(±6\) of 2022 and 2023: alert\.$/,
    );
    expect(signals.slice(1).every((s) => s.severity === Severity.NONE)).toBe(true);
  });

  it('returns the last 26 weeks for a sparkline, tested weeks marked, and the drilldown', () => {
    const [signal] = composeRising([{ id: 'p', name: 'P', counts: steady(60, 5, 4) }], options);
    expect(signal.weekly).toHaveLength(26);
    expect(signal.weekly.filter((w) => w.tested)).toHaveLength(4);
    expect(signal.weekly[25].weekStart).toBe('2024-02-19');
    expect(signal.drilldown).toEqual({ linkedPolicyIds: ['p'] });
  });

  it('says when there is too little history to judge', () => {
    const [signal] = composeRising(
      [{ id: 'p', name: 'New rule', counts: [1, 2, 3, 4, 5] }],
      options,
    );
    expect(signal.tested).toBe(false);
    expect(signal.severity).toBe(Severity.NONE);
    expect(signal.explanation).toMatch(/not enough history/);
  });
});

describe('testedWeeks', () => {
  const now = dayMs('2025-06-18'); // a Wednesday

  it('tests the whole weeks inside the period', () => {
    const weeks = testedWeeks({ from: dayMs('2025-05-01'), to: dayMs('2025-06-01') }, now)!;
    expect([weeks.from, weeks.to].map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      '2025-05-05',
      '2025-05-26',
    ]);
  });

  it('tests the last complete week when the period holds no whole week', () => {
    const weeks = testedWeeks({ from: dayMs('2025-06-10'), to: dayMs('2025-06-13') }, now)!;
    expect([weeks.from, weeks.to].map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      '2025-06-02',
      '2025-06-09',
    ]);
  });

  it('never tests a week that has not ended', () => {
    const weeks = testedWeeks({ from: dayMs('2025-06-01'), to: dayMs('2025-07-01') }, now)!;
    expect(new Date(weeks.to).toISOString().slice(0, 10)).toBe('2025-06-16');
  });
});
