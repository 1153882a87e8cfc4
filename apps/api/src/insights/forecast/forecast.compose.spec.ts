import type { ForecastPoint } from '@fulcrum/signals';
import { EMPTY_FILTER } from '../read-model/scope';
import { byRisk, capacitySummary, teamForecast, weeklyCapacity } from './forecast.compose';
import { ForecastRisk } from './forecast.types';

const MONDAY = Date.parse('2026-11-02T00:00:00Z');
const point = (step: number, mean: number, upper80: number): ForecastPoint => ({
  step,
  mean,
  lower80: mean - 10,
  upper80,
  lower95: mean - 15,
  upper95: upper80 + 5,
});

describe('capacitySummary', () => {
  const points = [point(1, 80, 95), point(2, 90, 104), point(3, 104, 118)];

  it('warns when the expected arrivals exceed capacity, with how much and when', () => {
    expect(capacitySummary(points, 100, MONDAY, 'basis')).toEqual({
      risk: ForecastRisk.EXCEEDS,
      summary:
        'Expected arrivals exceed capacity (100 a week) in 1 of the next 3 weeks, by up to 4 items (4%) in the week of 16 Nov 2026.',
    });
  });

  it('says "may exceed" when only the upper 80% bound is over', () => {
    expect(capacitySummary(points, 110, MONDAY, 'basis')).toEqual({
      risk: ForecastRisk.MAY_EXCEED,
      summary:
        'Arrivals may exceed capacity (110 a week) in 1 of the next 3 weeks: the upper 80% bound is up to 8 above it in the week of 16 Nov 2026; the expected arrivals stay below.',
    });
  });

  it('is calm below capacity, and says when it cannot judge', () => {
    expect(capacitySummary(points, 120, MONDAY, 'basis').risk).toBe(ForecastRisk.OK);
    expect(capacitySummary(points, null, MONDAY, 'Unknown: the team has no staff count.')).toEqual({
      risk: ForecastRisk.UNKNOWN,
      summary: 'No capacity to compare with. Unknown: the team has no staff count.',
    });
  });
});

describe('weeklyCapacity', () => {
  it('multiplies busy-week completions per person by the staff not lost to vacancies', () => {
    expect(weeklyCapacity(12.5, 8, 2)).toEqual({
      capacityPerWeek: 75,
      capacityBasis:
        '13 completions per person in a busy week (90th percentile of the last 52 weeks) × 6 staff available (8 on the books, 2 unfilled vacancies).',
    });
    expect(weeklyCapacity(null, 8, 0).capacityPerWeek).toBeNull();
    // Without a staff count there is nothing to multiply: unknown, not zero.
    expect(weeklyCapacity(12.5, 0, 0)).toEqual({
      capacityPerWeek: null,
      capacityBasis: 'Unknown: the team has no staff count.',
    });
    // Everyone gone is a real zero.
    expect(weeklyCapacity(12.5, 2, 2).capacityPerWeek).toBe(0);
  });
});

describe('teamForecast', () => {
  // A steady team: 100 items a week with a small wobble, capacity 90 → every week is over.
  const arrivals = Array.from({ length: 30 }, (_, i) => 100 + (i % 3) - 1);
  const forecast = teamForecast(
    {
      team: { id: 't1', name: 'Care' },
      from: MONDAY,
      arrivals,
      capacityPerWeek: 90,
      capacityBasis: 'given',
    },
    4,
    EMPTY_FILTER,
  );

  it('forecasts from the week after the history, with the excess over capacity', () => {
    expect(forecast.weeks.map((w) => w.weekStart)).toEqual([
      '2027-05-31',
      '2027-06-07',
      '2027-06-14',
      '2027-06-21',
    ]);
    for (const w of forecast.weeks) {
      expect(w.expected).toBeGreaterThan(97);
      expect(w.expected).toBeLessThan(102);
      expect(w.excess).toBeCloseTo(w.expected - 90, 9);
    }
    expect(forecast.risk).toBe(ForecastRisk.EXCEEDS);
    expect(forecast.model.backtestOrigins).toBe(8);
  });

  it("drills each past week down to the team's items received in it", () => {
    expect(forecast.history).toHaveLength(30);
    expect(forecast.history[1]).toMatchObject({
      weekStart: '2026-11-09',
      arrivals: 100,
      drilldown: {
        teamIds: ['t1'],
        receivedFrom: new Date('2026-11-09T00:00:00Z'),
        receivedTo: new Date('2026-11-16T00:00:00Z'),
      },
    });
  });

  it('puts the teams most at risk first', () => {
    const calm = { ...forecast, risk: ForecastRisk.OK };
    const unknown = { ...forecast, risk: ForecastRisk.UNKNOWN };
    expect([unknown, calm, forecast].sort(byRisk).map((t) => t.risk)).toEqual([
      ForecastRisk.EXCEEDS,
      ForecastRisk.OK,
      ForecastRisk.UNKNOWN,
    ]);
  });
});
