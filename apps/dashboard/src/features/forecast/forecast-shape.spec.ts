import { care } from '../../test/insight-fixtures';
import { aForecast, aTeamForecast } from './forecast-fixtures';
import {
  chartRows,
  forecastCsv,
  formatExcess,
  modelText,
  readHorizon,
  selectedTeam,
  SHOWN_HISTORY,
} from './forecast-shape';

describe('forecast shape', () => {
  it('reads the horizon from the URL, falling back to 6 weeks for anything the API refuses', () => {
    expect(readHorizon(new URLSearchParams('weeks=8'))).toBe(8);
    expect(readHorizon(new URLSearchParams('weeks=9'))).toBe(6);
    expect(readHorizon(new URLSearchParams('weeks=abc'))).toBe(6);
    expect(readHorizon(new URLSearchParams())).toBe(6);
  });

  it('selects the team in the URL, else the first (most at risk)', () => {
    const { teams } = aForecast().arrivalsForecast;
    expect(selectedTeam(teams, new URLSearchParams(`team=${care.id}`))?.team.name).toBe(
      'Customer Care',
    );
    expect(selectedTeam(teams, new URLSearchParams('team=gone'))?.team.name).toBe(
      'Repairs & Installations',
    );
    expect(selectedTeam([], new URLSearchParams())).toBeNull();
  });

  it('joins the forecast line to the last past week and carries the bands and capacity', () => {
    const team = aTeamForecast(care, { risk: 'OK', level: 50, expected: 52, capacity: 90 });
    const rows = chartRows(team);
    expect(rows).toHaveLength(Math.min(SHOWN_HISTORY, 25) + 6);
    const lastPast = rows[24];
    expect(lastPast).toMatchObject({ arrivals: 50, expected: 50, band80: [50, 50] });
    expect(rows[25]).toEqual({
      week: '2026-11-16',
      arrivals: null,
      expected: 52,
      band80: [42, 62],
      band95: [36, 68],
      capacity: 90,
    });
    expect(rows[0]).toMatchObject({ expected: null, band80: null, capacity: 90 });
  });

  it('explains the model with its back-tested error against the naive forecast', () => {
    const team = aTeamForecast(care, { risk: 'OK', level: 50, expected: 52, capacity: 90 });
    expect(modelText(team.model)).toBe(
      "Holt–Winters (level, trend and week-of-year seasons), chosen because its forecasts from the last 8 weeks were closest: off by 4.2 items a week on average (repeating last week's count: 6.5).",
    );
    expect(modelText({ ...team.model, backtestMae: null, backtestOrigins: 0 })).toBe(
      'Holt–Winters (level, trend and week-of-year seasons); too little history to back-test.',
    );
  });

  it('writes arrivals against capacity as over (+) or below', () => {
    expect(formatExcess(4.66)).toBe('+4.7');
    expect(formatExcess(-0.04)).toBe('0.0 below');
    expect(formatExcess(-23.6)).toBe('24 below');
    expect(formatExcess(null)).toBe('–');
  });

  it('exports every team’s past and forecast weeks as CSV', () => {
    const csv = forecastCsv(aForecast(4).arrivalsForecast.teams);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'team,week_start,kind,arrivals,lower_80,upper_80,lower_95,upper_95,capacity_per_week,over_capacity,risk',
    );
    expect(lines).toHaveLength(1 + 2 * (25 + 4));
    expect(lines).toContain(
      'Repairs & Installations,2026-11-16,forecast,112.4,102.4,122.4,96.4,128.4,104,8.4,Over capacity',
    );
    expect(lines[1]).toBe('Repairs & Installations,2026-05-25,actual,100,,,,,104,,Over capacity');
  });
});
