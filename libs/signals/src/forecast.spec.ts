import { fitModel, minimumLength } from './forecast-models';
import {
  backtestMae,
  calibratedScales,
  capacityExcesses,
  conformalBounds,
  forecastSeries,
  NORMAL_SCALE,
  predict,
  rollingOrigin,
  type ForecastPoint,
} from './forecast';
import { mulberry32, randomNormal, randomPoisson, type Random } from './random';

const fitted = (...args: Parameters<typeof fitModel>) => {
  const model = fitModel(...args);
  if (model === null) throw new Error('expected a model');
  return model;
};

describe('forecast models on series with known answers', () => {
  it('naive: the last value, with the variance growing by σ² a step', () => {
    const model = fitted('naive', [1, 2, 3, 5], null);
    expect(model.forecast(2)).toEqual([5, 5]);
    // One-step errors 1, 1, 2: σ² = (1 + 1 + 4) / 3.
    expect(model.sigma2).toBeCloseTo(2, 12);
    expect(model.variance(3)).toBeCloseTo(6, 12);
  });

  it('seasonal naive: the last season again, its variance rising once a season', () => {
    const model = fitted('seasonal-naive', [10, 20, 30, 11, 21, 31, 12, 22, 33], 3);
    expect(model.forecast(5)).toEqual([12, 22, 33, 12, 22]);
    // Errors 1, 1, 1, 1, 1, 2: σ² = 9 / 6.
    expect(model.sigma2).toBeCloseTo(1.5, 12);
    expect(model.variance(3)).toBeCloseTo(1.5, 12);
    expect(model.variance(4)).toBeCloseTo(3, 12);
  });

  it('simple smoothing of a constant series forecasts the constant with no error', () => {
    const model = fitted('simple-smoothing', [7, 7, 7, 7, 7, 7], null);
    expect(model.forecast(3)).toEqual([7, 7, 7]);
    expect(model.sigma2).toBe(0);
  });

  it("Holt's trend continues an exact line", () => {
    const line = Array.from({ length: 12 }, (_, t) => 3 + 2 * t);
    const model = fitted('holt', line, null);
    model.forecast(3).forEach((value, i) => expect(value).toBeCloseTo(3 + 2 * (12 + i), 9));
    expect(model.sigma2).toBeCloseTo(0, 12);
  });

  it('Holt–Winters continues an exact trend plus season', () => {
    const shape = [5, -3, 1, -3];
    const series = Array.from({ length: 16 }, (_, t) => 40 + 1.5 * t + shape[t % 4]);
    const model = fitted('holt-winters', series, 4);
    model
      .forecast(6)
      .forEach((value, i) =>
        expect(value).toBeCloseTo(40 + 1.5 * (16 + i) + shape[(16 + i) % 4], 9),
      );
    expect(model.sigma2).toBeCloseTo(0, 12);
  });

  it('uses the textbook variance of simple smoothing: σ²(1 + α²(h − 1))', () => {
    const random = mulberry32(3);
    let level = 50;
    const series = Array.from({ length: 60 }, () => {
      const e = 4 * randomNormal(random);
      const y = level + e;
      level += 0.3 * e;
      return y;
    });
    const model = fitted('simple-smoothing', series, null);
    const alpha = model.parameters?.alpha ?? NaN;
    expect(model.variance(5)).toBeCloseTo(model.sigma2 * (1 + alpha * alpha * 4), 9);
  });

  it('declines series too short for a method', () => {
    expect(minimumLength('holt-winters', 52)).toBe(56);
    expect(fitModel('holt-winters', Array(55).fill(1), 52)).toBeNull();
    expect(fitModel('seasonal-naive', [1, 2, 3], null)).toBeNull();
  });
});

describe('rollingOrigin and backtestMae', () => {
  it('forecasts from each of the last origins whose horizon is observed', () => {
    const naive = (train: readonly number[], h: number) => predict(fitted('naive', train, null), h);
    const results = rollingOrigin([1, 2, 3, 4, 5, 6, 7, 8], 2, 3, naive);
    expect(results.map((r) => r.origin)).toEqual([4, 5, 6]);
    expect(results[0].actuals).toEqual([5, 6]);
    // Every origin is off by 1 then 2.
    expect(backtestMae(results)).toBe(1.5);
  });
});

