import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import { seedDemoData } from '../../src/demo/seed-demo-data';
import { type Caller, type GraphQLResponse, startTestApp, type TestApp } from '../support/test-app';
import { Q } from './documents';

const DAY = 86_400_000;
/** The demo is seeded as of a fixed day, so the figures are the same whenever the suite runs. */
const SEEDED_AT = Date.UTC(2026, 10, 18);

/** Just the parts of the answers these tests read. */
type Drill = Record<string, unknown>;
interface Change {
  current: number | null;
}
interface Series {
  total: Change;
  drilldown: Drill;
  points: { value: number | null; basis: number; drilldown: Drill }[];
}
interface TrendsAnswer {
  complaints: Series;
  negativeShare: Series;
  sentiment: Series;
  satisfaction: Series;
  volumeByKind: Series[];
}
interface Figure {
  dimension: string;
  items: number;
  drilldown: Drill;
}
interface BottlenecksAnswer {
  backlog: { count: number; drilldown: Drill };
  weekly: {
    arrivals: number;
    completions: number;
    arrivalsDrilldown: Drill;
    completionsDrilldown: Drill;
  }[];
  serviceLevels: { firstResponse: { breached: number; breachesDrilldown: Drill } };
  leadTimes: Figure[];
}
interface FunnelAnswer {
  stages: { reached: number; stoppedHere: number; drilldown: Drill; stoppedDrilldown: Drill }[];
}
interface HotspotsAnswer {
  policies: { activity: { linkedItems: number }; drilldown: Drill }[];
}
interface Page {
  totalCount: number;
  endCursor: string;
  nodes: { id: string; kind: string; receivedAt: string }[];
}
interface ExportAnswer {
  filename: string;
  contentType: string;
  content: string;
  rows: number;
  truncated: boolean;
}
interface StaffAnswer {
  anonymousPulse: { responses: number }[];
  teams: { pulse: { shown: boolean; responses: number; meanWorkload: number | null } }[];
}
interface PackAnswer {
  kpis: { key: string }[];
  trends: TrendsAnswer;
  warningSigns: { signs: unknown[] };
}
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A small demo organisation: every insight query answers, and every figure drills down to its items. */
describe('insight queries', () => {
  let api: TestApp;
  let manager: Caller;
  let scope: { from: string; to: string; comparison: string };

  const ask = async <T = Record<string, unknown>>(
    query: string,
    input: Record<string, unknown>,
  ) => {
    const response = await api.graphql<T>(query, { input }, manager);
    return response;
  };
  const data = async <T>(query: string, input: Record<string, unknown>): Promise<T> => {
    const response: GraphQLResponse<T> = await ask<T>(query, input);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const count = async (drilldown: Record<string, unknown>) =>
    (await data<{ drilldownItems: { totalCount: number } }>(Q.items, { drilldown, first: 1 }))
      .drilldownItems.totalCount;
  /** GraphQL returns nulls for absent lists; the input wants them absent. */
  const input = (drilldown: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(drilldown).filter(([, value]) => value !== null));

  beforeAll(async () => {
    api = await startTestApp();
    const now = new Date(SEEDED_AT);
    await seedDemoData(api.app.get(DataSource), {
      items: 3000,
      password: 'demo-password-1',
      replace: true,
      now,
      log: () => undefined,
    });
    manager = await api.as(Role.MANAGER);
    // The last whole calendar month.
    const month = new Date(now);
    const to = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);
    const from = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() - 1, 1);
    scope = { from: day(from), to: day(to), comparison: 'PREVIOUS' };
  }, 180_000);
  afterAll(() => api.close());

  it('answers the review pack in full, and its sections agree with the queries of the same name', async () => {
    const { reviewPack } = await data<{ reviewPack: PackAnswer }>(Q.pack, scope);
    expect(reviewPack.kpis.map((k) => k.key)).toEqual([
      'items',
      'complaints',
      'negative-share',
      'satisfaction',
      'first-response-p50',
      'lead-time-p50',
      'first-response-sla',
      'resolution-sla',
      'backlog',
      'warning-alerts',
      'rising-alerts',
    ]);
    const { trends } = await data<{ trends: TrendsAnswer }>(Q.trends, {
      ...scope,
      interval: 'WEEK',
    });
    expect(reviewPack.trends.complaints.total).toEqual(trends.complaints.total);
    const { warningSigns } = await data<{ warningSigns: PackAnswer['warningSigns'] }>(
      Q.warnings,
      scope,
    );
    expect(reviewPack.warningSigns).toEqual(warningSigns);
    expect(reviewPack.warningSigns.signs).toHaveLength(8);
  });

  it('drills every kind of figure down to exactly the items behind it', async () => {
    const { trends } = await data<{ trends: TrendsAnswer }>(Q.trends, {
      ...scope,
      interval: 'WEEK',
    });
    expect(await count(input(trends.complaints.drilldown))).toBe(trends.complaints.total.current);
    const point = trends.negativeShare.points.find((p) => p.basis > 0)!;
    expect(await count(input(point.drilldown))).toBe(Math.round(point.value! * point.basis));

    const { bottlenecks } = await data<{ bottlenecks: BottlenecksAnswer }>(Q.bottlenecks, scope);
    expect(await count(input(bottlenecks.backlog.drilldown))).toBe(bottlenecks.backlog.count);
    const week = bottlenecks.weekly[1];
    expect(await count(input(week.arrivalsDrilldown))).toBe(week.arrivals);
    expect(await count(input(week.completionsDrilldown))).toBe(week.completions);
    const sla = bottlenecks.serviceLevels.firstResponse;
    expect(await count(input(sla.breachesDrilldown))).toBe(sla.breached);
    const team = bottlenecks.leadTimes.find((f) => f.dimension === 'TEAM')!;
    expect(await count(input(team.drilldown))).toBe(team.items);

    const { complaintFunnel } = await data<{ complaintFunnel: FunnelAnswer }>(Q.funnel, scope);
    for (const stage of complaintFunnel.stages.slice(0, 3)) {
      expect(await count(input(stage.drilldown))).toBe(stage.reached);
      expect(await count(input(stage.stoppedDrilldown))).toBe(stage.stoppedHere);
    }

    const { policyHotspots } = await data<{ policyHotspots: HotspotsAnswer }>(Q.hotspots, scope);
    const top = policyHotspots.policies[0];
    expect(await count(input(top.drilldown))).toBe(top.activity.linkedItems);
  });

  it('splits a trend by team in one request, each line the trend filtered to that team', async () => {
    const { splitTrends } = await data<{
      splitTrends: {
        total: number;
        lines: { subject: { id: string; name: string }; series: Series }[];
      };
    }>(Q.splitTrends, {
      ...scope,
      interval: 'WEEK',
      split: 'TEAM',
      metric: 'COMPLAINTS',
      limit: 3,
    });
    expect(splitTrends.lines).toHaveLength(3);
    expect(splitTrends.total).toBeGreaterThan(3);
    const names = splitTrends.lines.map((line) => line.subject.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    for (const line of splitTrends.lines) {
      const { trends } = await data<{ trends: TrendsAnswer }>(Q.trends, {
        ...scope,
        interval: 'WEEK',
        filter: { teamIds: [line.subject.id] },
      });
      expect(line.series).toEqual(trends.complaints);
    }
    // A month's weekly chart starts and ends with weeks the month only partly covers.
    const points = splitTrends.lines[0].series.points as unknown as { partial: boolean }[];
    expect(points.map((p) => p.partial).filter(Boolean).length).toBeGreaterThanOrEqual(1);
    const tooMany = await ask(Q.splitTrends, {
      ...scope,
      split: 'TEAM',
      metric: 'VOLUME',
      limit: 9,
    });
    expect(tooMany.errors?.[0].message).toContain('limit must be at most 8');
  });

  it('pages through a drilldown newest first without repeating an item', async () => {
    const drilldown = {
      receivedFrom: `${scope.from}T00:00:00Z`,
      receivedTo: `${scope.to}T00:00:00Z`,
      kinds: ['COMPLAINT'],
    };
    const first = (await data<{ drilldownItems: Page }>(Q.items, { drilldown, first: 5 }))
      .drilldownItems;
    const second = (
      await data<{ drilldownItems: Page }>(Q.items, { drilldown, first: 5, after: first.endCursor })
    ).drilldownItems;
    const ids = [...first.nodes, ...second.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(10);
    expect(first.nodes[0].receivedAt >= second.nodes[0].receivedAt).toBe(true);
    expect(first.nodes.every((n) => n.kind === 'COMPLAINT')).toBe(true);
  });

  it('gives the same figures from the rollups as from the item facts', async () => {
    const { trends } = await data<{ trends: TrendsAnswer }>(Q.trends, {
      ...scope,
      interval: 'MONTH',
    });
    const themes = await api.app
      .get(DataSource)
      .query<{ id: string }[]>('SELECT id FROM themes ORDER BY name');
    const theme = themes[0].id;
    // One theme reads the rollups; the same theme with another that no item has reads the facts.
    const viaRollups = await data<{ trends: TrendsAnswer }>(Q.trends, {
      ...scope,
      interval: 'DAY',
      filter: { themeIds: [theme] },
    });
    const viaFacts = await data<{ trends: TrendsAnswer }>(Q.trends, {
      ...scope,
      interval: 'DAY',
      filter: { themeIds: [theme, '00000000-0000-4000-8000-000000000001'] },
    });
    const values = (t: TrendsAnswer) =>
      [t.complaints, t.negativeShare, t.sentiment, t.satisfaction, ...t.volumeByKind].map(
        (series) => series.points.map((p) => p.value),
      );
    expect(values(viaFacts.trends)).toEqual(values(viaRollups.trends));
    expect(viaFacts.trends.complaints.total).toEqual(viaRollups.trends.complaints.total);
    expect(trends.complaints.total.current).toBeGreaterThan(0);
  });

  it('gives the same flow figures from the stored histograms and rollups as from the item facts', async () => {
    // Ten days before a whole month: the stored path reads days, weeks and a month, as does its
    // comparison; a filter naming every channel selects the same items but reads the facts only.
    const input = {
      from: day(Date.parse(scope.from) - 10 * DAY),
      to: scope.to,
      comparison: 'PREVIOUS',
      limit: 10,
    };
    const allChannels = ['CHAT', 'EMAIL', 'IN_PERSON', 'LETTER', 'PHONE', 'SOCIAL', 'WEB_FORM'];
    const stored = await data<{ bottlenecks: BottlenecksAnswer }>(Q.bottlenecks, input);
    const facts = await data<{ bottlenecks: BottlenecksAnswer }>(Q.bottlenecks, {
      ...input,
      filter: { channels: allChannels },
    });
    // Drilldowns differ by the channel filter; every figure must not.
    const figures = (answer: unknown): unknown =>
      JSON.parse(JSON.stringify(answer), (key, value: unknown) =>
        /drilldown$/i.test(key) ? undefined : value,
      );
    expect(stored.bottlenecks.leadTimes.length).toBeGreaterThan(3);
    expect(figures(facts.bottlenecks)).toEqual(figures(stored.bottlenecks));
  });

  it('exports a drilldown as CSV, one row per item, text redacted', async () => {
    const { itemExport } = await data<{ itemExport: ExportAnswer }>(Q.itemExport, {
      drilldown: { receivedFrom: `${scope.from}T00:00:00Z`, receivedTo: `${scope.to}T00:00:00Z` },
      limit: 20,
    });
    const lines = itemExport.content.trim().split('\n');
    expect(lines[0]).toMatch(
      /^id,received_at,kind,source,channel,team,policy,linked_policies,themes,status/,
    );
    expect(itemExport).toMatchObject({ contentType: 'text/csv', rows: 20, truncated: true });
    expect(itemExport.content).not.toMatch(/@example\.(com|org)/);
    // Every row carries the masked text (a text with nothing to mask is its own masked copy).
    const rows = parse(itemExport.content, { columns: true }) as { text_redacted: string }[];
    expect(rows).toHaveLength(20);
    expect(rows.filter((row) => row.text_redacted.trim() === '')).toEqual([]);
  });

  it('exports the review pack as Markdown and as CSV', async () => {
    const markdown = (
      await data<{ reviewPackExport: ExportAnswer }>(Q.packExport, { ...scope, format: 'MARKDOWN' })
    ).reviewPackExport;
    expect(markdown.filename).toMatch(/^fulcrum-review-.*\.md$/);
    for (const section of [
      '# Service review',
      '## Headlines',
      '## Warning signs',
      '## Flow and bottlenecks',
      '## Policy friction hotspots',
      '## Staff load',
      '## Complaint handling',
      '## Did recent changes help?',
    ])
      expect(markdown.content).toContain(section);
    // Each headline verdict names its baseline; the complaints one names the month before.
    expect(markdown.content).toMatch(
      /\| Complaints \| [\d,]+ \| Complaints: [\d,]+, .* against Sep 2026 \(/,
    );
    expect(markdown.content).toContain('| Sign | State | Value | Judged against | Explanation |');
    expect(markdown.content).toContain('Waiting on the customer is its own status');
    const csv = (
      await data<{ reviewPackExport: ExportAnswer }>(Q.packExport, { ...scope, format: 'CSV' })
    ).reviewPackExport;
    expect(csv.content.split('\n')[0]).toBe(
      'section,subject,measure,value,previous,change,state,note',
    );
    expect(csv.rows).toBeGreaterThan(50);
    // A month's first and last weeks are partial, and the trend rows say so.
    expect(csv.content).toMatch(
      /^trends,all,negative-share:2026-09-28,.*,partial week: 4 of 7 days$/m,
    );
  });

  it('never shows a group of fewer than five anonymous pulse entries', async () => {
    const { staffLoad } = await data<{ staffLoad: StaffAnswer }>(Q.staff, { ...scope, filter: {} });
    for (const group of staffLoad.anonymousPulse) expect(group.responses).toBeGreaterThanOrEqual(5);
    for (const team of staffLoad.teams)
      if (!team.pulse.shown) expect(team.pulse.meanWorkload).toBeNull();
    // Narrowed to a single day, every shown group still holds at least five entries.
    const oneDay = await data<{ staffLoad: StaffAnswer }>(Q.staff, {
      from: scope.from,
      to: day(Date.parse(scope.from) + DAY),
      comparison: 'NONE',
    });
    for (const group of oneDay.staffLoad.anonymousPulse)
      expect(group.responses).toBeGreaterThanOrEqual(5);
  });

  it('says when an action has too few items to measure, and keeps the names it touched', async () => {
    const { policies, teams } = await api
      .graphql<{
        policies: { id: string; name: string }[];
        teams: { id: string; name: string }[];
      }>('{ policies { id name } teams { id name } }', {}, manager)
      .then((r) => r.data!);
    const policy = policies.find((p) => p.name === 'Laptop requests need director approval')!;
    const team = teams.find((t) => t.name === 'IT Service Desk')!;
    // Done three years ago: the demo's items start two years ago, so no window holds any.
    const created = await api.graphql<{ createImprovementAction: { id: string } }>(
      'mutation ($input: CreateActionInput!) { createImprovementAction(input: $input) { id } }',
      {
        input: {
          title: 'An action before the records began',
          owner: 'Test',
          policyId: policy.id,
          teamId: team.id,
          status: 'DONE',
          startedOn: day(SEEDED_AT - 3 * 365 * DAY),
          doneOn: day(SEEDED_AT - 3 * 365 * DAY + 14 * DAY),
        },
      },
      manager,
    );
    const { improvementImpact } = await data<{
      improvementImpact: {
        measurable: boolean;
        summary: string;
        measures: { estimable: boolean; verdict: string }[];
      };
    }>(Q.impact, { actionId: created.data!.createImprovementAction.id, weeks: 8 });
    expect(improvementImpact.measurable).toBe(true);
    expect(improvementImpact.measures.every((m) => !m.estimable)).toBe(true);
    expect(improvementImpact.summary).toBe(
      'Too few items linked to "Laptop requests need director approval" in these weeks to measure a change; a longer window may have enough.',
    );
    expect(improvementImpact.measures.map((m) => m.verdict)).toContain(
      'Complaints a week: none before and after among items linked to "Laptop requests need director approval", too few to compare.',
    );
  });

  it('names the field and the rule when a request is out of bounds', async () => {
    const tooLong = await ask(Q.trends, {
      from: '2020-01-01',
      to: '2022-01-01',
      comparison: 'NONE',
      interval: 'DAY',
    });
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'to', rule: 'maxRange' }],
    });
    const backwards = await ask(Q.warnings, {
      from: '2025-05-01',
      to: '2025-04-01',
      comparison: 'NONE',
    });
    expect(backwards.errors?.[0].extensions?.fields).toEqual([
      { field: 'to', rule: 'after', message: 'to must be after from' },
    ]);
    const badDay = await ask(Q.funnel, {
      from: '2025-02-30',
      to: '2025-04-01',
      comparison: 'NONE',
    });
    expect(badDay.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'from',
      rule: 'isDay',
    });
    const badCursor = await ask(Q.items, { drilldown: {}, first: 5, after: 'nonsense' });
    expect(badCursor.errors?.[0].extensions?.fields).toEqual([
      {
        field: 'after',
        rule: 'cursor',
        message: 'after must be an endCursor returned by a previous page',
      },
    ]);
    const tooMany = await ask(Q.itemExport, { drilldown: {}, limit: 10_001 });
    expect(tooMany.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'limit',
      rule: 'max',
    });
    const unknown = await ask(Q.impact, { actionId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
