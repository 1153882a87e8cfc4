import {
  createDemoOrganisation,
  describeStories,
  IMPROVEMENT_ACTION,
  POLICY_CHANGE,
  type StoryKey,
  TEAM_OVERLOAD,
} from '@fulcrum/demo-data';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import { seedDemoData } from '../../src/demo/seed-demo-data';
import { type Caller, startTestApp, type TestApp } from '../support/test-app';

const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Signal {
  subject: { id: string; name: string };
  severity: string;
  rateRatio: number;
  explanation: string;
}
interface TeamLoad {
  team: { id: string };
  state: string;
  reasons: string[];
}
interface Duration {
  dimension: string;
  subject: { id: string } | null;
  p50Hours: number | null;
  previousP50Hours: number | null;
}
interface Measure {
  metric: string;
  ratio: number | null;
  significant: boolean;
  interval: { lower: number; upper: number | null } | null;
  verdict: string;
}

/**
 * The demo organisation's three dated stories, found by the insight queries: one seeded database
 * (40,000 items over two years, enough for weekly counts per policy to carry a signal).
 */
describe('the demo stories, as the insights find them', () => {
  let api: TestApp;
  let analyst: Caller;
  // A fixed day, so the generated organisation (and every figure) is the same on every run;
  // FULCRUM_STORY_NOW=YYYY-MM-DD tries the stories against another one.
  const now = new Date(`${process.env.FULCRUM_STORY_NOW ?? '2026-06-15'}T00:00:00Z`);
  const stories = describeStories(now);
  const organisation = createDemoOrganisation({ now });
  const on = (story: StoryKey, milestone: string) =>
    Date.parse(
      `${stories.find((s) => s.key === story)!.milestones.find((m) => m.name === milestone)!.on}T00:00:00Z`,
    );
  const ids = new Map<string, string>();
  const idOf = async (table: string, column: string, value: string) => {
    const key = `${table}:${value}`;
    if (!ids.has(key)) {
      const [row] = await api.app
        .get(DataSource)
        .query<{ id: string }[]>(`SELECT id FROM ${table} WHERE ${column} = $1`, [value]);
      ids.set(key, row.id);
    }
    return ids.get(key)!;
  };
  const ask = async <T>(
    field: string,
    type: string,
    selection: string,
    input: Record<string, unknown>,
  ): Promise<T> => {
    const response = await api.graphql<Record<string, T>>(
      `query ($input: ${type}!) { ${field}(input: $input) { ${selection} } }`,
      { input },
      analyst,
    );
    expect(response.errors).toBeUndefined();
    return response.data![field];
  };

  beforeAll(async () => {
    api = await startTestApp();
    await seedDemoData(api.app.get(DataSource), {
      items: 30_000,
      password: 'demo-password-1',
      replace: true,
      now,
      log: () => undefined,
    });
    analyst = await api.as(Role.MANAGER);
  }, 600_000);
  afterAll(() => api.close());

  it('flags the stricter receipt rule as a rising policy hotspot within a month of the change', async () => {
    const policyName = organisation.policies.find((p) => p.key === POLICY_CHANGE.policyKey)!.name;
    const policyId = await idOf('policies', 'name', policyName);
    const changedOn = on('policy-change', 'changedOn');
    const month = { from: day(changedOn), to: day(changedOn + 28 * DAY) };
    const signals = `alerts policies { subject { id name } severity rateRatio explanation observed expected pValue }`;

    const rising = await ask<{ alerts: number; policies: Signal[] }>(
      'risingSignals',
      'RisingSignalsInput',
      signals,
      { ...month, comparison: 'NONE' },
    );
    expect(rising.policies[0]).toMatchObject({ subject: { id: policyId }, severity: 'ALERT' });
    expect(rising.policies[0].rateRatio).toBeGreaterThan(2);
    expect(rising.policies[0].explanation).toMatch(
      new RegExp(`^Complaints linked to "${policyName}" rose`),
    );
    // Control: the other rules keep their level.
    expect(
      rising.policies.slice(1).filter((p) => p.severity === 'ALERT').length,
    ).toBeLessThanOrEqual(1);

    const hotspots = await ask<{
      policies: {
        policy: { id: string };
        rank: number;
        rising: string;
        score: number;
        previousScore: number;
      }[];
    }>(
      'policyHotspots',
      'PolicyHotspotsInput',
      'policies { policy { id } rank rising score previousScore }',
      { ...month, comparison: 'PREVIOUS' },
    );
    const hotspot = hotspots.policies.find((p) => p.policy.id === policyId)!;
    expect(hotspot).toMatchObject({ rising: 'ALERT' });
    expect(hotspot.rank).toBeLessThanOrEqual(3);
    expect(hotspot.score).toBeGreaterThan(hotspot.previousScore);

    // A month before the change it was nothing unusual.
    const before = await ask<{ policies: Signal[] }>(
      'risingSignals',
      'RisingSignalsInput',
      signals,
      {
        from: day(changedOn - 56 * DAY),
        to: day(changedOn - 28 * DAY),
        comparison: 'NONE',
      },
    );
    expect(before.policies.find((p) => p.subject.id === policyId)!.severity).toBe('NONE');
  });

  it('shows Repairs as overloaded while its first responses are still at their usual speed, and the slowdown after', async () => {
    const teamName = organisation.teams.find((t) => t.key === TEAM_OVERLOAD.teamKey)!.name;
    const teamId = await idOf('teams', 'name', teamName);
    const slowdown = on('team-overload', 'slowdownFrom');
    const before = {
      from: day(slowdown - 70 * DAY),
      to: day(slowdown - 42 * DAY),
      comparison: 'YEAR_AGO',
    };

    const load = await ask<{ teams: TeamLoad[] }>(
      'staffLoad',
      'StaffLoadInput',
      'teams { team { id } state reasons }',
      before,
    );
    expect(load.teams[0]).toMatchObject({ team: { id: teamId }, state: 'OVERLOADED' });
    expect(load.teams[0].reasons.join(' ')).toMatch(/pulse responses report a workload of 4 or 5/);

    const firstResponse = async (period: Record<string, string>) => {
      const { firstResponses } = await ask<{ firstResponses: Duration[] }>(
        'bottlenecks',
        'BottlenecksInput',
        'firstResponses { dimension subject { id } p50Hours previousP50Hours }',
        { ...period, dimensions: ['TEAM'] },
      );
      return firstResponses.find((f) => f.subject?.id === teamId)!;
    };
    // From the pulse rise to the slowdown, first responses keep their speed of a year before.
    const usual = await firstResponse({
      from: day(on('team-overload', 'pulseRiseFrom')),
      to: day(slowdown),
      comparison: 'YEAR_AGO',
    });
    expect(usual.p50Hours!).toBeLessThan(1.5 * usual.previousP50Hours!);
    // Twelve weeks from a month after the slowdown: a single team's weekly medians are noisy.
    const slipped = await firstResponse({
      from: day(slowdown + 28 * DAY),
      to: day(slowdown + 112 * DAY),
      comparison: 'YEAR_AGO',
    });
    expect(slipped.p50Hours!).toBeGreaterThan(2 * slipped.previousP50Hours!);

    const signs = await ask<{ signs: { sign: string; state: string }[] }>(
      'warningSigns',
      'WarningSignsInput',
      'signs { sign state }',
      {
        ...before,
        filter: { teamIds: [teamId] },
      },
    );
    expect(signs.signs.find((s) => s.sign === 'OVERWHELM')!.state).toBe('ALERT');
  });

  it('measures a significant fall in laptop waits once director approval was removed, against the other teams', async () => {
    const title = organisation.actions.find((a) => a.key === IMPROVEMENT_ACTION.actionKey)!.title;
    const impact = await ask<{ measurable: boolean; control: string; measures: Measure[] }>(
      'improvementImpact',
      'ImprovementImpactInput',
      'measurable control measures { metric ratio significant interval { lower upper } verdict }',
      { actionId: await idOf('improvement_actions', 'title', title) },
    );
    expect(impact.measurable).toBe(true);
    expect(impact.control).toMatch(/^Items of teams other than/);
    const waits = impact.measures.find((m) => m.metric === 'WAITING_HOURS')!;
    expect(waits.significant).toBe(true);
    expect(waits.ratio!).toBeLessThan(0.5);
    expect(waits.interval!.upper!).toBeLessThan(1);
    expect(waits.verdict).toMatch(/fell/);
    expect(impact.measures.find((m) => m.metric === 'LEAD_TIME_HOURS')!.significant).toBe(true);
  });
});
