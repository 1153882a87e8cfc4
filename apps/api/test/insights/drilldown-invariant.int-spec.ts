import { findPii } from '@fulcrum/analysis';
import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import { seedDemoData } from '../../src/demo/seed-demo-data';
import { type Caller, startTestApp, type TestApp } from '../support/test-app';
import { Q } from './documents';
import {
  declaredBaselines,
  markdownWithoutBaseline,
  missingBaseline,
  verdictSentences,
} from './verdict-baselines';

/** The demo is seeded as of a fixed day, so the figures are the same whenever the suite runs. */
const SEEDED_AT = Date.UTC(2026, 10, 18);

type Obj = Record<string, unknown>;
type Drill = Obj;
interface Series {
  format: string;
  metric: string;
  total: { current: number | null };
  points: { value: number | null; basis: number }[];
}
interface Kpi {
  key: string;
  label: string;
  value: number | null;
  format: string;
  drilldown: Drill | null;
  drilldownLabel: string | null;
  drilldownCount: number | null;
}
interface Pack {
  kpis: Kpi[];
  trends: Record<string, Series | Series[]>;
  bottlenecks: {
    serviceLevels: Record<string, { met: number; breached: number }>;
    firstResponses: { dimension: string; finished: number }[];
    leadTimes: { dimension: string; finished: number }[];
  };
  policyHotspots: {
    policies: {
      policy: { id: string; name: string };
      activity: { linkedItems: number };
      quotes: { text: string }[];
    }[];
    wastefulCandidates: { policy: { id: string } }[];
  };
}

/** The items a series' points are computed over (received, analysed, rated). */
const rated = (series: Series) => series.points.reduce((sum, p) => sum + p.basis, 0);
/** A share's numerator: "Negative sentiment" opens the negative items. */
const numerator = (point: { value: number | null; basis: number }) =>
  Math.round((point.value ?? 0) * point.basis);
const numerators = (series: Series) => series.points.reduce((sum, p) => sum + numerator(p), 0);

/**
 * Which figure each drill-down must equal, by the drill-down's field name and the figure's shape.
 * A drill-down this table does not know fails the test, so a new figure must be added here.
 */
function expectedCount(owner: Obj, key: string, pack: Pack, format?: string): number | string {
  const n = (value: unknown) => value as number;
  switch (key) {
    case 'arrivalsDrilldown':
      return n(owner.arrivals); // Bottlenecks weekly: arrivals
    case 'completionsDrilldown':
      return n(owner.completions); // Bottlenecks weekly: completions
    case 'breachesDrilldown':
      return n(owner.breached); // service levels: the late ones
    case 'stoppedDrilldown':
      return n(owner.stoppedHere); // funnel stage: stopped here
    case 'treatedBeforeDrilldown':
    case 'treatedAfterDrilldown':
      return 'skip'; // impact: per-week measures, not an item count
    case 'drilldown':
      break;
    default:
      return `no rule for ${key}`;
  }
  if ('key' in owner && 'higherIsBetter' in owner) return kpiCount(owner as unknown as Kpi, pack);
  if ('points' in owner && 'total' in owner) {
    const series = owner as unknown as Series;
    // A count's total is its items; a share's its numerator; a mean's the items it is over.
    if (series.format === 'COUNT') return n(series.total.current);
    return series.format === 'SHARE' ? numerators(series) : rated(series);
  }
  if ('basis' in owner)
    // A trend point: the items counted (a share: those of its numerator).
    return format === 'SHARE' ? numerator(owner as never) : n(owner.basis);
  if ('finished' in owner) return n(owner.items); // duration row: items
  if ('shareOfLead' in owner) return n(owner.items); // time in status: items
  if ('rank' in owner && 'waitingNow' in owner) return n(owner.items); // where requests wait
  if ('bands' in owner) return n(owner.count); // backlog at the end
  if ('activity' in owner) return n((owner.activity as Obj).linkedItems); // policy friction
  if ('exceptions' in owner && 'linkedItems' in owner) return n(owner.linkedItems); // heat map
  if ('waiverRate' in owner) {
    const id = (owner.policy as { id: string }).id;
    const policy = pack.policyHotspots.policies.find((p) => p.policy.id === id);
    return policy ? policy.activity.linkedItems : 'wasteful candidate without a policy row';
  }
  if ('recordCount' in owner) {
    // Overwhelm is judged on pulse responses (anonymous, not drillable); it opens the items that
    // mention overload, as many as its explanation says.
    if (owner.sign === 'OVERWHELM') {
      const said = /(\d+) items? mentions? overload/.exec(owner.explanation as string);
      return said ? Number(said[1]) : 'overwhelm names no overload mentions';
    }
    // Excuses and blame are shares of staff replies; their records are the items holding those
    // replies (an item can hold several), named in the explanation, and the drill-down opens them.
    if (owner.sign === 'EXCUSES' || owner.sign === 'BLAMING_CUSTOMERS') {
      const items = n(owner.recordCount);
      const said = new RegExp(`, in ${items} items?\\.`).test(owner.explanation as string);
      return said ? items : `the explanation names no "in ${items} items"`;
    }
    return n(owner.recordCount); // warning sign: its records
  }
  if ('openItems' in owner) return n(owner.openItems); // staff: the team's open items
  if ('stages' in owner) return n(owner.complaints); // funnel: complaints
  if ('reached' in owner) return n(owner.reached); // funnel stage: reached
  if ('observed' in owner) return n(owner.observed); // rising signal: observed
  return `no rule for a drilldown beside ${Object.keys(owner).join(',')}`;
}

