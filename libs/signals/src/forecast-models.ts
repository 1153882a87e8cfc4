// The forecasting models: naive, seasonal naive, and the additive exponential-smoothing family
// (simple smoothing, Holt's trend, Holt–Winters with seasons), each with its h-step forecast
// variance from Hyndman, Koehler, Ord & Snyder (2008), "Forecasting with Exponential
// Smoothing", table 6.1 (class 1 models). Parameters are chosen by a grid search on the
// one-step errors: deterministic, fast on short weekly series, and good enough for counts.

export type ForecastMethod =
  'naive' | 'seasonal-naive' | 'simple-smoothing' | 'holt' | 'seasonal-smoothing' | 'holt-winters';

export const FORECAST_METHODS: readonly ForecastMethod[] = [
  'naive',
  'seasonal-naive',
  'simple-smoothing',
  'holt',
  'seasonal-smoothing',
  'holt-winters',
];

export interface SmoothingParameters {
  alpha: number;
  beta: number;
  gamma: number;
}

export interface FittedModel {
  method: ForecastMethod;
  /** Season length used (null for models without seasons). */
  seasonLength: number | null;
  parameters: SmoothingParameters | null;
  /** Variance of the one-step errors. */
  sigma2: number;
  /** Point forecasts for steps 1..horizon after the last value. */
  forecast(horizon: number): number[];
  /** Variance of the h-step forecast error. */
  variance(step: number): number;
}

const ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
const BETAS = [0.01, 0.05, 0.1, 0.2];
const GAMMAS = [0.01, 0.05, 0.1, 0.2, 0.3];
/** Values needed after the first season before a seasonal smoothing model is fitted. */
const SEASONAL_EXTRA = 4;

const isSeasonal = (method: ForecastMethod) =>
  method === 'seasonal-naive' || method === 'seasonal-smoothing' || method === 'holt-winters';

