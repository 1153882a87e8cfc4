// Forecasts of a count series with prediction intervals: the model is chosen by a rolling-origin
// back-test on the series itself (the one whose forecasts from the last few origins were
// closest), and the intervals come from that model's h-step error variance. Then the weeks
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
 * The fitted model's forecast with 80% and 95% normal prediction intervals; `widen` multiplies
 * their half-widths (see forecastSeries).
 */
export function predict(
  model: FittedModel,
  horizon: number,
  nonNegative = true,
  widen = 1,
): ForecastPoint[] {
  const clip = (v: number) => (nonNegative ? Math.max(0, v) : v);
  return model.forecast(horizon).map((mean, i) => {
    const sd = widen * Math.sqrt(model.variance(i + 1));
    return {
      step: i + 1,
      mean: clip(mean),
      lower80: clip(mean - Z80 * sd),
      upper80: clip(mean + Z80 * sd),
      lower95: clip(mean - Z95 * sd),
      upper95: clip(mean + Z95 * sd),
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
  /** How much wider the back-test errors ran than the model's own variance said (≥ 1). */
  widen: number;
}

/**
 * One method's rolling-origin back-test: its mean absolute error, and the root mean square of
 * its errors in units of the forecast's standard deviation. The model's variance assumes the
 * model and its parameters are right; out-of-sample errors show how far they are not.
 */
function backtestMethod(
  values: readonly number[],
  horizon: number,
  origins: number,
  method: ForecastMethod,
  seasonLength: number | null,
  nonNegative: boolean,
): MethodBacktest {
  const squares: number[] = [];
  const results = rollingOrigin(values, horizon, origins, (train, h) => {
    const model = fitModel(method, train, seasonLength);
    if (model === null) return null;
    model.forecast(h).forEach((expected, i) => {
      const variance = model.variance(i + 1);
      const actual = values[train.length + i];
      if (variance > 0) squares.push((actual - expected) ** 2 / variance);
    });
    return predict(model, h, nonNegative);
  });
  const spread =
    squares.length === 0 ? 1 : Math.sqrt(squares.reduce((a, b) => a + b, 0) / squares.length);
  return { mae: backtestMae(results), origins: results.length, widen: Math.max(1, spread) };
}

/**
 * Forecast `horizon` periods after `values` (a dense count series, oldest first). Each method
 * the series is long enough for is back-tested from the last `origins` origins; the one with
 * the smallest mean absolute error is refitted on the whole series. Its intervals are widened
 * (never narrowed) by how far its back-test errors spread beyond its own variance: choosing the
 * best of several models and estimating its parameters both make the textbook intervals too
 * narrow. With too little history to back-test, the simplest fitting method is used and the
 * back-test figures are null.
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
    points: predict(model, horizon, nonNegative, best?.widen ?? 1),
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