/** A headline figure: a count opens its items; a rate or a median opens the items it is over. */
function kpiCount(kpi: Kpi, pack: Pack): number | string {
  const trends = pack.trends as unknown as Record<string, Series>;
  const all = (rows: { dimension: string; finished: number }[]) =>
    rows.find((r) => r.dimension === 'ALL')?.finished ?? 0;
  const sla = (clock: string) => pack.bottlenecks.serviceLevels[clock];
  switch (kpi.key) {
    case 'items':
    case 'complaints':
    case 'backlog':
      return kpi.value ?? 0;
    case 'negative-share':
      return numerators(trends.negativeShare);
    case 'satisfaction':
      return rated(trends.satisfaction);
    case 'first-response-p50':
      return all(pack.bottlenecks.firstResponses);
    case 'lead-time-p50':
      return all(pack.bottlenecks.leadTimes);
    case 'first-response-sla':
    case 'resolution-sla': {
      const { met, breached } = sla(kpi.key === 'resolution-sla' ? 'resolution' : 'firstResponse');
      // Opening the rate's numerator (on time) or denominator (with a target), as its label says.
      const label = (kpi.drilldownLabel ?? kpi.label).toLowerCase();
      return label.includes('late') ? breached : label.includes('target') ? met + breached : met;
    }
    default:
      return `no rule for the headline figure ${kpi.key}`;
  }
}

interface Check {
  path: string;
  drilldown: Drill;
  expected: number | string;
}

