import { mulberry32, randomNegativeBinomial, randomPoisson, Random } from './random';
import { ShiftResult, ShiftTest, detectShift } from './shifts';
import { detectSpike } from './spikes';

const weekly = { label: 'Complaints about delivery', unit: 'week' } as const;
// 52 steady weeks around 20 (18–22).
const steady20 = Array.from({ length: 52 }, (_, i) => 18 + ((i * 3) % 5));

function tested(result: ShiftResult): ShiftTest {
  if (result.status !== 'tested') throw new Error(result.explanation);
  return result;
}

function steadySeries(random: Random, length: number, mean: number, dispersion: number): number[] {
  return Array.from({ length }, () =>
    dispersion === 1
      ? randomPoisson(random, mean)
      : randomNegativeBinomial(random, mean, mean / (dispersion - 1)),
  );
}

describe('detectShift on constructed series', () => {
  it('raises an alert for a sustained 40% rise that no single week makes unusual, and dates its start', () => {
    const series = [...steady20, 27, 28, 29, 27, 28, 29, 28];
    const result = tested(detectShift(series, weekly));
    expect(result.state).toBe('alert');
    expect(result.shiftStart).toBe(52);
    expect(result.alarmAt).toBeGreaterThan(52);
    expect(result.recentMean).toBeCloseTo(28, 0);
    expect(result.ratio).toBeCloseTo(1.4, 1);
    expect(result.explanation).toBe(
      'Complaints about delivery: a sustained rise for the last 7 weeks, about 28 a week against 20 before (1.4×).',
    );
    for (let end = 53; end <= series.length; end++) {
      expect(detectSpike(series.slice(0, end), weekly)).toMatchObject({ severity: 'none' });
    }
  });

  it('stays ok on a steady series and keeps its statistic near 0', () => {
    const result = tested(detectShift([...steady20, 19, 21, 20, 22, 18], weekly));
    expect(result.state).toBe('ok');
    expect(Math.max(...result.statistic)).toBeLessThan(result.threshold / 2);
    expect(result.explanation).toBe(
      'Complaints about delivery: no sustained rise from the usual level of about 20 a week.',
    );
  });

  it('watches a drift that has not yet reached the alarm threshold', () => {
    const result = tested(detectShift([...steady20, 27, 28, 28], weekly));
    expect(result.state).toBe('watch');
    expect(result.alarmAt).toBeNull();
    expect(result.explanation).toMatch(
      /: possibly drifting up for the last 3 weeks, about 28 a week against 20 before/,
    );
  });

  it('detects sustained falls when asked to look down', () => {
    const series = [...steady20, 12, 13, 12, 11, 12, 13];
    expect(tested(detectShift(series, weekly)).state).toBe('ok');
    expect(tested(detectShift(series, { ...weekly, direction: 'fall' })).state).toBe('alert');
  });

  it('sets the threshold from the years between false alarms: ln(10 years × 52 weeks)', () => {
    expect(tested(detectShift([...steady20, 20], weekly)).threshold).toBeCloseTo(Math.log(520), 10);
  });

  it('declines to judge with fewer than 6 buckets before the monitored window', () => {
    const result = detectShift([20, 21, 19, 20, 30], { ...weekly, monitorLength: 1 });
    expect(result.status).toBe('insufficient-history');
  });

  it('rejects a shift ratio of 1 or less, naming the field', () => {
    expect(() => detectShift(steady20, { ...weekly, shiftRatio: 1 })).toThrow(
      'shiftRatio must be a finite number > 1',
    );
  });
});

describe('detectShift on simulated series', () => {
  it('raises fewer than one false alarm per 7 series-years on steady Poisson and overdispersed series', () => {
    const random = mulberry32(314);
    let alarms = 0;
    let seriesYears = 0;
    for (const mean of [2, 8, 25]) {
      for (const dispersion of [1, 2, 4]) {
        for (let s = 0; s < 4; s++) {
          const series = steadySeries(random, 65 + 4 * 52, mean, dispersion);
          let lastAlert = -Infinity;
          for (let end = 66; end <= series.length; end++) {
            const alert = tested(detectShift(series.slice(0, end), weekly)).state === 'alert';
            // One excursion counts once, however many weeks it stays above the threshold.
            if (alert && end - lastAlert > 13) alarms++;
            if (alert) lastAlert = end;
          }
          seriesYears += 4;
        }
      }
    }
    expect(alarms / seriesYears).toBeLessThan(1 / 7);
  });

  it('finds a sustained doubling of 20 a week within 3 weeks in at least 95 of 100 series', () => {
    const random = mulberry32(1);
    let found = 0;
    for (let s = 0; s < 100; s++) {
      const series = [...steadySeries(random, 60, 20, 1), ...steadySeries(random, 3, 40, 1)];
      if (tested(detectShift(series, weekly)).state === 'alert') found++;
    }
    expect(found).toBeGreaterThanOrEqual(95);
  });

  it('finds a sustained 50% rise of 20 a week within 8 weeks in at least 85 of 100 series', () => {
    const random = mulberry32(2);
    let found = 0;
    for (let s = 0; s < 100; s++) {
      const series = [...steadySeries(random, 60, 20, 1), ...steadySeries(random, 8, 30, 1)];
      const weeks = Array.from({ length: 8 }, (_, k) =>
        tested(detectShift(series.slice(0, 61 + k), weekly)),
      );
      if (weeks.some((w) => w.state === 'alert')) found++;
    }
    expect(found).toBeGreaterThanOrEqual(85);
  });

  it('finds a tripling of an overdispersed 10 a week within 4 weeks in at least 90 of 100 series', () => {
    const random = mulberry32(3);
    let found = 0;
    for (let s = 0; s < 100; s++) {
      const series = [...steadySeries(random, 60, 10, 2), ...steadySeries(random, 4, 30, 2)];
      const weeks = Array.from({ length: 4 }, (_, k) =>
        tested(detectShift(series.slice(0, 61 + k), weekly)),
      );
      if (weeks.some((w) => w.state === 'alert')) found++;
    }
    expect(found).toBeGreaterThanOrEqual(90);
  });
});
