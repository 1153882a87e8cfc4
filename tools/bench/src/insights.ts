import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalPostgres } from '@fulcrum/local-postgres';
import { Client } from 'pg';
import { startApi } from './api-process';
import { bearer, graphql } from './graphql-client';
import { benchReviewPage } from './review-page';
import type { BenchSection } from './report';
import { formatNumber, percentile } from './stats';

const ROOT = join(__dirname, '../../..');
const ITEMS = Number(process.env.FULCRUM_BENCH_ITEMS ?? 1_000_000);
const RUNS = 30;
// A server answers many requests a day: its code paths are compiled and its caches warm.
const WARM_UP = 10;
const SQL_RUNS = 3;
const PASSWORD = 'fulcrum-demo';

const DRILL =
  'receivedFrom receivedTo resolvedFrom resolvedTo openAt teamIds themeIds linkedPolicyIds kinds sentiments flags slaBreached waitedIn protocolStepsDone protocolStepMissing itemIds';
const CHANGE = 'current previous relative direction label';
const SHARE = 'successes trials share lower upper';
const SERIES = `metric kind label format total { ${CHANGE} } drilldown { ${DRILL} } points { periodStart label value basis comparisonStart comparisonValue drilldown { ${DRILL} } }`;
const TRENDS = `period { from to label } comparisonPeriod { from to label } interval volumeByKind { ${SERIES} } complaints { ${SERIES} } negativeShare { ${SERIES} } sentiment { ${SERIES} } satisfaction { ${SERIES} } markers { periodStart actions { actionId title milestone on } }`;
const SIGNAL = `dimension subject { id name } tested severity direction observed expected rateRatio rateRatioInterval { lower upper level } pValue qValue usualLower usualUpper baseline shift { state since ratio explanation } explanation weekly { weekStart count tested } drilldown { ${DRILL} }`;
const RISING = `period { from to label } testedWeeks { from to label } counting alerts watches themes { ${SIGNAL} } policies { ${SIGNAL} }`;
const DURATION = `dimension subject { id name } kind items finished p50Hours p90Hours p50IncludingOpenHours previousP50Hours change { ${CHANGE} } drilldown { ${DRILL} }`;
const ATTAINMENT = `met breached pending noTarget attainment { ${SHARE} } breachesDrilldown { ${DRILL} }`;
const BOTTLENECKS = `period { from to label } comparisonPeriod { from to label }
  weekly { weekStart arrivals completions net backlogAtEnd arrivalsDrilldown { ${DRILL} } completionsDrilldown { ${DRILL} } }
  backlog { at count change { ${CHANGE} } ageP50Hours ageP90Hours bands { label count } oldest { itemId ageHours status } drilldown { ${DRILL} } }
  leadTimes { ${DURATION} } firstResponses { ${DURATION} }
  timeInStatus { status waiting totalHours items meanHours shareOfLead drilldown { ${DRILL} } } flowEfficiency reopenRate { ${SHARE} }
  serviceLevels { firstResponse { ${ATTAINMENT} } resolution { ${ATTAINMENT} } previousFirstResponseAttainment previousResolutionAttainment groups { dimension team { id name } kind firstResponse { ${ATTAINMENT} } resolution { ${ATTAINMENT} } } worstBreaches { itemId clock overdueHours } }
  waits { rank team { id name } policy { id name } status items totalHours meanHours waitingNow shareOfWaiting explanation drilldown { ${DRILL} } }`;
const QUOTE = 'itemId text receivedAt';
const HOTSPOTS = `period { from to label }
  policies { rank policy { id name } score previousScore parts { name label raw adjusted value weight contribution } activity { linkedItems explicitLinks mentions complaints requests negativeItems exceptionsGranted exceptionsRefused softNoes hardNoes escalations addedWaitHours } rising trendRatio explanation trendExplanation quotes { ${QUOTE} } drilldown { ${DRILL} } }
  teams { id name } matrix { policy { id } team { id } score linkedItems complaints exceptions drilldown { ${DRILL} } }
  wastefulCandidates { policy { id name } waiverRate { ${SHARE} } complaints reasons quotes { ${QUOTE} } drilldown { ${DRILL} } }`;
