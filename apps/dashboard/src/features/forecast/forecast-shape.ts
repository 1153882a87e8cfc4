// Pure helpers of the Forecast page: its URL state, the chart's rows and the CSV export.
import type { ArrivalsForecastQuery, ForecastRisk } from '../../graphql/generated/graphql';
import { csvDocument } from '../../lib/csv';
import { formatShortDate } from '../../lib/format';

export type TeamForecast = ArrivalsForecastQuery['arrivalsForecast']['teams'][number];

export const HORIZONS = [4, 5, 6, 7, 8] as const;
export const DEFAULT_HORIZON = 6;
/** Past weeks drawn before the forecast (the models learn from up to two years). */
export const SHOWN_HISTORY = 26;
export const TEAM_PARAM = 'team';
export const WEEKS_PARAM = 'weeks';

/** Horizon from ?weeks=, falling back to the default for anything the API would refuse. */
export function readHorizon(params: URLSearchParams): number {
  const weeks = Number(params.get(WEEKS_PARAM));
  return (HORIZONS as readonly number[]).includes(weeks) ? weeks : DEFAULT_HORIZON;
}

export function withParam(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(name, value);
  return next;
}

/** The team in ?team=, or the most at risk (the API lists it first). */
export function selectedTeam(
  teams: readonly TeamForecast[],
  params: URLSearchParams,
): TeamForecast | null {
  const id = params.get(TEAM_PARAM);
  return teams.find((t) => t.team.id === id) ?? teams[0] ?? null;
}

export const RISK_LABELS: Record<ForecastRisk, string> = {
  EXCEEDS: 'Over capacity',
  MAY_EXCEED: 'May exceed',
  OK: 'Within capacity',
  UNKNOWN: 'Capacity unknown',
};

export interface ForecastRow {
  week: string;
  arrivals: number | null;
  expected: number | null;
  band80: [number, number] | null;
  band95: [number, number] | null;
  capacity: number | null;
}

/** The last SHOWN_HISTORY weeks and the forecast weeks; the line joins at the last past week. */
export function chartRows(team: TeamForecast): ForecastRow[] {
  const capacity = team.capacityPerWeek ?? null;
  const history = team.history.slice(-SHOWN_HISTORY);
  const rows: ForecastRow[] = history.map((week, i) => {
    const last = i === history.length - 1;
    return {
      week: week.weekStart,
      arrivals: week.arrivals,
      // The forecast line starts from the last count, so the two lines meet.
      expected: last ? week.arrivals : null,
      band80: last ? [week.arrivals, week.arrivals] : null,
      band95: last ? [week.arrivals, week.arrivals] : null,
      capacity,
    };
  });
  for (const week of team.weeks) {
    rows.push({
      week: week.weekStart,
      arrivals: null,
      expected: week.expected,
      band80: [week.lower80, week.upper80],
      band95: [week.lower95, week.upper95],
      capacity,
    });
  }
  return rows;
}

/** The back-test in words: how far off the method was, against repeating last week. */
export function modelText(model: TeamForecast['model']): string {
  if (model.backtestMae == null || model.backtestOrigins === 0)
    return `${model.label}; too little history to back-test.`;
  const naive =
    model.naiveMae != null ? ` (repeating last week's count: ${model.naiveMae.toFixed(1)})` : '';
  return `${model.label}, chosen because its forecasts from the last ${model.backtestOrigins} weeks were closest: off by ${model.backtestMae.toFixed(1)} items a week on average${naive}.`;
}

const round = (value: number | null | undefined) =>
  value == null ? null : Math.round(value * 10) / 10;

/** One row per team and week: past counts, then forecasts with intervals and excess over capacity. */
export function forecastCsv(teams: readonly TeamForecast[]): string {
  const rows = teams.flatMap((t) => [
    ...t.history.map((w) => [
      t.team.name,
      w.weekStart,
      'actual',
      w.arrivals,
      null,
      null,
      null,
      null,
      round(t.capacityPerWeek),
      null,
      RISK_LABELS[t.risk],
    ]),
    ...t.weeks.map((w) => [
      t.team.name,
      w.weekStart,
      'forecast',
      round(w.expected),
      round(w.lower80),
      round(w.upper80),
      round(w.lower95),
      round(w.upper95),
      round(t.capacityPerWeek),
      round(w.excess),
      RISK_LABELS[t.risk],
    ]),
  ]);
  return csvDocument(
    [
      'team',
      'week_start',
      'kind',
      'arrivals',
      'lower_80',
      'upper_80',
      'lower_95',
      'upper_95',
      'capacity_per_week',
      'over_capacity',
      'risk',
    ],
    rows,
  );
}

/** Expected arrivals against capacity: "+4.7" over, "3.2 below" under (one decimal below 10). */
export function formatExcess(excess: number | null | undefined): string {
  if (excess == null) return '–';
  const size = Math.abs(excess);
  const text = size < 10 ? size.toFixed(1) : String(Math.round(size));
  return excess > 0 ? `+${text}` : `${text} below`;
}

export const weekLabel = (day: string) => `week of ${formatShortDate(day)}`;
