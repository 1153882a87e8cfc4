import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import { Clock } from '../../src/common/clock';
import { seedDemoData } from '../../src/demo/seed-demo-data';
import { type Caller, startTestApp, type TestApp } from '../support/test-app';

/** A Wednesday: the demo is seeded as of it and the API's clock stands on it. */
const NOW = new Date('2026-11-18T10:00:00Z');
const THIS_MONDAY = '2026-11-16';

const FORECAST = `query ($input: ArrivalsForecastInput!) {
  arrivalsForecast(input: $input) {
    firstWeek horizonWeeks notes
    teams {
      team { id name } risk summary capacityPerWeek capacityBasis
      model { method seasonWeeks backtestMae naiveMae backtestOrigins }
      history { weekStart arrivals drilldown { teamIds receivedFrom receivedTo } }
      weeks { weekStart expected lower80 upper80 lower95 upper95 excess upperExcess }
    }
  }
}`;
const COUNT = `query ($input: DrilldownItemsInput!) { drilldownItems(input: $input) { totalCount } }`;

interface Week {
  weekStart: string;
  expected: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
  excess: number | null;
  upperExcess: number | null;
}
interface TeamForecast {
  team: { id: string; name: string };
  risk: string;
  summary: string;
  capacityPerWeek: number | null;
  model: {
    method: string;
    backtestMae: number | null;
    naiveMae: number | null;
    backtestOrigins: number;
  };
  history: { weekStart: string; arrivals: number; drilldown: Record<string, unknown> }[];
  weeks: Week[];
}
interface Forecast {
  firstWeek: string;
  horizonWeeks: number;
  notes: string[];
  teams: TeamForecast[];
}

describe('arrivals forecast against capacity', () => {
  let api: TestApp;
  let manager: Caller;
  let db: DataSource;

  const forecast = async (input: Record<string, unknown>) =>
    api.graphql<{ arrivalsForecast: Forecast }>(FORECAST, { input }, manager);

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    await seedDemoData(db, {
      items: 3000,
      password: 'demo-password-1',
      replace: true,
      now: NOW,
      log: () => undefined,
    });
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(NOW);
    manager = await api.as(Role.MANAGER);
  }, 600_000);
  afterAll(() => api.close());

  it("forecasts every team from the current week, its history equal to the items each week's drill-down opens", async () => {
    const response = await forecast({ horizonWeeks: 8, historyWeeks: 60 });
    expect(response.errors).toBeUndefined();
    const result = response.data!.arrivalsForecast;
    expect(result).toMatchObject({ firstWeek: THIS_MONDAY, horizonWeeks: 8, notes: [] });
    const [{ count: teams }] = await db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM teams',
    );
    expect(result.teams).toHaveLength(teams);

    for (const team of result.teams) {
      expect(team.history).toHaveLength(60);
      expect(team.history.at(-1)!.weekStart).toBe('2026-11-09');
      expect(team.weeks.map((w) => w.weekStart)[0]).toBe(THIS_MONDAY);
      expect(team.weeks).toHaveLength(8);
      for (const w of team.weeks) {
        expect(w.lower95).toBeLessThanOrEqual(w.lower80);
        expect(w.lower80).toBeLessThanOrEqual(w.expected);
        expect(w.expected).toBeLessThanOrEqual(w.upper80);
        expect(w.upper80).toBeLessThanOrEqual(w.upper95);
        if (team.capacityPerWeek !== null)
          expect(w.excess).toBeCloseTo(w.expected - team.capacityPerWeek, 9);
      }
      // The risk follows the weeks: "exceeds" exactly when a central forecast is over capacity.
      const over = team.weeks.some((w) => (w.excess ?? 0) > 0);
      const mayBeOver = team.weeks.some((w) => (w.upperExcess ?? 0) > 0);
      const expected =
        team.capacityPerWeek === null
          ? 'UNKNOWN'
          : over
            ? 'EXCEEDS'
            : mayBeOver
              ? 'MAY_EXCEED'
              : 'OK';
      expect(team.risk).toBe(expected);
    }

    // The history counts what the database holds, and each week's drill-down opens those items.
    const busiest = result.teams.reduce((a, b) =>
      b.history.reduce((s, w) => s + w.arrivals, 0) > a.history.reduce((s, w) => s + w.arrivals, 0)
        ? b
        : a,
    );
    const [{ count: stored }] = await db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM items WHERE team_id = $1
          AND received_at >= $2::date AND received_at < $3::date`,
      [busiest.team.id, busiest.history[0].weekStart, THIS_MONDAY],
    );
    expect(busiest.history.reduce((s, w) => s + w.arrivals, 0)).toBe(stored);
    for (const week of busiest.history.slice(-3)) {
      const opened = await api.graphql<{ drilldownItems: { totalCount: number } }>(
        COUNT,
        { input: { drilldown: week.drilldown, first: 1 } },
        manager,
      );
      expect(opened.errors).toBeUndefined();
      expect(opened.data!.drilldownItems.totalCount).toBe(week.arrivals);
    }
  });

  it('chooses each model by back-test, and narrows to the teams asked for', async () => {
    const all = (await forecast({ horizonWeeks: 4, historyWeeks: 104 })).data!.arrivalsForecast;
    const team = all.teams[0];
    expect(team.model.backtestOrigins).toBe(8);
    expect(team.model.backtestMae).not.toBeNull();
    const one = (await forecast({ horizonWeeks: 4, historyWeeks: 104, teamIds: [team.team.id] }))
      .data!.arrivalsForecast;
    expect(one.teams.map((t) => t.team.name)).toEqual([team.team.name]);
    expect(one.teams[0].weeks).toEqual(team.weeks);
  });

  it('rejects a horizon or history outside its limits, naming the field', async () => {
    for (const [input, field] of [
      [{ horizonWeeks: 9 }, 'horizonWeeks'],
      [{ horizonWeeks: 3 }, 'horizonWeeks'],
      [{ historyWeeks: 200 }, 'historyWeeks'],
    ] as const) {
      const response = await forecast(input);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields?.[0]?.field).toContain(field);
    }
  });

  it('is refused to staff', async () => {
    const staff = await api.as(Role.STAFF);
    const response = await api.graphql(FORECAST, { input: {} }, staff);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