const WARNINGS = `period { from to label } alerts watches signs { sign label value format state watchAt alertAt previous explanation recordCount drilldown { ${DRILL} } staffingEvents { id type on sickDays } evidence { ${QUOTE} } }`;
const STAFF = `period { from to label }
  teams { team { id name } state reasons staff availableStaff vacancies sickDays departures arrivals completions openItems openPerStaff arrivalsPerStaffPerWeek utilisation backlogGrowthPerWeek pulse { responses shown meanWorkload overwhelmedShare note } overloadMentions firstResponseHours previousFirstResponseHours drilldown { ${DRILL} } }
  weekly { weekStart team { id } arrivals completions complaints firstResponseHours pulseWorkload pulseResponses sickDays departures hires }
  relations { team { id } driver outcome lagWeeks correlation pValue significant explanation }
  anonymousPulse { label responses meanWorkload overwhelmedShare } anonymityNotes`;
const FUNNEL = `period { from to label } complaints previousComplaints drilldown { ${DRILL} } stages { step label reached done conversion { ${SHARE} } shareOfAll previousShareOfAll stoppedHere drilldown { ${DRILL} } stoppedDrilldown { ${DRILL} } }`;
const IMPACT = `action { id title } measurable summary treated control before { from to } after { from to } measures { metric label estimable ratio interval { lower upper level } relativeChange significant treatedBefore treatedAfter controlBefore controlAfter expectedAfter treatedCount verdict }`;
const PACK = `period { from to label } generatedAt kpis { key label value format change { ${CHANGE} } drilldown { ${DRILL} } }
  trends { ${TRENDS} } risingSignals { ${RISING} } bottlenecks { ${BOTTLENECKS} } policyHotspots { ${HOTSPOTS} } warningSigns { ${WARNINGS} }
  staffLoad { ${STAFF} } complaintFunnel { ${FUNNEL} } impacts { ${IMPACT} } actions { id title status startedOn doneOn }`;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Runs a built node script of the API (dist/node) to completion; returns its duration in ms. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/node/apps/api/src', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('exit', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${script} exited with ${code}`)),
    );
  });
}

interface Case {
  name: string;
  query: string;
  input: Record<string, unknown>;
  /** The same figures from the raw tables with plain SQL (no aggregates). */
  sql: string[];
}

/**
 * The insight queries at 1,000,000 items: the dashboard's queries through the built API over HTTP
 * (p50/p95 of 30 runs), next to plain SQL computing the same figures from the raw tables in the
 * same run, and the time to load the demo organisation with its aggregates; then the review page
 * in Chromium against the same API and database.
 */
