import { addBuckets, bucketStart, DAY_MS, type Period, WEEK_MS } from '@fulcrum/signals';
import type { EntityManager } from 'typeorm';
import { Dimension, ZERO_UUID } from './rollups';
import { dayOf, type Filter } from './scope';
import { filterConditions, iso, Sql, where } from './sql';

/** First response counts on the day an item arrived; lead time on the day it was finished. */
export type DurationMetric = 'first-response' | 'lead';
/** Per team and kind, or per theme or linked policy (dim_id). */
export type DurationGroups = 'basic' | 'theme' | 'policy';

/** One group's histogram: parallel arrays of buckets and their counts. */
export interface DurationRow {
  team_id: string | null;
  kind: string | null;
  dim_id: string | null;
  buckets: number[];
  counts: number[];
}

const METRIC = { 'first-response': 1, lead: 2 } as const;
const FACT_COLUMNS = {
  'first-response': { at: 'received_at', bucket: 'first_response_bucket' },
  lead: { at: 'resolved_at', bucket: 'lead_bucket' },
} as const;

const nextMonth = (monthStart: number) => addBuckets(monthStart, 'month', 1);
const isFirstOfMonth = (ms: number) => bucketStart(ms, 'month') === ms;

/**
 * Splits a range of whole days into calendar months inside it, then ISO weeks inside what is
 * left, then the remaining days (read from the item facts).
 */
export function planDurationTiers(period: Period): {
  months: string[];
  weeks: string[];
  days: Period[];
} {
  const months: string[] = [];
  const weeks: string[] = [];
  const days: Period[] = [];
  let day = period.from;
  const pushDay = (at: number) => {
    const last = days[days.length - 1];
    if (last && last.to === at) last.to = at + DAY_MS;
    else days.push({ from: at, to: at + DAY_MS });
  };
  while (day < period.to) {
    if (isFirstOfMonth(day) && nextMonth(day) <= period.to) {
      months.push(dayOf(day));
      day = nextMonth(day);
    } else if (
      bucketStart(day, 'week') === day &&
      day + WEEK_MS <= period.to &&
      !crossesMonthStart(day, period)
    ) {
      weeks.push(dayOf(day));
      day += WEEK_MS;
    } else {
      pushDay(day);
      day += DAY_MS;
    }
  }
  return { months, weeks, days };
}

// A week that would swallow the first day of a whole month in the range is left to days, so the
// month can be read whole.
function crossesMonthStart(monday: number, period: Period): boolean {
  for (let d = monday + DAY_MS; d < monday + WEEK_MS; d += DAY_MS)
    if (isFirstOfMonth(d) && nextMonth(d) <= period.to) return true;
  return false;
}

/** Which slice of insight_durations answers the filter and grouping, or null (item facts only). */
function slice(
  filter: Filter,
  groups: DurationGroups,
): { dim: Dimension; id: string | null } | null {
  if (filter.channels.length) return null;
  const themes = filter.themeIds.length;
  const policies = filter.policyIds.length;
  // Theme and policy histograms carry no team: team filters and groupings read the facts there.
  const teams = filter.teamIds.length;
  if (groups === 'theme')
    return policies === 0 && teams === 0 ? { dim: Dimension.THEME, id: null } : null;
  if (groups === 'policy')
    return themes === 0 && teams === 0 ? { dim: Dimension.POLICY, id: null } : null;
  if (themes === 0 && policies === 0) return { dim: Dimension.ALL, id: ZERO_UUID };
  return null;
}

/** One histogram set to read: a range of whole days, grouped one way. */
export interface DurationSet {
  period: Period;
  groups: DurationGroups;
}

interface StoredRow extends DurationRow {
  grain: number;
  dim: number;
  period_start: string;
}

/**
 * Log-histogram counts of a duration, per set: over its range of whole days, per team and kind (or
 * per theme or policy). Whole months and weeks come from insight_durations, all sets in one
 * statement; other days from the item facts, in the same buckets. A theme or policy filter on its
 * own grouping picks the subjects.
 */