/** Share of simulated futures inside the intervals, over many independent series. */
function coverage(
  simulate: (random: Random, length: number) => number[],
  forecast: (train: number[]) => ForecastPoint[],
  runs: number,
  history: number,
  horizon: number,
) {
  const random = mulberry32(20261207);
  let in80 = 0;
  let in95 = 0;
  let total = 0;
  for (let run = 0; run < runs; run++) {
    const series = simulate(random, history + horizon);
    const points = forecast(series.slice(0, history));
    points.forEach((p, i) => {
      const actual = series[history + i];
      if (actual >= p.lower80 && actual <= p.upper80) in80++;
      if (actual >= p.lower95 && actual <= p.upper95) in95++;
      total++;
    });
  }
  return { in80: in80 / total, in95: in95 / total };
}

describe('prediction intervals cover simulated futures at about their nominal rates', () => {
  it('local level (simple smoothing) data', () => {
    const localLevel = (random: Random, length: number) => {
      let level = 100;
      return Array.from({ length }, () => {
        const e = 5 * randomNormal(random);
        const y = level + e;
        level += 0.3 * e;
        return y;
      });
    };
    const result = coverage(
      localLevel,
      (train) => predict(fitted('simple-smoothing', train, null), 4, false),
      300,
      80,
      4,
    );
    expect(result.in80).toBeGreaterThan(0.74);
    expect(result.in80).toBeLessThan(0.86);
    expect(result.in95).toBeGreaterThan(0.91);
    expect(result.in95).toBeLessThan(0.985);
  });

  it('weekly counts with a season, forecast by the back-test-chosen model', () => {
    const seasonal = (random: Random, length: number) =>
      Array.from({ length }, (_, t) =>
        randomPoisson(random, 60 + 20 * Math.sin((2 * Math.PI * t) / 12) + 0.2 * t),
      );
    const result = coverage(
      seasonal,
      (train) => forecastSeries(train, { horizon: 6, seasonLength: 12, origins: 4 }).points,
      60,
      48,
      6,
    );
    expect(result.in80).toBeGreaterThan(0.7);
    expect(result.in80).toBeLessThan(0.92);
    expect(result.in95).toBeGreaterThan(0.88);
  });
});

describe('forecastSeries', () => {
  const random = mulberry32(7);
  const seasonal = Array.from({ length: 60 }, (_, t) =>
    randomPoisson(random, 80 + 30 * Math.cos((2 * Math.PI * t) / 12)),
  );

  it('chooses a seasonal model by back-test on a seasonal series, beating the naive forecast', () => {
    const result = forecastSeries(seasonal, { horizon: 6, seasonLength: 12 });
    expect(['seasonal-naive', 'seasonal-smoothing', 'holt-winters']).toContain(result.method);
    expect(result.backtestOrigins).toBe(8);
    expect(result.backtestMae).toBeLessThan((result.naiveMae ?? 0) / 2);
    expect(result.points).toHaveLength(6);
    for (const p of result.points) {
      expect(p.lower95).toBeLessThanOrEqual(p.lower80);
      expect(p.lower80).toBeLessThanOrEqual(p.mean);
      expect(p.mean).toBeLessThanOrEqual(p.upper80);
      expect(p.upper80).toBeLessThanOrEqual(p.upper95);
    }
  });

  it('widens (never narrows) the chosen model’s intervals by how far its back-test errors spread', () => {
    const result = forecastSeries(seasonal, { horizon: 6, seasonLength: 12 });
    const refit = predict(fitted(result.method, seasonal, 12), 6);
    result.points.forEach((p, i) => {
      expect(p.mean).toBeCloseTo(refit[i].mean, 9);
      expect(p.upper95 - p.mean).toBeGreaterThanOrEqual(refit[i].upper95 - refit[i].mean - 1e-9);
    });
    // A series the models cannot know: a level that jumps every few weeks.
    const jumpy = Array.from({ length: 40 }, (_, t) => (Math.floor(t / 5) % 2 === 0 ? 20 : 60));
    const widened = forecastSeries(jumpy, { horizon: 4, seasonLength: null });
    const plain = predict(fitted(widened.method, jumpy, null), 4);
    expect(widened.points[0].upper80 - widened.points[0].mean).toBeGreaterThan(
      1.05 * (plain[0].upper80 - plain[0].mean),
    );
  });

  it('without seasons or history to back-test, falls back to the first method that fits', () => {
    const result = forecastSeries([4, 5, 6, 5], { horizon: 4, seasonLength: null });
    expect(result).toMatchObject({ method: 'naive', backtestMae: null, backtestOrigins: 0 });
  });

  it('never forecasts negative counts', () => {
    const falling = [50, 40, 30, 20, 10, 5, 2, 1];
    const result = forecastSeries(falling, { horizon: 8, seasonLength: null, methods: ['holt'] });
    for (const p of result.points) expect(p.lower95).toBeGreaterThanOrEqual(0);
    expect(result.points.at(-1)?.mean).toBe(0);
  });

  it('rejects bad input, naming the field', () => {
    expect(() => forecastSeries([1, 2], { horizon: 2, seasonLength: null })).toThrow(
      'values must hold at least 3 values (got 2)',
    );
    expect(() => forecastSeries([1, 2, NaN], { horizon: 2, seasonLength: null })).toThrow(
      'values[2] must be a finite number',
    );
    expect(() => forecastSeries([1, 2, 3], { horizon: 0, seasonLength: null })).toThrow(
      'horizon must be a whole number ≥ 1',
    );
  });
});