export async function benchInsights(): Promise<BenchSection[]> {
  const dir = await mkdtemp(join(tmpdir(), 'fulcrum-bench-insights-'));
  const database = await startLocalPostgres({
    dataDir: join(dir, 'postgres'),
    database: 'fulcrum',
  });
  const env = {
    DATABASE_URL: database.url,
    FULCRUM_DATA_DIR: dir,
    FULCRUM_DEMO_PASSWORD: PASSWORD,
    FULCRUM_JWT_SECRET: randomBytes(16).toString('hex'),
    FULCRUM_PSEUDONYM_KEY: randomBytes(16).toString('hex'),
  };
  const client = new Client({ connectionString: database.url });
  try {
    console.log(`Loading ${formatNumber(ITEMS)} demo items…`);
    const loadMs = await runScript('demo/seed.js', ['--items', String(ITEMS)], env);
    // Merge the rollups' appended deltas (the API does this every minute), then vacuum and analyse
    // everything: the work autovacuum would otherwise do after a bulk load while the queries are
    // timed (it also sets the visibility maps that index-only reads need).
    const compactMs = await runScript(
      'insights/aggregates/rebuild-insights.js',
      ['--compact-only'],
      env,
    );
    await client.connect();
    let started = performance.now();
    await client.query('VACUUM ANALYZE');
    const vacuumMs = performance.now() - started;

    const api = await startApi({
      ...env,
      FULCRUM_DEMO_DATA: 'false',
      FULCRUM_WORKER_INTERVAL_MS: '0',
      FULCRUM_DASHBOARD_DIR: join(ROOT, 'dist/apps/dashboard'),
    });
    try {
      const [{ email }] = (
        await client.query<{ email: string }>(
          `SELECT email FROM users WHERE role = 'manager' ORDER BY email LIMIT 1`,
        )
      ).rows;
      const { login } = await graphql<{ login: { token: string } }>(
        api.url,
        'mutation ($input: LoginInput!) { login(input: $input) { token } }',
        { input: { email, password: PASSWORD } },
      );
      const token = login.token;
      const cases = await benchCases(client);
      const rows: string[][] = [];
      const differences: number[] = [];
      for (const c of cases) {
        for (let i = 0; i < WARM_UP; i++)
          await graphql(api.url, c.query, { input: c.input }, bearer(token));
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          started = performance.now();
          await graphql(api.url, c.query, { input: c.input }, bearer(token));
          times.push(performance.now() - started);
        }
        const sqlTimes: number[] = [];
        for (let i = 0; i < SQL_RUNS; i++) {
          started = performance.now();
          for (const statement of c.sql) await client.query(statement);
          sqlTimes.push(performance.now() - started);
        }
        rows.push([
          c.name,
          `${formatNumber(percentile(times, 50))} ms`,
          `${formatNumber(percentile(times, 95))} ms`,
          `${formatNumber(percentile(sqlTimes, 50))} ms`,
        ]);
        console.log(`  ${rows[rows.length - 1].join('  ')}`);
      }
      differences.push(...(await percentileDifferences(api.url, token, client, cases)));
      rows.push(
        [
          'Load the demo organisation (seed: items, timelines, analyses, then the aggregates rebuilt)',
          `${formatNumber(loadMs / 1000, 1)} s`,
          '',
          `${formatNumber(ITEMS / (loadMs / 1000))} items/s`,
        ],
        [
          'Merge the rollups’ deltas, then VACUUM ANALYZE the database',
          `${formatNumber((compactMs + vacuumMs) / 1000, 1)} s`,
          '',
          '',
        ],
        [
          'Largest difference of a team’s median first response: log histogram vs percentile_cont',
          `${formatNumber(Math.max(...differences) * 100, 2)} %`,
          '',
          '',
        ],
      );
      const queries: BenchSection = {
        title: `Insights at ${formatNumber(ITEMS)} items`,
        method: `The demo organisation loaded by \`npm run seed\` (24 months; items, timelines and analyses in batches, then the insight aggregates rebuilt once), then the dashboard's queries with full selections through the built API over HTTP: ${RUNS} runs each after ${WARM_UP} warm-up ones, one at a time, for the last whole month with the previous month as comparison. "Plain SQL" computes the same figures from the raw tables (items, timelines, analyses) in the same run: p50 of ${SQL_RUNS} runs.`,
        columns: ['query', 'API p50', 'API p95', 'plain SQL p50'],
        rows,
      };
      console.log('Review page in Chromium…');
      const reviewPage = await benchReviewPage({ url: api.url, email, password: PASSWORD });
      return [queries, reviewPage];
    } finally {
      await api.stop();
    }
  } finally {
    await client.end().catch(() => undefined);
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The dashboard's queries for the last whole month, and plain SQL for the same figures. */
async function benchCases(client: Client): Promise<Case[]> {
  const [{ last }] = (
    await client.query<{ last: Date }>('SELECT max(received_at) AS last FROM items')
  ).rows;
  const end = new Date(last);
  const to = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1);
  const from = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1);
  const previous = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 2, 1);
  const scope = { from: day(from), to: day(to), comparison: 'PREVIOUS' };
  const year = {
    from: day(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), 1)),
    to: day(to),
    comparison: 'NONE',
  };
  const [{ id: actionId }] = (
    await client.query<{ id: string }>(
      `SELECT id FROM improvement_actions WHERE done_on IS NOT NULL ORDER BY done_on DESC LIMIT 1`,
    )
  ).rows;
  const P = `'${day(from)}'::timestamptz`;
  const T = `'${day(to)}'::timestamptz`;
  const C = `'${day(previous)}'::timestamptz`;
  const raw = {
    trends: (
      start: string,
    ) => `SELECT date_trunc('week', i.received_at) AS week, i.kind, count(*), count(a.sentiment), count(*) FILTER (WHERE a.sentiment = 'negative'), avg(a.sentiment_score), avg(i.satisfaction)
        FROM items i LEFT JOIN item_analyses a ON a.item_id = i.id AND a.status = 'done'
       WHERE i.received_at >= '${start}' AND i.received_at < ${T} GROUP BY 1, 2`,
    linked: `SELECT i.id, i.kind, i.team_id, i.received_at, p AS policy_id FROM items i
       CROSS JOIN LATERAL (SELECT i.policy_id AS p WHERE i.policy_id IS NOT NULL UNION SELECT m.policy_id FROM item_policy_mentions m WHERE m.item_id = i.id) l`,
    spans: `SELECT e.item_id, e.status, e.occurred_at, lead(e.occurred_at) OVER (PARTITION BY e.item_id ORDER BY e.occurred_at) AS next_at
        FROM item_events e JOIN items i ON i.id = e.item_id
       WHERE e.type = 'status_changed' AND i.received_at >= ${C} AND i.received_at < ${T}`,
  };
  return [
    {
      name: 'Trends: a month by week, with comparison',
      query: `query ($input: TrendsInput!) { trends(input: $input) { ${TRENDS} } }`,
      input: { ...scope, interval: 'WEEK' },
      sql: [raw.trends(day(previous))],
    },
    {
      name: 'Trends: 12 months by week',
      query: `query ($input: TrendsInput!) { trends(input: $input) { ${TRENDS} } }`,
      input: { ...year, interval: 'WEEK' },
      sql: [raw.trends(year.from)],
    },
    {
      name: 'Rising themes and policies (weekly tests against two years)',
      query: `query ($input: RisingSignalsInput!) { risingSignals(input: $input) { ${RISING} } }`,
      input: scope,
      sql: [
        `SELECT date_trunc('week', l.received_at), l.policy_id, count(*) FROM (${raw.linked}) l WHERE l.kind = 'complaint' AND l.received_at < ${T} GROUP BY 1, 2`,
        `SELECT date_trunc('week', i.received_at), t.theme_id, count(*) FROM items i JOIN item_themes t ON t.item_id = i.id WHERE i.kind = 'complaint' AND i.received_at < ${T} GROUP BY 1, 2`,
      ],
    },
    {
      name: 'Bottlenecks: flow, backlog, lead and first-response p50/p90 by team, kind, theme and policy, time in status, SLA, waits',
      query: `query ($input: BottlenecksInput!) { bottlenecks(input: $input) { ${BOTTLENECKS} } }`,
      input: { ...scope, limit: 10 },
      sql: [
        `SELECT date_trunc('week', received_at), count(*) FROM items WHERE received_at >= ${P} AND received_at < ${T} GROUP BY 1`,
        `SELECT date_trunc('week', resolved_at), count(*) FROM items WHERE resolved_at >= ${P} AND resolved_at < ${T} GROUP BY 1`,
        `SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY ${T} - received_at) FROM items WHERE received_at < ${T} AND (resolved_at IS NULL OR resolved_at >= ${T}) AND status <> 'closed'`,
        `SELECT team_id, kind, received_at >= ${P}, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY first_response_at - received_at) FROM items WHERE received_at >= ${C} AND received_at < ${T} GROUP BY GROUPING SETS ((3), (1, 3), (2, 3))`,
        `SELECT team_id, kind, resolved_at >= ${P}, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY resolved_at - received_at) FROM items WHERE resolved_at >= ${C} AND resolved_at < ${T} GROUP BY GROUPING SETS ((3), (1, 3), (2, 3))`,
        `SELECT t.theme_id, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY i.resolved_at - i.received_at) FROM items i JOIN item_themes t ON t.item_id = i.id WHERE i.resolved_at >= ${P} AND i.resolved_at < ${T} GROUP BY 1`,
        `SELECT l.policy_id, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY i.resolved_at - i.received_at) FROM (${raw.linked}) l JOIN items i ON i.id = l.id WHERE i.resolved_at >= ${P} AND i.resolved_at < ${T} GROUP BY 1`,
        `SELECT s.status, sum(s.next_at - s.occurred_at), count(DISTINCT s.item_id) FROM (${raw.spans}) s WHERE s.next_at IS NOT NULL GROUP BY 1`,
        `SELECT i.team_id, count(*) FILTER (WHERE i.first_response_at - i.received_at <= sl.first_response_minutes * interval '1 minute'), count(*) FILTER (WHERE coalesce(i.first_response_at, now()) - i.received_at > sl.first_response_minutes * interval '1 minute')
           FROM items i JOIN service_levels sl ON sl.kind = i.kind AND sl.priority = i.priority WHERE i.received_at >= ${P} AND i.received_at < ${T} GROUP BY 1`,
      ],
    },
    {
      name: 'Policy hotspots: friction scores, policy × team matrix, wasteful candidates, quotes',
      query: `query ($input: PolicyHotspotsInput!) { policyHotspots(input: $input) { ${HOTSPOTS} } }`,
      input: scope,
      sql: [
        `SELECT l.policy_id, i.team_id, i.received_at >= ${P}, count(*), count(*) FILTER (WHERE i.kind = 'complaint'), count(*) FILTER (WHERE i.viability = 'hard_no'),
                (SELECT count(*) FROM item_events e WHERE e.item_id = i.id AND e.type IN ('exception_granted', 'exception_refused'))
           FROM (${raw.linked}) l JOIN items i ON i.id = l.id WHERE i.received_at >= ${C} AND i.received_at < ${T} GROUP BY 1, 2, 3, i.id`,
      ],
    },
    {
      name: 'Warning signs (excuses, blame, turnover, sick leave, overwhelm, rising complaints, lost customers)',
      query: `query ($input: WarningSignsInput!) { warningSigns(input: $input) { ${WARNINGS} } }`,
      input: scope,
      sql: [
        `SELECT f.type, count(DISTINCT f.event_id) FROM item_flags f JOIN items i ON i.id = f.item_id WHERE i.received_at >= ${C} AND i.received_at < ${T} AND f.type IN ('excuse', 'blame', 'overload', 'churn-risk') GROUP BY 1`,
        `SELECT count(*) FROM item_events e JOIN items i ON i.id = e.item_id WHERE e.type = 'staff_reply' AND i.received_at >= ${C} AND i.received_at < ${T}`,
        `SELECT i.kind = 'complaint', count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM items n WHERE n.customer_ref = i.customer_ref AND n.received_at > i.received_at AND n.received_at <= i.received_at + interval '90 days'))
           FROM items i WHERE i.customer_ref IS NOT NULL AND i.received_at >= ${C} AND i.received_at < ${T} - interval '90 days' GROUP BY 1`,
      ],
    },
    {
      name: 'Staff load: load vs capacity, pulse, absences, 26 weekly points per team, lagged relations',
      query: `query ($input: StaffLoadInput!) { staffLoad(input: $input) { ${STAFF} } }`,
      input: scope,
      sql: [
        `SELECT team_id, date_trunc('week', received_at), count(*), count(*) FILTER (WHERE kind = 'complaint'), avg(first_response_at - received_at) FROM items WHERE received_at >= ${T} - interval '26 weeks' AND received_at < ${T} GROUP BY 1, 2`,
        `SELECT team_id, count(*) FROM items WHERE received_at < ${T} AND (resolved_at IS NULL OR resolved_at >= ${T}) GROUP BY 1`,
      ],
    },
    {
      name: 'Complaint-handling funnel, with comparison',
      query: `query ($input: ComplaintFunnelInput!) { complaintFunnel(input: $input) { ${FUNNEL} } }`,
      input: scope,
      sql: [
        `SELECT i.received_at >= ${P}, bool_or(f.type = 'protocol-apology'), bool_or(f.type = 'protocol-options'), bool_or(f.type = 'protocol-follow-through'), bool_or(f.type = 'protocol-satisfaction-check'), bool_or(f.type = 'protocol-feedback-request')
           FROM items i LEFT JOIN item_flags f ON f.item_id = i.id WHERE i.kind = 'complaint' AND i.received_at >= ${C} AND i.received_at < ${T} GROUP BY i.id, 1`,
      ],
    },
    {
      name: 'Improvement impact (before/after against a control, bootstrap intervals)',
      query: `query ($input: ImprovementImpactInput!) { improvementImpact(input: $input) { ${IMPACT} } }`,
      input: { actionId },
      sql: [
        `SELECT i.team_id, i.policy_id, sum(s.next_at - s.occurred_at) FROM (
           SELECT e.item_id, e.status, e.occurred_at, lead(e.occurred_at) OVER (PARTITION BY e.item_id ORDER BY e.occurred_at) AS next_at
             FROM item_events e WHERE e.type = 'status_changed') s JOIN items i ON i.id = s.item_id
          WHERE s.status = 'waiting_internal' AND s.next_at IS NOT NULL GROUP BY 1, 2`,
      ],
    },
    {
      name: 'Drilldown: one page of a month’s complaints with negative sentiment',
      query: `query ($input: DrilldownItemsInput!) { drilldownItems(input: $input) { totalCount endCursor nodes { id kind receivedAt } } }`,
      input: {
        drilldown: {
          receivedFrom: `${day(from)}T00:00:00Z`,
          receivedTo: `${day(to)}T00:00:00Z`,
          kinds: ['COMPLAINT'],
          sentiments: ['NEGATIVE'],
        },
        first: 25,
      },
      // The page and its total, as the API answers both.
      sql: [
        `SELECT i.id FROM items i JOIN item_analyses a ON a.item_id = i.id WHERE i.kind = 'complaint' AND a.sentiment = 'negative' AND i.received_at >= ${P} AND i.received_at < ${T} ORDER BY i.received_at DESC LIMIT 25`,
        `SELECT count(*) FROM items i JOIN item_analyses a ON a.item_id = i.id WHERE i.kind = 'complaint' AND a.sentiment = 'negative' AND i.received_at >= ${P} AND i.received_at < ${T}`,
      ],
    },
    {
      name: 'Review pack: every section above for the month',
      query: `query ($input: ReviewPackInput!) { reviewPack(input: $input) { ${PACK} } }`,
      input: scope,
      sql: [],
    },
  ].map((c, _i, all) =>
    // The plain-SQL review pack does the work of all the sections.
    c.name.startsWith('Review pack')
      ? { ...c, sql: all.filter((other) => other !== c).flatMap((other) => other.sql) }
      : c,
  );
}