export async function readDurations(
  manager: EntityManager,
  query: { filter: Filter; metric: DurationMetric; sets: DurationSet[] },
): Promise<DurationRow[][]> {
  const { filter, metric } = query;
  const plans = query.sets.map(({ period, groups }) => {
    const own = groups === 'theme' ? filter.themeIds : groups === 'policy' ? filter.policyIds : [];
    const rowFilter: Filter = {
      ...filter,
      themeIds: groups === 'theme' ? [] : filter.themeIds,
      policyIds: groups === 'policy' ? [] : filter.policyIds,
    };
    const found = slice(rowFilter, groups);
    const tiers = found ? planDurationTiers(period) : { months: [], weeks: [], days: [period] };
    return { groups, own, rowFilter, found, tiers };
  });
  const stored = plans.flatMap(({ found, tiers }) =>
    found && tiers.months.length + tiers.weeks.length ? [{ found, tiers }] : [],
  );
  const [storedRows, ...factRows] = await Promise.all([
    stored.length ? readStored(manager, filter, metric, stored) : Promise.resolve([]),
    ...plans.map((plan) =>
      Promise.all(
        plan.tiers.days.map((days) =>
          factHistogram(manager, plan.rowFilter, metric, days, plan.groups),
        ),
      ).then((parts) => parts.flat()),
    ),
  ]);
  return plans.map((plan, index) => {
    const { found, tiers, groups, own } = plan;
    const rows = [...factRows[index]];
    if (found)
      for (const row of storedRows) {
        const starts = row.grain === GRAIN.month ? tiers.months : tiers.weeks;
        if (row.dim !== found.dim || !starts.includes(row.period_start)) continue;
        rows.push({
          team_id: groups === 'basic' ? row.team_id : null,
          kind: row.kind,
          dim_id: groups === 'basic' ? null : row.dim_id,
          buckets: row.buckets,
          counts: row.counts,
        });
      }
    return own.length
      ? rows.filter((row) => row.dim_id !== null && own.includes(row.dim_id))
      : rows;
  });
}

const GRAIN = { week: 1, month: 2 } as const;

/** The stored month and week histograms of every set, in one statement. */
function readStored(
  manager: EntityManager,
  filter: Filter,
  metric: DurationMetric,
  plans: {
    found: { dim: Dimension; id: string | null };
    tiers: { months: string[]; weeks: string[] };
  }[],
): Promise<StoredRow[]> {
  const sql = new Sql();
  const sets = plans.map(({ found, tiers }) => {
    const slice = [`d.dim = ${sql.p(found.dim, 'smallint')}`];
    if (found.id) slice.push(`d.dim_id = ${sql.p(found.id, 'uuid')}`);
    const starts = (
      [
        [GRAIN.month, tiers.months],
        [GRAIN.week, tiers.weeks],
      ] as const
    )
      .filter(([, dates]) => dates.length)
      .map(
        ([grain, dates]) =>
          `(d.grain = ${grain} AND d.period_start = ANY(${sql.p(dates, 'date[]')}))`,
      );
    return `(${slice.join(' AND ')} AND (${starts.join(' OR ')}))`;
  });
  const conditions = [`d.metric = ${METRIC[metric]}`, `(${sets.join(' OR ')})`];
  // Kinds filter every grouping; a team filter only reaches per-team rows (theme and policy
  // histograms carry no team, so slice() sends those to the facts).
  if (filter.teamIds.length) conditions.push(`d.team_id = ANY(${sql.p(filter.teamIds, 'uuid[]')})`);
  if (filter.kinds.length) conditions.push(`d.kind = ANY(${sql.p(filter.kinds, 'item_kind[]')})`);
  // The stored JSON copies of the arrays: sent as they are and parsed natively, where integer[]
  // costs an output call per element here and a JavaScript parser there.
  return manager.query<StoredRow[]>(
    `SELECT d.grain, d.dim, d.dim_id, d.team_id, d.kind, d.period_start::text AS period_start,
            d.buckets_json AS buckets, d.counts_json AS counts
       FROM insight_durations d ${where(conditions)}`,
    sql.params,
  );
}

/** The same histogram counted from the item facts (stored bucket columns) for a range of days. */
function factHistogram(
  manager: EntityManager,
  filter: Filter,
  metric: DurationMetric,
  period: Period,
  groups: DurationGroups,
): Promise<DurationRow[]> {
  const sql = new Sql();
  const { at, bucket } = FACT_COLUMNS[metric];
  const conditions = [
    ...filterConditions(sql, filter),
    `f.${at} >= ${sql.p(iso(period.from), 'timestamptz')}`,
    `f.${at} < ${sql.p(iso(period.to), 'timestamptz')}`,
    `f.${bucket} IS NOT NULL`,
  ];
  const counted =
    groups === 'basic'
      ? `SELECT f.team_id, f.kind, NULL::uuid AS dim_id, f.${bucket} AS bucket, count(*)::int AS n
           FROM insight_item_facts f ${where(conditions)} GROUP BY 1, 2, 4`
      : `SELECT NULL::uuid AS team_id, NULL::item_kind AS kind, g.dim_id, f.${bucket} AS bucket, count(*)::int AS n
           FROM insight_item_facts f
           CROSS JOIN LATERAL unnest(${groups === 'theme' ? 'f.theme_ids' : 'f.linked_policy_ids'}) AS g(dim_id)
           ${where(conditions)} GROUP BY 3, 4`;
  return manager.query<DurationRow[]>(
    `SELECT c.team_id, c.kind, c.dim_id, json_agg(c.bucket) AS buckets, json_agg(c.n) AS counts
       FROM (${counted}) c GROUP BY 1, 2, 3`,
    sql.params,
  );
}