/** Fewest values a method needs to be fitted (and to estimate its error variance). */
export function minimumLength(method: ForecastMethod, seasonLength: number | null): number {
  if (isSeasonal(method)) {
    if (seasonLength === null || seasonLength < 2) return Infinity;
    return method === 'seasonal-naive' ? seasonLength + 2 : seasonLength + SEASONAL_EXTRA;
  }
  return method === 'holt' ? 4 : 3;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function meanSquare(errors: readonly number[], parameters: number): number {
  const sum = errors.reduce((total, e) => total + e * e, 0);
  return sum / Math.max(1, errors.length - parameters);
}

function naive(values: readonly number[]): FittedModel {
  const errors = values.slice(1).map((v, i) => v - values[i]);
  const sigma2 = meanSquare(errors, 0);
  const last = values[values.length - 1];
  return {
    method: 'naive',
    seasonLength: null,
    parameters: null,
    sigma2,
    forecast: (horizon) => Array.from({ length: horizon }, () => last),
    variance: (step) => sigma2 * step,
  };
}

function seasonalNaive(values: readonly number[], m: number): FittedModel {
  const errors = values.slice(m).map((v, i) => v - values[i]);
  const sigma2 = meanSquare(errors, 0);
  const n = values.length;
  return {
    method: 'seasonal-naive',
    seasonLength: m,
    parameters: null,
    sigma2,
    forecast: (horizon) => Array.from({ length: horizon }, (_, i) => values[n - m + (i % m)]),
    variance: (step) => sigma2 * (Math.floor((step - 1) / m) + 1),
  };
}

interface SmoothingShape {
  trend: boolean;
  season: number | null;
}

interface SmoothingRun {
  sse: number;
  errors: number[];
  level: number;
  trend: number;
  /** The last m seasonal states, oldest first (empty without seasons). */
  seasons: number[];
}

/** Initial states: level and trend from the first season(s), seasons as deviations from the level. */
function initialStates(values: readonly number[], shape: SmoothingShape) {
  const m = shape.season;
  if (m === null) {
    return {
      level: values[0],
      trend: shape.trend ? (values[Math.min(3, values.length - 1)] - values[0]) / 3 : 0,
      seasons: [] as number[],
      start: 1,
    };
  }
  // The first season's mean sits at its middle; seasons are what is left once the trend through
  // that middle is taken off, and the level is carried to the season's last value.
  const first = values.slice(0, m);
  const middle = mean(first);
  const second = values.length >= 2 * m ? values.slice(m, 2 * m) : null;
  const trend = shape.trend && second ? (mean(second) - middle) / m : 0;
  const centre = (m - 1) / 2;
  return {
    level: middle + centre * trend,
    trend,
    seasons: first.map((v, i) => v - (middle + (i - centre) * trend)),
    start: m,
  };
}

/** Error-correction form of the additive models: ŷ = ℓ + b + s; ℓ += b + αe; b += βe; s += γe. */
function runSmoothing(
  values: readonly number[],
  shape: SmoothingShape,
  { alpha, beta, gamma }: SmoothingParameters,
): SmoothingRun {
  const init = initialStates(values, shape);
  let { level, trend } = init;
  const seasons = [...init.seasons];
  const errors: number[] = [];
  let sse = 0;
  for (let t = init.start; t < values.length; t++) {
    const season = shape.season === null ? 0 : seasons[seasons.length - shape.season];
    const error = values[t] - (level + trend + season);
    errors.push(error);
    sse += error * error;
    level = level + trend + alpha * error;
    if (shape.trend) trend = trend + beta * error;
    if (shape.season !== null) seasons.push(season + gamma * error);
  }
  return {
    sse,
    errors,
    level,
    trend,
    seasons: shape.season === null ? [] : seasons.slice(-shape.season),
  };
}

/** h-step variance factors of the additive models (Hyndman et al. 2008, table 6.1). */
function smoothingVariance(
  sigma2: number,
  shape: SmoothingShape,
  { alpha, beta, gamma }: SmoothingParameters,
  step: number,
): number {
  const h = step;
  const trendPart = shape.trend
    ? alpha * alpha + alpha * beta * h + (beta * beta * h * (2 * h - 1)) / 6
    : alpha * alpha;
  let factor = 1 + (h - 1) * trendPart;
  if (shape.season !== null) {
    const m = shape.season;
    const k = Math.floor((h - 1) / m);
    factor += gamma * k * (2 * alpha + gamma + (shape.trend ? beta * m * (k + 1) : 0));
  }
  return sigma2 * factor;
}

function smoothing(
  values: readonly number[],
  method: ForecastMethod,
  shape: SmoothingShape,
): FittedModel {
  const betas = shape.trend ? BETAS : [0];
  const gammas = shape.season === null ? [0] : GAMMAS;
  let best: { run: SmoothingRun; parameters: SmoothingParameters } | null = null;
  for (const alpha of ALPHAS) {
    // β ≤ α and γ ≤ 1 − α keep the models in their usual (forecastable) region.
    for (const beta of betas.filter((b) => b <= alpha)) {
      for (const gamma of gammas.filter((g) => g <= 1 - alpha)) {
        const parameters = { alpha, beta, gamma };
        const run = runSmoothing(values, shape, parameters);
        if (best === null || run.sse < best.run.sse) best = { run, parameters };
      }
    }
  }
  if (best === null) throw new Error('no smoothing parameters tried');
  const { run, parameters } = best;
  const free = 1 + (shape.trend ? 1 : 0) + (shape.season === null ? 0 : 1);
  const sigma2 = meanSquare(run.errors, free);
  return {
    method,
    seasonLength: shape.season,
    parameters,
    sigma2,
    forecast: (horizon) =>
      Array.from(
        { length: horizon },
        (_, i) =>
          run.level +
          (i + 1) * run.trend +
          (shape.season === null ? 0 : run.seasons[i % shape.season]),
      ),
    variance: (step) => smoothingVariance(sigma2, shape, parameters, step),
  };
}

/**
 * A model fitted to `values` (oldest first); null when the series is too short for the method
 * (see minimumLength) or the method needs a season length and has none.
 */
export function fitModel(
  method: ForecastMethod,
  values: readonly number[],
  seasonLength: number | null,
): FittedModel | null {
  if (values.length < minimumLength(method, seasonLength)) return null;
  const m = seasonLength ?? 0;
  switch (method) {
    case 'naive':
      return naive(values);
    case 'seasonal-naive':
      return seasonalNaive(values, m);
    case 'simple-smoothing':
      return smoothing(values, method, { trend: false, season: null });
    case 'holt':
      return smoothing(values, method, { trend: true, season: null });
    case 'seasonal-smoothing':
      return smoothing(values, method, { trend: false, season: m });
    case 'holt-winters':
      return smoothing(values, method, { trend: true, season: m });
  }
}