describe('capacityExcesses', () => {
  const point = (step: number, mean: number, upper80: number): ForecastPoint => ({
    step,
    mean,
    lower80: mean - 5,
    upper80,
    lower95: mean - 8,
    upper95: upper80 + 3,
  });

  it('lists the steps over capacity, centrally or only at the upper bound, with by how much', () => {
    const excesses = capacityExcesses(
      [point(1, 80, 90), point(2, 95, 105), point(3, 110, 120)],
      100,
    );
    expect(excesses).toEqual([
      { step: 2, centralExcess: -5, upperExcess: 5, level: 'upper' },
      { step: 3, centralExcess: 10, upperExcess: 20, level: 'central' },
    ]);
  });

  it('rejects a negative capacity', () => {
    expect(() => capacityExcesses([], -1)).toThrow('capacity must be a finite number ≥ 0');
  });
});

describe('interval calibration on back-test errors (conformal)', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it('takes the ⌊(n+1)α/2⌋-th and ⌈(n+1)(1−α/2)⌉-th smallest scores as the bounds', () => {
    // 19 scores 1…19: for 80%, ranks ⌊20·0.1⌋ = 2 and ⌈20·0.9⌉ = 18.
    expect(conformalBounds(range(19), 0.8)).toEqual({ lower: 2, upper: 18 });
    // 39 scores: for 95%, ranks 1 and 39.
    expect(conformalBounds(range(39), 0.95)).toEqual({ lower: 1, upper: 39 });
    // Too few scores to promise 95%.
    expect(conformalBounds(range(20), 0.95)).toBeNull();
  });

  it('covers new errors from the same distribution at about the nominal rate', () => {
    const random = mulberry32(7);
    // Skewed errors (a shifted exponential): symmetric normal bounds would miss the long side.
    const draw = () => -Math.log(1 - random()) * 2 - 1;
    let in80 = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const scores = Array.from({ length: 24 }, draw);
      const bounds = conformalBounds(scores, 0.8)!;
      const next = draw();
      if (next >= bounds.lower && next <= bounds.upper) in80++;
    }
    expect(in80 / trials).toBeGreaterThan(0.75);
    expect(in80 / trials).toBeLessThan(0.9);
  });

  it('pools each step with its neighbours and never narrows the normal interval', () => {
    const small = [0.1, -0.1, 0.2, -0.2, 0.05, -0.05, 0.1, 0];
    const wide = [4, -3, 5, -2, 6, 3, -4, 2];
    const [first, second, third] = calibratedScales([small, small, wide]);
    // Step 1 pools steps 1–2 (all small): the normal bounds stand.
    expect(first).toEqual(NORMAL_SCALE);
    // Step 2 pools steps 1–3: the wide errors push its bounds out, above further than below.
    expect(second.upper80).toBeGreaterThan(NORMAL_SCALE.upper80);
    expect(second.upper80).toBeGreaterThan(-second.lower80);
    // 16 scores are too few for 95% bounds: they move out with the 80% ones.
    expect(third.upper95).toBeCloseTo(
      (third.upper80 * NORMAL_SCALE.upper95) / NORMAL_SCALE.upper80,
    );
    for (const scale of [first, second, third]) {
      expect(scale.lower95).toBeLessThanOrEqual(scale.lower80);
      expect(scale.upper95).toBeGreaterThanOrEqual(scale.upper80);
    }
  });

  it('widens the forecast of a biased model on the side its errors fell', () => {
    // A series that keeps rising faster than a level model can follow: errors are positive.
    const rising = Array.from({ length: 40 }, (_, t) => 10 + t * t * 0.05);
    const result = forecastSeries(rising, {
      horizon: 3,
      seasonLength: null,
      methods: ['simple-smoothing'],
    });
    const plain = predict(fitted('simple-smoothing', rising, null), 3);
    const p = result.points[0];
    expect(p.upper80 - p.mean).toBeGreaterThan(plain[0].upper80 - plain[0].mean);
    expect(p.upper80 - p.mean).toBeGreaterThan(p.mean - p.lower80);
  });
});
