// Answers of the forecast query for the page's specs, shaped as the document selects them.
import { aDrilldown, care, repairs, TEAM_CARE, TEAM_REPAIRS } from '../../test/insight-fixtures';
import type { TeamForecast } from './forecast-shape';

// The fixtures' drill-downs hold plain strings where the generated types name enums.
type Drill = TeamForecast['history'][number]['drilldown'];

type Ref = typeof care;

const mondays = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${first}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10),
  );

/** A team with `weeks` past weeks of `level` items and a forecast of `expected` a week. */
export function aTeamForecast(
  team: Ref,
  {
    risk,
    level,
    expected,
    capacity,
    horizon = 6,
    summary = `${team.name} summary`,
  }: {
    risk: 'EXCEEDS' | 'MAY_EXCEED' | 'OK' | 'UNKNOWN';
    level: number;
    expected: number;
    capacity: number | null;
    horizon?: number;
    summary?: string;
  },
) {
  const history = mondays('2026-05-25', 25);
  return {
    __typename: 'TeamForecast' as const,
    team,
    risk,
    summary,
    capacityPerWeek: capacity,
    capacityBasis: 'Capacity basis in words.',
    model: {
      __typename: 'ForecastModel' as const,
      method: 'holt-winters',
      label: 'Holt–Winters (level, trend and week-of-year seasons)',
      seasonWeeks: 52,
      backtestMae: 4.2,
      naiveMae: 6.5,
      backtestOrigins: 8,
    },
    history: history.map((weekStart, i) => ({
      __typename: 'ForecastHistoryWeek' as const,
      weekStart,
      arrivals: level + (i % 3),
      drilldown: aDrilldown({
        teamIds: [team.id],
        receivedFrom: `${weekStart}T00:00:00.000Z`,
        receivedTo: `${mondays(weekStart, 2)[1]}T00:00:00.000Z`,
      }) as Drill,
    })),
    weeks: mondays('2026-11-16', horizon).map((weekStart) => ({
      __typename: 'ForecastWeek' as const,
      weekStart,
      expected,
      lower80: expected - 10,
      upper80: expected + 10,
      lower95: expected - 16,
      upper95: expected + 16,
      excess: capacity === null ? null : expected - capacity,
      upperExcess: capacity === null ? null : expected + 10 - capacity,
    })),
  };
}

export function aForecast(horizon = 6) {
  return {
    arrivalsForecast: {
      __typename: 'ArrivalsForecast' as const,
      firstWeek: '2026-11-16',
      horizonWeeks: horizon,
      notes: [] as string[],
      teams: [
        aTeamForecast(repairs, {
          risk: 'EXCEEDS',
          level: 100,
          expected: 112.4,
          capacity: 104,
          horizon,
          summary:
            'Expected arrivals exceed capacity (104 a week) in 6 of the next 6 weeks, by up to 8 items (8%) in the week of 16 Nov 2026.',
        }),
        aTeamForecast(care, { risk: 'OK', level: 50, expected: 52, capacity: 90, horizon }),
      ],
    },
  };
}

export { TEAM_CARE, TEAM_REPAIRS };
