import { laggedCorrelation, pearsonCorrelation } from './correlation';
import { mulberry32, randomNormal } from './random';

const options = {
  driverLabel: 'open items per staff member',
  outcomeLabel: 'complaints',
  unit: 'week',
} as const;

describe('pearsonCorrelation', () => {
  it('matches cor(): 1 for a line, −1 for its mirror, null for a constant', () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12);
    expect(pearsonCorrelation([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
    expect(pearsonCorrelation([1, 2, 3], [5, 5, 5])).toBeNull();
    // cor(c(1, 3, 2, 5, 4), c(2, 1, 4, 3, 5)) = 0.3
    expect(pearsonCorrelation([1, 3, 2, 5, 4], [2, 1, 4, 3, 5])).toBeCloseTo(0.3, 12);
  });
});

describe('laggedCorrelation', () => {
  it('finds that complaints follow load by 2 weeks and calls it significant', () => {
    const random = mulberry32(4);
    const load = Array.from({ length: 60 }, () => 10 + 3 * randomNormal(random));
    const complaints = load.map((_, t) => (t >= 2 ? 2 * load[t - 2] : 20) + randomNormal(random));
    const relation = laggedCorrelation(load, complaints, options);
    expect(relation.best?.lag).toBe(2);
    expect(relation.best?.r).toBeGreaterThan(0.9);
    expect(relation.significant).toBe(true);
    expect(relation.explanation).toMatch(
      /^A rise in open items per staff member is followed by a rise in complaints 2 weeks later \(r = 0\.9\d, p < 0\.001 allowing for 13 lags tried\)\.$/,
    );
  });

  it('reports the outcome leading when the driver follows it', () => {
    const random = mulberry32(8);
    const complaints = Array.from({ length: 60 }, () => randomNormal(random));
    const load = complaints.map(
      (_, t) => (t >= 3 ? complaints[t - 3] : 0) + 0.3 * randomNormal(random),
    );
    const relation = laggedCorrelation(load, complaints, options);
    expect(relation.best?.lag).toBe(-3);
    expect(relation.explanation).toMatch(
      /^A rise in complaints is followed by a rise in open items per staff member 3 weeks later/,
    );
  });

  it('does not call two unrelated random walks related, however correlated they look', () => {
    // Trending series correlate by accident; the effective-sample-size correction must see that.
    let falsePositives = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const random = mulberry32(seed);
      const walk = () => {
        let level = 0;
        return Array.from({ length: 52 }, () => (level += randomNormal(random)));
      };
      if (laggedCorrelation(walk(), walk(), options).significant) falsePositives++;
    }
    expect(falsePositives).toBeLessThanOrEqual(4);
  });

  it('says there is no clear relation between independent noise series', () => {
    const random = mulberry32(12);
    const noise = () => Array.from({ length: 52 }, () => randomNormal(random));
    const relation = laggedCorrelation(noise(), noise(), options);
    expect(relation.significant).toBe(false);
    expect(relation.explanation).toMatch(
      /^No clear relation between open items per staff member and complaints within 6 weeks either way/,
    );
  });

  it('leaves lags with fewer than 6 overlapping weeks out', () => {
    const relation = laggedCorrelation([1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 6, 5, 8, 7], {
      ...options,
      maxLag: 4,
    });
    expect(relation.lags.filter((l) => l.r !== null).map((l) => l.lag)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('rejects series of different lengths', () => {
    expect(() => laggedCorrelation([1, 2], [1], options)).toThrow(
      'outcome must have as many buckets as driver (got 1)',
    );
  });
});