/** How far the histogram medians of first response per team are from percentile_cont. */
async function percentileDifferences(
  url: string,
  token: string,
  client: Client,
  cases: Case[],
): Promise<number[]> {
  const bottlenecks = cases.find((c) => c.name.startsWith('Bottlenecks'));
  if (!bottlenecks) return [];
  const { bottlenecks: answer } = await graphql<{
    bottlenecks: {
      firstResponses: {
        dimension: string;
        subject: { id: string } | null;
        p50Hours: number | null;
      }[];
    };
  }>(
    url,
    'query ($input: BottlenecksInput!) { bottlenecks(input: $input) { firstResponses { dimension subject { id } p50Hours } } }',
    { input: { ...bottlenecks.input, dimensions: ['TEAM'] } },
    bearer(token),
  );
  const exact = (
    await client.query<{ team_id: string; p50: number }>(
      `SELECT team_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM coalesce(first_response_at, CASE WHEN status IN ('resolved', 'closed') THEN coalesce(resolved_at, closed_at) END) - received_at) / 3600) AS p50
         FROM items WHERE received_at >= $1 AND received_at < $2 AND (first_response_at IS NOT NULL OR status IN ('resolved', 'closed')) GROUP BY 1`,
      [`${bottlenecks.input.from}T00:00:00Z`, `${bottlenecks.input.to}T00:00:00Z`],
    )
  ).rows;
  return answer.firstResponses
    .filter((f) => f.dimension === 'TEAM')
    .flatMap((f) => {
      const subject = f.subject;
      const p50 = f.p50Hours;
      if (!subject || p50 === null) return [];
      const row = exact.find((r) => r.team_id === subject.id);
      return row ? [Math.abs(p50 / Number(row.p50) - 1)] : [];
    });
}
