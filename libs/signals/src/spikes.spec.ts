import { mulberry32, randomNegativeBinomial, randomPoisson, Random } from './random';
import { SpikeResult, SpikeTest, detectSpike, rankSpikes } from './spikes';

// A steady weekly series around 12 (10–14), 30 weeks long.
const steady12 = [
  12, 10, 13, 11, 14, 12, 11, 13, 12, 10, 14, 12, 13, 11, 12, 12, 10, 13, 14, 11, 12, 13, 11, 12,
  10, 14, 12, 13, 11, 12,
];
const weekly = { label: "Complaints citing 'Refunds need a receipt'", unit: 'week' } as const;

function tested(result: SpikeResult): SpikeTest {
  if (result.status !== 'tested') throw new Error(`expected a test, got ${result.explanation}`);
  return result;
}

// Overdispersed counts with variance = dispersion × mean (negative binomial), or Poisson at 1.
function steadySeries(random: Random, length: number, mean: number, dispersion: number): number[] {
  return Array.from({ length }, () =>
    dispersion === 1
      ? randomPoisson(random, mean)
      : randomNegativeBinomial(random, mean, mean / (dispersion - 1)),
  );
}

describe('detectSpike on constructed series', () => {
  it('flags a tripling of a steady weekly count as an alert with p < 0.001', () => {
    const result = tested(detectSpike([...steady12, 36], weekly));
    expect(result.severity).toBe('alert');
    expect(result.direction).toBe('rise');
    expect(result.pValue).toBeLessThan(0.001);
    expect(result.expectedPerBucket).toBeCloseTo(12, 0);
    expect(result.rateRatio).toBeCloseTo(3, 0);
    expect(result.rateRatioInterval.lower).toBeGreaterThan(2);
    expect(result.explanation).toMatch(
      /^Complaints citing 'Refunds need a receipt' rose from about 12 to 36 a week \(3(\.\d)?×\), well above the usual range of \d+–\d+ \(p < 0\.001\)\.$/,
    );
  });

  it('reads a week inside the usual range as normal variation', () => {
    const result = tested(detectSpike([...steady12, 14], weekly));
    expect(result.severity).toBe('none');
    expect(result.usualRange.lower).toBeLessThanOrEqual(14);
    expect(result.usualRange.upper).toBeGreaterThanOrEqual(14);
    expect(result.explanation).toMatch(
      /: 14 a week against about 12 usually \(1\.\d×\), within normal variation/,
    );
  });

  it('flags a fall from about 12 to none as a falling alert in a two-sided test', () => {
    const result = tested(detectSpike([...steady12, 0], weekly));
    expect(result).toMatchObject({ direction: 'fall', severity: 'alert' });
    expect(result.explanation).toMatch(
      /fell from about 12 to 0 a week .* well below the usual range/,
    );
  });

  it('ignores falls when only rises are asked for', () => {
    const result = tested(detectSpike([...steady12, 0], { ...weekly, alternative: 'greater' }));
    expect(result.severity).toBe('none');
    expect(result.pValue).toBeGreaterThan(0.99);
  });

  it('does not flag 3 events after weeks of none: improbable, but below the minimum count of 5', () => {
    const quiet = [0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const result = tested(detectSpike([...quiet, 3], weekly));
    expect(result.pValue).toBeLessThan(0.01);
    expect(result.largeEnough).toBe(false);
    expect(result.severity).toBe('none');
    expect(tested(detectSpike([...quiet, 8], weekly)).severity).toBe('alert');
  });

  it('flags a first-ever burst of 10 after half a year of none, with a finite rate ratio', () => {
    const result = tested(detectSpike([...Array(28).fill(0), 10], weekly));
    expect(result.severity).toBe('alert');
    expect(Number.isFinite(result.rateRatio)).toBe(true);
    expect(result.explanation).toMatch(/rose from about 0\.0\d+ to 10 a week/);
  });

  it('judges noisy history as noisy: 40 is an alert against a steady 20 but not against a 5-or-35 series', () => {
    const calm = Array.from({ length: 28 }, (_, i) => 18 + (i % 5));
    const noisy = Array.from({ length: 28 }, (_, i) => (i % 2 === 0 ? 5 : 35));
    const againstCalm = tested(detectSpike([...calm, 40], weekly));
    const againstNoisy = tested(detectSpike([...noisy, 40], weekly));
    expect(againstCalm.severity).toBe('alert');
    expect(againstNoisy.severity).toBe('none');
    expect(againstNoisy.dispersion).toBeGreaterThan(10);
    expect(againstNoisy.rateRatioInterval.lower).toBeLessThan(1);
  });

  it('trims a past outbreak from the baseline so it does not hide a new one', () => {
    const withOutbreak = [...steady12.slice(0, 15), 60, ...steady12.slice(16)];
    const result = tested(detectSpike([...withOutbreak, 30], weekly));
    expect(result.baseline.excludedOutbreaks).toBe(1);
    expect(result.expectedPerBucket).toBeCloseTo(12, 0);
    expect(result.severity).toBe('alert');
  });

  it('leaves the two weeks before the tested week out of the baseline, so a step is still news in week 3', () => {
    const result = tested(detectSpike([...steady12, 30, 31, 29], weekly));
    expect(result.severity).toBe('alert');
    expect(result.expectedPerBucket).toBeCloseTo(12, 0);
    expect(result.baseline).toMatchObject({ buckets: 26, excludedOutbreaks: 0 });
  });

  it('compares with the same weeks of past years when given a seasonal period', () => {
    // Three years with a December peak of ~40 a week (weeks 48–51) over a usual ~10.
    const year = Array.from({ length: 52 }, (_, week) =>
      week >= 48 ? 40 + (week % 3) : 9 + (week % 3),
    );
    const series = [...year, ...year, ...year.slice(0, 49), 41];
    const seasonal = tested(detectSpike(series, { ...weekly, seasonalPeriod: 52 }));
    expect(seasonal.baseline.method).toBe('seasonal');
    expect(seasonal.severity).toBe('none');
    expect(seasonal.expectedPerBucket).toBeGreaterThan(20);
    const trailing = tested(detectSpike(series, weekly));
    expect(trailing.baseline.method).toBe('trailing');
    expect(trailing.severity).toBe('alert');
  });

  it('falls back to a trailing baseline until a full year of history exists', () => {
    const result = tested(detectSpike([...steady12, 12], { ...weekly, seasonalPeriod: 52 }));
    expect(result.baseline.method).toBe('trailing');
  });

  it('tests the last 4 weeks together when asked, and phrases the rate per week', () => {
    const result = tested(detectSpike([...steady12, 20, 19, 21, 20], { ...weekly, recent: 4 }));
    expect(result.observed).toBe(80);
    expect(result.observedPerBucket).toBe(20);
    expect(result.severity).toBe('alert');
    expect(result.explanation).toMatch(/rose from about 12 to 20 a week over the last 4 weeks/);
  });

  it('declines to judge with fewer than 6 baseline weeks, and says so', () => {
    const result = detectSpike([12, 11, 13, 30], weekly);
    expect(result.status).toBe('insufficient-history');
    expect(result.explanation).toMatch(/not enough history to judge/);
  });

  it('rejects fractional counts, naming the bucket', () => {
    expect(() => detectSpike([1, 2, 1.5], weekly)).toThrow(
      'counts[2] must be a whole number ≥ 0 (got 1.5)',
    );
  });
});

describe('detectSpike on simulated steady and stepped series', () => {
  it('keeps the weekly false-alert rate of single steady series near its 0.1% level (Poisson and overdispersed)', () => {
    const random = mulberry32(20240601);
    let alerts = 0;
    let tests = 0;
    for (const mean of [1, 4, 12, 40]) {
      for (const dispersion of [1, 2, 4]) {
        for (let s = 0; s < 2; s++) {
          const series = steadySeries(random, 28 + 4 * 52, mean, dispersion);
          for (let end = 29; end <= series.length; end++) {
            const result = tested(
              detectSpike(series.slice(0, end), { ...weekly, alternative: 'greater' }),
            );
            tests++;
            if (result.severity === 'alert') alerts++;
          }
        }
      }
    }
    expect(tests).toBe(24 * 208);
    expect(alerts / tests).toBeLessThan(0.003);
  });

  it('raises at most 2 false alerts a year on 100 steady overdispersed series ranked together', () => {
    const random = mulberry32(7);
    const years = 5;
    const series = Array.from({ length: 100 }, (_, i) =>
      steadySeries(random, 28 + years * 52, 1 + (i % 20) * 2, 1.5 + (i % 4)),
    );
    let alerts = 0;
    for (let end = 29; end <= 28 + years * 52; end++) {
      const ranked = rankSpikes(
        series.map((s) => detectSpike(s.slice(0, end), { ...weekly, alternative: 'greater' })),
      );
      alerts += ranked.filter((r) => r.severity === 'alert').length;
    }
    expect(alerts / years).toBeLessThanOrEqual(2);
  });

  it('finds a tripling of a steady count of 12 a week in its first week in at least 85 of 100 series', () => {
    const random = mulberry32(99);
    let found = 0;
    for (let s = 0; s < 100; s++) {
      const series = [...steadySeries(random, 30, 12, 1), randomPoisson(random, 36)];
      if (tested(detectSpike(series, { ...weekly, alternative: 'greater' })).severity === 'alert')
        found++;
    }
    expect(found).toBeGreaterThanOrEqual(85);
  });

  it('finds a tripling of an overdispersed count of 10 a week within 2 weeks in at least half of 100 series', () => {
    // Noisy series buy their quietness with power: the CUSUM (shifts.ts) catches the rest.
    const random = mulberry32(5);
    let found = 0;
    for (let s = 0; s < 100; s++) {
      const series = [...steadySeries(random, 30, 10, 2), ...steadySeries(random, 2, 30, 2)];
      const weeks = [31, 32].map((end) =>
        tested(detectSpike(series.slice(0, end), { ...weekly, alternative: 'greater' })),
      );
      if (weeks.some((w) => w.severity === 'alert')) found++;
    }
    expect(found).toBeGreaterThanOrEqual(50);
  });
});

describe('rankSpikes', () => {
  const base = tested(detectSpike([...steady12, 13], weekly));
  const withP = (label: string, pValue: number, rateRatio = 2): SpikeTest => ({
    ...base,
    label,
    pValue,
    rateRatio,
    direction: 'rise',
    largeEnough: true,
  });

  it('puts alerts first and re-judges severity on Benjamini–Hochberg q-values across all themes', () => {
    const themes = [
      withP('Refunds', 0.0001),
      withP('Delivery', 0.004),
      ...Array.from({ length: 18 }, (_, i) => withP(`Theme ${i}`, 0.3 + i * 0.03, 1.1)),
    ];
    const ranked = rankSpikes(themes);
    expect(ranked[0]).toMatchObject({ label: 'Refunds', severity: 'alert', rank: 1 });
    expect(ranked[0].qValue).toBeCloseTo(0.002, 10);
    // p = 0.004 alone would be a watch; among 20 themes its q is 0.04: still a watch at 0.05.
    expect(ranked[1]).toMatchObject({ label: 'Delivery', severity: 'watch' });
    expect(ranked[1].qValue).toBeCloseTo(0.04, 10);
    expect(ranked.slice(2).every((r) => r.severity === 'none')).toBe(true);
  });

  it('breaks ties on q by the size of the change', () => {
    const ranked = rankSpikes([withP('small', 0.5, 1.1), withP('large', 0.5, 0.4)]);
    expect(ranked.map((r) => r.label)).toEqual(['large', 'small']);
  });

  it('leaves series without enough history out of the ranking', () => {
    const ranked = rankSpikes([withP('a', 0.2), detectSpike([1, 2], weekly)]);
    expect(ranked).toHaveLength(1);
  });
});
