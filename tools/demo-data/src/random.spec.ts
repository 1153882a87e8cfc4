import { Random, Weighted, deriveSeed } from './random';

describe('Random', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('stays within [0, 1) and spreads evenly', () => {
    const random = new Random(1);
    const draws = Array.from({ length: 20_000 }, () => random.next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.filter((value) => value < 0.5).length / draws.length).toBeCloseTo(0.5, 1);
  });

  it('draws integers with both ends included', () => {
    const random = new Random(3);
    const values = new Set(Array.from({ length: 500 }, () => random.int(1, 3)));
    expect(values).toEqual(new Set([1, 2, 3]));
  });

  it('gives log-normal draws the median asked for', () => {
    const random = new Random(9);
    const draws = Array.from({ length: 20_001 }, () => random.logNormal(60, 0.8)).sort(
      (a, b) => a - b,
    );
    expect(draws[10_000]).toBeGreaterThan(55);
    expect(draws[10_000]).toBeLessThan(65);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => new Random(1).pick([])).toThrow(RangeError);
  });
});

describe('deriveSeed', () => {
  it('gives different streams different seeds, the same every time', () => {
    expect(deriveSeed(1, 'items')).toBe(deriveSeed(1, 'items'));
    expect(deriveSeed(1, 'items')).not.toBe(deriveSeed(1, 'pulse'));
    expect(deriveSeed(1, 'items')).not.toBe(deriveSeed(2, 'items'));
  });
});

describe('Weighted', () => {
  it('draws in proportion to the weights and never a zero weight', () => {
    const weighted = Weighted.of({ a: 3, b: 1, c: 0 });
    const random = new Random(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 8000; i++) counts[weighted.draw(random)]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.6);
    expect(counts.a / counts.b).toBeLessThan(3.4);
  });

  it('refuses a choice without any positive weight', () => {
    expect(() => Weighted.of({ a: 0 })).toThrow(RangeError);
  });
});
