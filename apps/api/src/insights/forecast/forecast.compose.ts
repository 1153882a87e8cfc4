// Pure: one team's weekly arrivals → its forecast against capacity, with the overload warning
// in words. The statistics are @fulcrum/signals' forecastSeries and capacityExcesses.
import {
  capacityExcesses,
  forecastSeries,
  formatAmount,
  formatBucket,
  formatPercent,
  WEEK_MS,
  type ForecastMethod,
  type ForecastPoint,
} from '@fulcrum/signals';
import type { NamedRef } from '../read-model/scope.types';
import { dayOf, type Filter } from '../read-model/scope';
import { filterDrilldown } from '../read-model/sql';
import { ForecastRisk, type TeamForecast } from './forecast.types';

/** Week-of-year seasons: used once the history is long enough for the seasonal methods. */
export const SEASON_WEEKS = 52;
/** Fewest whole weeks of history before a team is forecast. */
export const MIN_HISTORY_WEEKS = 8;
/** Forecast origins in the back-test that chooses the method. */
export const BACKTEST_ORIGINS = 8;

const METHOD_LABELS: Record<ForecastMethod, string> = {
  naive: "last week's count",
  'seasonal-naive': 'the same week a year earlier',
  'simple-smoothing': 'exponential smoothing (level)',
  holt: "Holt's exponential smoothing (level and trend)",
  'seasonal-smoothing': 'exponential smoothing with week-of-year seasons',
  'holt-winters': 'Holt–Winters (level, trend and week-of-year seasons)',
};

export interface TeamArrivals {
  team: NamedRef;
  /** Monday of the first history week (epoch ms); the series is dense, oldest first. */
  from: number;
  arrivals: number[];
  capacityPerWeek: number | null;
  capacityBasis: string;
}

const week = (ms: number) => formatBucket(ms, 'week');

/** The warning in words: how many weeks over, by how much and when at worst. */
export function capacitySummary(
  points: readonly ForecastPoint[],
  capacity: number | null,
  firstWeek: number,
  capacityBasis: string,
): { risk: ForecastRisk; summary: string } {
  const horizon = points.length;
  const weekOf = (step: number) => week(firstWeek + (step - 1) * WEEK_MS);
  if (capacity === null) {
    return {
      risk: ForecastRisk.UNKNOWN,
      summary: `No capacity to compare with. ${capacityBasis}`,
    };
  }
  const excesses = capacityExcesses(points, capacity);
  const central = excesses.filter((e) => e.level === 'central');
  if (central.length > 0) {
    const worst = central.reduce((a, b) => (b.centralExcess > a.centralExcess ? b : a));
    return {
      risk: ForecastRisk.EXCEEDS,
      summary: `Expected arrivals exceed capacity (${formatAmount(capacity)} a week) in ${central.length} of the next ${horizon} weeks, by up to ${formatAmount(worst.centralExcess)} items (${formatPercent(worst.centralExcess / Math.max(capacity, 1))}) in the ${weekOf(worst.step)}.`,
    };
  }
  if (excesses.length > 0) {
    const worst = excesses.reduce((a, b) => (b.upperExcess > a.upperExcess ? b : a));
    return {
      risk: ForecastRisk.MAY_EXCEED,
      summary: `Arrivals may exceed capacity (${formatAmount(capacity)} a week) in ${excesses.length} of the next ${horizon} weeks: the upper 80% bound is up to ${formatAmount(worst.upperExcess)} above it in the ${weekOf(worst.step)}; the expected arrivals stay below.`,
    };
  }
  const highest = points.reduce((a, b) => (b.upper80 > a.upper80 ? b : a));
  return {
    risk: ForecastRisk.OK,
    summary: `Arrivals stay below capacity (${formatAmount(capacity)} a week) in all ${horizon} weeks, even at the upper 80% bound (highest ${formatAmount(highest.upper80)} in the ${weekOf(highest.step)}).`,
  };
}

/** One team's forecast; the first forecast week is the week after the history. */
export function teamForecast(series: TeamArrivals, horizon: number, filter: Filter): TeamForecast {
  const firstWeek = series.from + series.arrivals.length * WEEK_MS;
  const result = forecastSeries(series.arrivals, {
    horizon,
    seasonLength: SEASON_WEEKS,
    origins: BACKTEST_ORIGINS,
  });
  const capacity = series.capacityPerWeek;
  const over = (value: number) => (capacity === null ? null : value - capacity);
  return {
    team: series.team,
    ...capacitySummary(result.points, capacity, firstWeek, series.capacityBasis),
    capacityPerWeek: capacity,
    capacityBasis: series.capacityBasis,
    model: {
      method: result.method,
      label: METHOD_LABELS[result.method],
      seasonWeeks: result.seasonLength,
      backtestMae: result.backtestMae,
      naiveMae: result.naiveMae,
      backtestOrigins: result.backtestOrigins,
    },
    history: series.arrivals.map((arrivals, i) => {
      const start = series.from + i * WEEK_MS;
      return {
        weekStart: dayOf(start),
        arrivals,
        drilldown: filterDrilldown(filter, {
          teamIds: [series.team.id],
          receivedFrom: new Date(start),
          receivedTo: new Date(start + WEEK_MS),
        }),
      };
    }),
    weeks: result.points.map((p) => ({
      weekStart: dayOf(firstWeek + (p.step - 1) * WEEK_MS),
      expected: p.mean,
      lower80: p.lower80,
      upper80: p.upper80,
      lower95: p.lower95,
      upper95: p.upper95,
      excess: over(p.mean),
      upperExcess: over(p.upper80),
    })),
  };
}

const RISK_ORDER: Record<ForecastRisk, number> = {
  [ForecastRisk.EXCEEDS]: 0,
  [ForecastRisk.MAY_EXCEED]: 1,
  [ForecastRisk.OK]: 2,
  [ForecastRisk.UNKNOWN]: 3,
};

/** Most at risk first; within a risk, the largest upper excess (share of capacity) first. */
export function byRisk(a: TeamForecast, b: TeamForecast): number {
  const peak = (t: TeamForecast) =>
    t.capacityPerWeek ? Math.max(...t.weeks.map((w) => w.upper80)) / t.capacityPerWeek : 0;
  return RISK_ORDER[a.risk] - RISK_ORDER[b.risk] || peak(b) - peak(a);
}

/** Capacity a week from busy-week completions per person and the staff now available. */
export function weeklyCapacity(
  perStaff: number | null,
  staff: number,
  vacancies: number,
): { capacityPerWeek: number | null; capacityBasis: string } {
  const available = Math.max(0, staff - vacancies);
  const staffWords = `${available} staff available (${staff} on the books${vacancies ? `, ${vacancies} unfilled vacanc${vacancies === 1 ? 'y' : 'ies'}` : ''})`;
  if (staff === 0) {
    return { capacityPerWeek: null, capacityBasis: 'Unknown: the team has no staff count.' };
  }
  if (perStaff === null) {
    return {
      capacityPerWeek: null,
      capacityBasis: `Unknown: fewer than 8 weeks of completions; ${staffWords}.`,
    };
  }
  return {
    capacityPerWeek: perStaff * available,
    capacityBasis: `${formatAmount(perStaff)} completions per person in a busy week (90th percentile of the last 52 weeks) × ${staffWords}.`,
  };
}
