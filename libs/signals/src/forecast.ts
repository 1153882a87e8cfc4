// Forecasts of a count series with prediction intervals: the model is chosen by a rolling-origin
// back-test on the series itself (the one whose forecasts from the last few origins were
// closest), and the intervals are that model's h-step standard deviation times multipliers
// calibrated on its own back-test errors at that horizon (conformal). Then the weeks
// whose forecast exceeds a capacity, with by how much: the overload warning before it happens.

import { normalQuantile } from './distributions';
import {
  FORECAST_METHODS,
  fitModel,
  minimumLength,
  type FittedModel,
  type ForecastMethod,
} from './forecast-models';
import { requireFiniteValues, requirePositiveInteger, SignalsInputError } from './validate';

export * from './forecast-models';

export interface ForecastPoint {
  /** Steps after the last value: 1 is the next period. */
  step: number;
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface ForecastOptions {
  horizon: number;
  /** Periods in a season (52 for week-of-year on weekly data, 24 for hours of the day); null for none. */
  seasonLength: number | null;
  /** Methods to choose from (default: all that the series is long enough for). */
  methods?: readonly ForecastMethod[];
  /** Forecast origins in the choosing back-test (default 8). */
  origins?: number;
  /** Counts cannot go below zero: clip the forecast and its bounds there (default true). */
  nonNegative?: boolean;
}

export interface SeriesForecast {
  method: ForecastMethod;
  seasonLength: number | null;
  points: ForecastPoint[];
  /** Mean absolute error of the chosen method in the choosing back-test (null: not back-tested). */
  backtestMae: number | null;
  /** The same for the naive forecast (last value), for comparison. */
  naiveMae: number | null;
  /** Origins the back-test used. */
  backtestOrigins: number;
}

const Z80 = normalQuantile(0.9);
const Z95 = normalQuantile(0.975);

/**
 * How many h-step standard deviations each bound lies from the forecast: negative below it,
 * positive above. Apart (not ±z) since count errors are skewed and a model can be biased.
 */
export interface IntervalScale {
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

/** The normal distribution's multipliers: the model's own intervals. */
export const NORMAL_SCALE: IntervalScale = {
  lower80: -Z80,
  upper80: Z80,
  lower95: -Z95,
  upper95: Z95,
};

/**
 * The fitted model's forecast with 80% and 95% prediction intervals: normal ones, or with
 * `scales[step - 1]` (see calibratedScales) as the multipliers of each step's standard deviation.
 */
export function predict(
  model: FittedModel,
  horizon: number,
  nonNegative = true,
  scales: readonly IntervalScale[] = [],
): ForecastPoint[] {
  const clip = (v: number) => (nonNegative ? Math.max(0, v) : v);
  return model.forecast(horizon).map((mean, i) => {
    const sd = Math.sqrt(model.variance(i + 1));
    const scale = scales[i] ?? NORMAL_SCALE;
    return {
      step: i + 1,
      mean: clip(mean),
      lower80: clip(mean + scale.lower80 * sd),
      upper80: clip(mean + scale.upper80 * sd),
      lower95: clip(mean + scale.lower95 * sd),
      upper95: clip(mean + scale.upper95 * sd),
    };
  });
}

/**
 * Split-conformal bounds of a central `level` interval from scores (signed errors): the
 * ⌊(n + 1)·α/2⌋-th and ⌈(n + 1)·(1 − α/2)⌉-th smallest, so a new score falls between them with
 * probability at least `level`; null when there are too few scores for that.
 */
export function conformalBounds(
  scores: readonly number[],
  level: number,
): { lower: number; upper: number } | null {
  const sorted = [...scores].sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  // Ranks rounded after a tolerance: 20 × 0.9 is 18.000000000000004 in floating point.
  const low = Math.floor((sorted.length + 1) * tail + 1e-9);
  const high = Math.ceil((sorted.length + 1) * (1 - tail) - 1e-9);
  if (low < 1 || high > sorted.length) return null;
  return { lower: sorted[low - 1], upper: sorted[high - 1] };
}

/**
 * Interval multipliers per step from back-test scores ((actual − forecast) ÷ the model's
 * standard deviation at that step), one list per step. A step alone holds one score per origin,
 * so each step pools its neighbours' (the scores are already scaled to their step). Never inside
 * the model's own normal bounds: a few lucky origins do not narrow an interval. With too few
 * scores for the 95% bounds, they move out in proportion to the 80% ones.
 */
export function calibratedScales(scoresByStep: readonly (readonly number[])[]): IntervalScale[] {
  return scoresByStep.map((_, i) => {
    const pool = scoresByStep.slice(Math.max(0, i - 1), i + 2).flat();
    const b80 = conformalBounds(pool, 0.8);
    const lower80 = Math.min(-Z80, b80?.lower ?? -Z80);
    const upper80 = Math.max(Z80, b80?.upper ?? Z80);
    const b95 = conformalBounds(pool, 0.95);
    return {
      lower80,
      upper80,
      lower95: Math.min(-Z95, b95?.lower ?? (lower80 * Z95) / Z80, lower80),
      upper95: Math.max(Z95, b95?.upper ?? (upper80 * Z95) / Z80, upper80),
    };
  });
}

export interface OriginForecast {
  /** Index of the first forecast value in the series. */
  origin: number;
  points: ForecastPoint[];
  actuals: number[];
}

/**
 * Rolling-origin evaluation: the forecaster is given values[0, origin) and forecasts up to
 * `horizon` steps, for each of the last `origins` origins whose whole horizon is observed.
 * Origins whose training part the forecaster declines (null) are left out.
 */
export function rollingOrigin(
  values: readonly number[],
  horizon: number,
  origins: number,
  forecaster: (train: readonly number[], horizon: number) => ForecastPoint[] | null,
  step = 1,
): OriginForecast[] {
  requirePositiveInteger(horizon, 'horizon');
  requirePositiveInteger(origins, 'origins');
  requirePositiveInteger(step, 'step');
  const results: OriginForecast[] = [];
  const last = values.length - horizon;
  for (let k = origins - 1; k >= 0; k--) {
    const origin = last - k * step;
    if (origin < 1) continue;
    const points = forecaster(values.slice(0, origin), horizon);
    if (points === null) continue;
    results.push({ origin, points, actuals: values.slice(origin, origin + horizon) });
  }
  return results;
}

/** Mean absolute error over every step of every origin (null when there are none). */
export function backtestMae(results: readonly OriginForecast[]): number | null {
  const errors = results.flatMap((r) => r.points.map((p, i) => Math.abs(r.actuals[i] - p.mean)));
  return errors.length === 0 ? null : errors.reduce((a, b) => a + b, 0) / errors.length;
}

const fittedPoints =
  (method: ForecastMethod, seasonLength: number | null, nonNegative: boolean) =>
  (train: readonly number[], horizon: number): ForecastPoint[] | null => {
    const model = fitModel(method, train, seasonLength);
    return model === null ? null : predict(model, horizon, nonNegative);
  };

interface MethodBacktest {
  mae: number | null;
  origins: number;
  /** Interval multipliers per step, calibrated on the back-test's errors at that step. */
  scales: IntervalScale[];
}

/**
 * One method's rolling-origin back-test: its mean absolute error, and its errors in units of
 * the forecast's standard deviation, per step. The model's variance assumes the model
 * and its parameters are right; out-of-sample errors show how far they are not.
 */
function backtestMethod(
  values: readonly number[],
  horizon: number,
  origins: number,
  method: ForecastMethod,
  seasonLength: number | null,
  nonNegative: boolean,
): MethodBacktest {
  const scores: number[][] = Array.from({ length: horizon }, () => []);
  const results = rollingOrigin(values, horizon, origins, (train, h) => {
    const model = fitModel(method, train, seasonLength);
    if (model === null) return null;
    const points = predict(model, h, nonNegative);
    points.forEach((point, i) => {
      const sd = Math.sqrt(model.variance(i + 1));
      // Scored against the forecast as shown (clipped at zero for counts).
      if (sd > 0) scores[i].push((values[train.length + i] - point.mean) / sd);
    });
    return points;
  });
  return {
    mae: backtestMae(results),
    origins: results.length,
    scales: calibratedScales(scores),
  };
}

/**
 * Forecast `horizon` periods after `values` (a dense count series, oldest first). Each method
 * the series is long enough for is back-tested from the last `origins` origins; the one with
 * the smallest mean absolute error is refitted on the whole series. Its intervals reach as many
 * standard deviations as its own back-test errors at that horizon did (conformal calibration,
 * from origins before the forecast's only; never narrower than the model's normal intervals):
 * choosing the best of several models and estimating its parameters both make the textbook
 * intervals too narrow. With too little history to back-test, the simplest fitting method is
 * used and the back-test figures are null.
 */
export function forecastSeries(
  values: readonly number[],
  options: ForecastOptions,
): SeriesForecast {
  const { horizon, seasonLength, origins = 8, nonNegative = true } = options;
  requireFiniteValues(values, 'values');
  requirePositiveInteger(horizon, 'horizon');
  requirePositiveInteger(origins, 'origins');
  if (seasonLength !== null) requirePositiveInteger(seasonLength, 'seasonLength');
  const methods = options.methods ?? FORECAST_METHODS;
  const fits = methods.filter((m) => values.length >= minimumLength(m, seasonLength));
  if (fits.length === 0) {
    throw new SignalsInputError(
      'values',
      `must hold at least ${minimumLength('naive', null)} values`,
      values.length,
    );
  }
  // Only methods fitted at every origin compete, so their errors are over the same weeks.
  const earliest = values.length - horizon - (origins - 1);
  const tested = fits.filter((m) => earliest >= minimumLength(m, seasonLength));
  let best: ({ method: ForecastMethod; mae: number } & MethodBacktest) | null = null;
  for (const method of tested) {
    const scored = backtestMethod(values, horizon, origins, method, seasonLength, nonNegative);
    const { mae } = scored;
    if (mae !== null && (best === null || mae < best.mae)) best = { ...scored, method, mae };
  }
  const method = best?.method ?? fits[0];
  const model = fitModel(method, values, seasonLength) as FittedModel;
  const naive =
    best === null
      ? null
      : backtestMae(
          rollingOrigin(values, horizon, origins, fittedPoints('naive', null, nonNegative)),
        );
  return {
    method,
    seasonLength: model.seasonLength,
    points: predict(model, horizon, nonNegative, best?.scales),
    backtestMae: best?.mae ?? null,
    naiveMae: naive,
    backtestOrigins: best?.origins ?? 0,
  };
}

export interface CapacityExcess {
  step: number;
  /** Forecast minus capacity (positive: over). */
  centralExcess: number;
  /** Upper 80% bound minus capacity. */
  upperExcess: number;
  /** central: the expected arrivals exceed capacity; upper: only the plausible high does. */
  level: 'central' | 'upper';
}

/**
 * The forecast steps whose arrivals would exceed `capacity` (items a period): "central" when
 * the forecast itself does, "upper" when only the upper 80% bound does.
 */
export function capacityExcesses(
  points: readonly ForecastPoint[],
  capacity: number,
): CapacityExcess[] {
  if (!(capacity >= 0) || !Number.isFinite(capacity)) {
    throw new SignalsInputError('capacity', 'must be a finite number ≥ 0', capacity);
  }
  return points
    .filter((p) => p.upper80 > capacity)
    .map((p) => ({
      step: p.step,
      centralExcess: p.mean - capacity,
      upperExcess: p.upper80 - capacity,
      level: p.mean > capacity ? 'central' : 'upper',
    }));
}