/** Every drill-down in an answer, with the figure it must equal. */
function collect(
  node: unknown,
  path: string,
  pack: Pack,
  out: Check[],
  seriesFormat?: string,
): Check[] {
  if (Array.isArray(node)) {
    node.forEach((child, i) => collect(child, `${path}[${i}]`, pack, out, seriesFormat));
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  const obj = node as Obj;
  const format = 'points' in obj ? (obj.format as string) : seriesFormat;
  for (const [key, value] of Object.entries(obj)) {
    if (/drilldown$/i.test(key)) {
      if (value) {
        const label = [obj.key, obj.label, obj.status, (obj.team as Obj | null)?.name]
          .filter(Boolean)
          .join(' ');
        out.push({
          path: `${path}.${key}${label ? ` (${label})` : ''}`,
          drilldown: value as Drill,
          expected: expectedCount(obj, key, pack, format),
        });
      }
    } else collect(value, `${path}.${key}`, pack, out, format);
  }
  return out;
}

/** GraphQL returns nulls for absent lists; the input wants them absent. */
const input = (drilldown: Drill) =>
  Object.fromEntries(Object.entries(drilldown).filter(([, value]) => value !== null));

/**
 * The invariant behind "every number drills down to the records behind it": on the demo
 * organisation, across periods and filters, every figure of the review pack (its KPIs, Trends,
 * Bottlenecks, Policy friction, warning signs, Staff, funnel and rising signals) opens exactly as
 * many items as it says. Anonymous pulse figures carry no drill-down on purpose.
 */
describe('every figure opens exactly the items it counts', () => {
  let api: TestApp;
  let manager: Caller;
  let teamId: string;
  let policyId: string;

  const data = async <T>(query: string, variables: Obj): Promise<T> => {
    const response = await api.graphql<T>(query, { input: variables }, manager);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const count = async (drilldown: Drill) =>
    (
      await data<{ drilldownItems: { totalCount: number } }>(Q.items, {
        drilldown: input(drilldown),
        first: 1,
      })
    ).drilldownItems.totalCount;

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.app.get(DataSource);
    await seedDemoData(db, {
      items: 3000,
      password: 'demo-password-1',
      replace: true,
      now: new Date(SEEDED_AT),
      log: () => undefined,
    });
    manager = await api.as(Role.MANAGER);
    const teams = await db.query<{ id: string }[]>(
      `SELECT team_id AS id FROM items GROUP BY team_id ORDER BY count(*) DESC LIMIT 1`,
    );
    teamId = teams[0].id;
    const policies = await db.query<{ id: string }[]>(
      `SELECT policy_id AS id FROM items WHERE policy_id IS NOT NULL
       GROUP BY policy_id ORDER BY count(*) DESC LIMIT 1`,
    );
    policyId = policies[0].id;
  }, 240_000);
  afterAll(() => api.close());

  const periods = [
    { name: 'October 2026', from: '2026-10-01', to: '2026-11-01' },
    { name: 'September 2026', from: '2026-09-01', to: '2026-10-01' },
    { name: 'the third quarter of 2026', from: '2026-07-01', to: '2026-10-01' },
  ];
  const filters: { name: string; filter: () => Obj | undefined }[] = [
    { name: 'everything', filter: () => undefined },
    { name: 'one team', filter: () => ({ teamIds: [teamId] }) },
    { name: 'complaints only', filter: () => ({ kinds: ['COMPLAINT'] }) },
    { name: 'one policy', filter: () => ({ policyIds: [policyId] }) },
  ];
  const cases = periods.flatMap((period) => filters.map((filter) => ({ period, filter })));
  const scopeOf = (period: (typeof periods)[number], filter: (typeof filters)[number]) => ({
    from: period.from,
    to: period.to,
    comparison: 'PREVIOUS',
    filter: filter.filter(),
  });

  it.each(cases)(
    'in $period.name for $filter.name, every drill-down opens as many items as its figure says',
    async ({ period, filter }) => {
      const scope = scopeOf(period, filter);
      const { reviewPack } = await data<{ reviewPack: Pack }>(Q.pack, scope);
      const checks = collect(reviewPack, 'reviewPack', reviewPack, []);
      expect(checks.length).toBeGreaterThan(50);
      const mismatches: string[] = [];
      // A headline figure says in words which items it opens, and how many.
      for (const kpi of reviewPack.kpis.filter((k) => k.drilldown)) {
        const expected = kpiCount(kpi, reviewPack);
        if (kpi.drilldownCount !== expected || !kpi.drilldownLabel?.includes(String(expected)))
          mismatches.push(
            `kpi ${kpi.key} says it opens "${kpi.drilldownLabel}" (${kpi.drilldownCount}), figure ${expected}`,
          );
      }
      for (const check of checks) {
        if (check.expected === 'skip') continue;
        const opened = await count(check.drilldown);
        if (opened !== check.expected)
          mismatches.push(`${check.path}: figure ${check.expected}, opens ${opened}`);
      }
      expect(mismatches).toEqual([]);
    },
    120_000,
  );

  it.each(['TEAM', 'THEME', 'POLICY', 'CHANNEL'])(
    'splits complaints by %s in October 2026 with every point opening as many items as it counts',
    async (split) => {
      const { splitTrends } = await data<{
        splitTrends: { lines: { series: Series }[] };
      }>(Q.splitTrends, {
        from: '2026-10-01',
        to: '2026-11-01',
        comparison: 'PREVIOUS',
        interval: 'WEEK',
        split,
        metric: 'COMPLAINTS',
      });
      expect(splitTrends.lines.length).toBeGreaterThan(1);
      const mismatches: string[] = [];
      for (const [index, line] of splitTrends.lines.entries())
        for (const point of line.series.points as (Series['points'][number] & {
          drilldown: Drill;
        })[]) {
          const opened = await count(point.drilldown);
          if (opened !== point.basis)
            mismatches.push(
              `line ${index} ${JSON.stringify(point.drilldown)}: figure ${point.basis}, opens ${opened}`,
            );
        }
      expect(mismatches).toEqual([]);
    },
    120_000,
  );

  it.each(periods)(
    'quotes every listed policy with linked items in $name, masked',
    async (period) => {
      const scope = { from: period.from, to: period.to, comparison: 'PREVIOUS' };
      const { reviewPack } = await data<{ reviewPack: Pack }>(Q.pack, scope);
      const { policies } = reviewPack.policyHotspots;
      expect(policies.length).toBeGreaterThan(0);
      const unquoted = policies
        .filter((p) => p.activity.linkedItems > 0 && p.quotes.length === 0)
        .map((p) => `${p.policy.name} (${p.activity.linkedItems} linked items)`);
      expect(unquoted).toEqual([]);
      const quotes = policies.flatMap((p) => p.quotes.map((q) => q.text));
      expect(quotes.length).toBeGreaterThan(0);
      // Nothing that masking would catch: no e-mail address, phone, card or account number.
      const leaks = quotes.filter(
        (text) => /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(text) || findPii(text).length > 0,
      );
      expect(leaks).toEqual([]);
      expect(quotes.some((text) => /\[(EMAIL|PHONE|NAME)\]/.test(text))).toBe(true);
    },
    120_000,
  );

  it.each(periods.flatMap((period) => filters.slice(0, 2).map((filter) => ({ period, filter }))))(
    'in $period.name for $filter.name, every verdict on the page and in the export names its baseline',
    async ({ period, filter }) => {
      const scope = scopeOf(period, filter);
      const { reviewPack } = await data<{ reviewPack: Obj }>(Q.pack, scope);
      const baselines = declaredBaselines(reviewPack);
      const sentences = verdictSentences(reviewPack);
      // The walk finds the verdicts of every section that judges: headlines, warning signs,
      // rising signals, the funnel's steps and the effects of actions.
      for (const section of ['kpis', 'warningSigns', 'risingSignals', 'complaintFunnel'])
        expect(sentences.some(([path]) => path.startsWith(`pack.${section}`))).toBe(true);
      const unnamed = sentences.filter(([, text]) => missingBaseline(text, baselines) !== null);
      expect(unnamed).toEqual([]);
      const { reviewPackExport } = await data<{ reviewPackExport: { content: string } }>(
        Q.packExport,
        { ...scope, format: 'MARKDOWN' },
      );
      expect(markdownWithoutBaseline(reviewPackExport.content, baselines)).toEqual([]);
    },
    120_000,
  );
});
