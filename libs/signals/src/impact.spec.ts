import { countImpact, meanImpact } from './impact';
import { mulberry32, randomGamma, randomPoisson } from './random';

const labels = { subject: 'Waits on the Laptop approvals step', controlLabel: 'other teams' };

describe('countImpact', () => {
  it('computes the ratio of rate ratios with a Wald interval on the log scale (Poisson weeks)', () => {
    // Treated 100 → 50 over 10 weeks each; control 200 → 200. Steady weeks: dispersion 1.
    const treated = { before: Array(10).fill(10), after: Array(10).fill(5) };
    const control = { before: Array(10).fill(20), after: Array(10).fill(20) };
    const impact = countImpact(treated, control, {
      subject: 'Complaints about laptops',
      controlLabel: 'other teams',
    });
    expect(impact.ratio).toBeCloseTo(0.5, 12);
    const se = Math.sqrt(1 / 100 + 1 / 50 + 1 / 200 + 1 / 200);
    expect(impact.interval.lower).toBeCloseTo(0.5 * Math.exp(-1.959963984540054 * se), 10);
    expect(impact.interval.upper).toBeCloseTo(0.5 * Math.exp(1.959963984540054 * se), 10);
    expect(impact.expectedAfter).toBe(10);
    expect(impact.verdict).toBe(
      'Complaints about laptops fell 50% (95% CI 26–66%) relative to other teams; significant.',
    );
  });

  it('credits the action only with the change beyond the control’s: both falling 20% is no effect', () => {
    const impact = countImpact(
      { before: [50, 52, 48, 50], after: [40, 41, 39, 40] },
      { before: [100, 98, 102, 100], after: [80, 82, 78, 80] },
      labels,
    );
    expect(impact.ratio).toBeCloseTo(1, 2);
    expect(impact.significant).toBe(false);
    expect(impact.verdict).toMatch(
      /changed [+−]0% \(95% CI −\d+% to \+\d+%\) relative to other teams; not significant\.$/,
    );
  });

  it('widens the interval for overdispersed weeks', () => {
    const steady = countImpact(
      { before: [10, 10, 10, 10], after: [6, 6, 6, 6] },
      { before: [20, 20, 20, 20], after: [20, 20, 20, 20] },
      labels,
    );
    const noisy = countImpact(
      { before: [2, 18, 3, 17], after: [1, 11, 2, 10] },
      { before: [5, 35, 6, 34], after: [4, 36, 5, 35] },
      labels,
    );
    expect(noisy.interval.upper / noisy.interval.lower).toBeGreaterThan(
      steady.interval.upper / steady.interval.lower,
    );
  });

  it('rejects an empty segment, naming it', () => {
    expect(() =>
      countImpact({ before: [], after: [1] }, { before: [1], after: [1] }, labels),
    ).toThrow('treated.before must have at least one bucket');
  });
});

describe('meanImpact', () => {
  const random = mulberry32(2024);
  const waits = (n: number, meanHours: number) =>
    Array.from({ length: n }, () => randomGamma(random, 2, meanHours / 2));
  const treated = { before: waits(400, 50), after: waits(400, 30) };
  const control = { before: waits(600, 40), after: waits(600, 40) };

  it('finds a 40% fall in waits relative to other teams with a bootstrap interval excluding no change', () => {
    const impact = meanImpact(treated, control, labels);
    expect(impact.ratio).toBeGreaterThan(0.5);
    expect(impact.ratio).toBeLessThan(0.7);
    expect(impact.interval.lower).toBeLessThan(impact.ratio);
    expect(impact.interval.upper).toBeGreaterThan(impact.ratio);
    expect(impact.significant).toBe(true);
    expect(impact.verdict).toMatch(
      /^Waits on the Laptop approvals step fell \d+% \(95% CI \d+–\d+%\) relative to other teams; significant\.$/,
    );
  });

  it('gives the same interval for the same seed and a different one for another seed', () => {
    const a = meanImpact(treated, control, { ...labels, seed: 5 });
    const b = meanImpact(treated, control, { ...labels, seed: 5 });
    const c = meanImpact(treated, control, { ...labels, seed: 6 });
    expect(a.interval).toEqual(b.interval);
    expect(c.interval).not.toEqual(a.interval);
  });

  it('covers the true ratio in about 95% of simulated studies with no effect', () => {
    const sim = mulberry32(31);
    const draw = (n: number, m: number) => Array.from({ length: n }, () => randomPoisson(sim, m));
    let covered = 0;
    for (let study = 0; study < 60; study++) {
      const impact = meanImpact(
        { before: draw(40, 8), after: draw(40, 8) },
        { before: draw(40, 5), after: draw(40, 5) },
        { ...labels, resamples: 400, seed: study },
      );
      if (impact.interval.lower <= 1 && impact.interval.upper >= 1) covered++;
    }
    expect(covered / 60).toBeGreaterThanOrEqual(0.88);
  });

  it('rejects a control with a zero mean, where no ratio exists', () => {
    expect(() =>
      meanImpact({ before: [1], after: [1] }, { before: [0, 0], after: [1] }, labels),
    ).toThrow('means of treated.before, control.before and control.after must be above 0');
  });
});
