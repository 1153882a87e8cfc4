import { benjaminiHochberg } from './multiple-testing';

describe('benjaminiHochberg', () => {
  it('matches p.adjust(c(.01, .04, .03, .005, .5), "BH") in input order', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
    [0.025, 0.05, 0.05, 0.025, 0.5].forEach((expected, i) =>
      expect(q[i]).toBeCloseTo(expected, 12),
    );
  });

  it('never lowers a p-value and keeps q-values monotone in p', () => {
    const p = [0.2, 0.001, 0.9, 0.04, 0.04];
    const q = benjaminiHochberg(p);
    q.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(p[i]));
    expect(q[1]).toBeLessThanOrEqual(q[3]);
    expect(q[3]).toBe(q[4]);
  });

  it('returns an empty list for no tests', () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
