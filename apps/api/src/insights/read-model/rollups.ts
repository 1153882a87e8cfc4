import { addBuckets, bucketStart, DAY_MS, WEEK_MS } from '@fulcrum/signals';
import type { EntityManager } from 'typeorm';
import { isCompletion, type Measure, measureSql } from './measures';
import { dayOf, type Filter } from './scope';
import { filterConditions, iso, Sql, where } from './sql';

// Reads the measures (measures.ts) from the rollups when a filter allows, else computes them
// from the item facts, with identical results.

export type { Measure } from './measures';

export type Grouping = 'kind' | 'team_id' | 'dim_id' | 'channel';

export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** A Monday long before any data: sums "since the beginning" start here. */
export const BEGINNING = Date.UTC(1970, 0, 5);

/** Which rollup rows to read: all items, per theme or per linked policy. */
export enum Dimension {
  ALL = 0,
  THEME = 1,
  POLICY = 2,
}

export interface MeasureQuery {
  filter: Filter;
  /** Whole UTC days, epoch ms, [from, to). */
  from: number;
  to: number;
  /** Bucket width; null sums the whole range into one row. */
  unit: 'day' | 'week' | 'month' | null;
  measures: readonly Measure[];
  groupBy?: readonly Grouping[];
  /** Group per theme or per policy (`dim_id` then names it). */
  per?: Dimension.THEME | Dimension.POLICY;
  /** Items linked to no policy only (read from the item facts: the rollups hold no such slice). */
  unlinkedOnly?: boolean;
}

export type MeasureRow = Record<Measure, number> & {
  bucket: string | null;
  kind?: string;
  team_id?: string | null;
  dim_id?: string;
  channel?: string;
};

/** Where a query can be answered: one slice of the rollups, or (null) only from item facts. */
function rollupSlice(
  filter: Filter,
  per: MeasureQuery['per'],
): { dim: Dimension; id: string | null } | null {
  const themes = filter.themeIds.length;
  const policies = filter.policyIds.length;
  if (per === Dimension.THEME)
    return themes === 0 && policies === 0 ? { dim: per, id: null } : null;
  if (per === Dimension.POLICY)
    return themes === 0 && policies === 0 ? { dim: per, id: null } : null;
  if (themes === 0 && policies === 0) return { dim: Dimension.ALL, id: ZERO_UUID };
  if (themes === 1 && policies === 0) return { dim: Dimension.THEME, id: filter.themeIds[0] };
  if (policies === 1 && themes === 0) return { dim: Dimension.POLICY, id: filter.policyIds[0] };
  return null;
}

/** True when the rollups answer this filter (one theme or one policy at most, not both). */
export const servedByRollups = (filter: Filter, per?: MeasureQuery['per']) =>
  rollupSlice(filter, per) !== null;

/**
 * Sums measures per bucket (and grouping) over whole days: from the rollups when the filter
 * allows (whole weeks from the weekly tier, the days around them from the daily tier), else from
 * item facts, with identical results.
 */
export async function readMeasures(
  manager: EntityManager,
  query: MeasureQuery,
): Promise<MeasureRow[]> {
  const slice = query.unlinkedOnly ? null : rollupSlice(query.filter, query.per);
  const sql = new Sql();
  let text: string;
  if (!slice) text = factsSql(sql, query);
  else {
    const plan = planTiers(query);
    const parts = (['weekly', 'daily'] as const)
      .filter((tier) => plan[tier].length > 0)
      .map((tier) => tierRows(sql, query, slice, tier, plan[tier]));
    // Both tiers in one statement: a query is planned once, and its rows summed where they are.
    text = sumRows(query, parts.join(' UNION ALL '));
  }
  const rows = await manager.query<Record<string, unknown>[]>(text, sql.params);
  return rows.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const measure of query.measures) out[measure] = Number(row[measure] ?? 0);
    return out as MeasureRow;
  });
}

/** Sums the measures of `rows` (bucket, groupings, measures) per bucket and grouping. */
function sumRows(query: MeasureQuery, rows: string): string {
  const keys = ['x.bucket', ...(query.groupBy ?? []).map((group) => `x.${group}`)];
  const sums = query.measures.map((measure) => `sum(x.${measure})::float8 AS ${measure}`);
  return `SELECT ${[...keys, ...sums].join(', ')} FROM (${rows}) x GROUP BY ${keys.join(', ')} ORDER BY 1`;
}

/** A run of consecutive days or weeks of a tier, by the ISO dates of its first and last. */
export interface TierRange {
  first: string;
  last: string;
}

/**
 * Which whole weeks the weekly tier can answer and which days are left for the daily tier, as
 * runs: a week qualifies when it lies inside the range (and inside one month, for month buckets).
 * The weekly tier has no channel, so channel filters and groupings read days only.
 */
export function planTiers(
  query: Pick<MeasureQuery, 'from' | 'to' | 'unit' | 'filter' | 'groupBy'>,
): {
  weekly: TierRange[];
  daily: TierRange[];
} {
  const daysOnly =
    query.unit === 'day' ||
    query.filter.channels.length > 0 ||
    (query.groupBy ?? []).includes('channel');
  const weekly: TierRange[] = [];
  const daily: TierRange[] = [];
  const push = (into: TierRange[], from: number, to: number, step: number) => {
    if (from < to) into.push({ first: dayOf(from), last: dayOf(to - step) });
  };
  // Month buckets split the range at month starts; weeks never cross one.
  for (let from = query.from; from < query.to;) {
    const to =
      query.unit === 'month'
        ? Math.min(addBuckets(bucketStart(from, 'month'), 'month', 1), query.to)
        : query.to;
    const firstMonday = daysOnly ? to : Math.min(bucketStart(from + 6 * DAY_MS, 'week'), to);
    const weeks = Math.max(0, Math.floor((to - firstMonday) / WEEK_MS));
    const weeksEnd = firstMonday + weeks * WEEK_MS;
    push(daily, from, weeks ? firstMonday : to, DAY_MS);
    push(weekly, firstMonday, weeksEnd, WEEK_MS);
    if (weeks) push(daily, weeksEnd, to, DAY_MS);
    from = to;
  }
  return { weekly, daily };
}

/** The condition that picks a tier's runs: one run as a range, several as a list of dates. */
function tierCondition(sql: Sql, column: string, ranges: TierRange[], step: number): string {
  if (ranges.length === 1)
    return `${column} >= ${sql.p(ranges[0].first, 'date')} AND ${column} <= ${sql.p(ranges[0].last, 'date')}`;
  const dates: string[] = [];
  for (const { first, last } of ranges)
    for (let at = Date.parse(first); at <= Date.parse(last); at += step) dates.push(dayOf(at));
  return `${column} = ANY(${sql.p(dates, 'date[]')})`;
}

function bucketExpression(unit: MeasureQuery['unit'], day: string): string {
  return unit === null ? 'NULL::date' : `date_trunc('${unit}', ${day})::date`;
}

/** One tier's rows of the slice in the runs (bucket, groupings, measures), to be summed. */
function tierRows(
  sql: Sql,
  query: MeasureQuery,
  slice: { dim: Dimension; id: string | null },
  tier: 'weekly' | 'daily',
  ranges: TierRange[],
): string {
  const groups = query.groupBy ?? [];
  const [table, column] =
    tier === 'weekly' ? ['insight_rollup_weekly', 'week'] : ['insight_rollup', 'day'];
  const conditions = [`r.dim = ${sql.p(slice.dim, 'smallint')}`];
  if (slice.id !== null) conditions.push(`r.dim_id = ${sql.p(slice.id, 'uuid')}`);
  conditions.push(tierCondition(sql, `r.${column}`, ranges, tier === 'weekly' ? WEEK_MS : DAY_MS));
  const { teamIds, kinds, channels } = query.filter;
  if (teamIds.length) conditions.push(`r.team_id = ANY(${sql.p(teamIds, 'uuid[]')})`);
  if (kinds.length) conditions.push(`r.kind = ANY(${sql.p(kinds, 'item_kind[]')})`);
  if (channels.length) conditions.push(`r.channel = ANY(${sql.p(channels, 'channel[]')})`);
  const bucket =
    tier === 'weekly' && query.unit === 'week'
      ? 'r.week'
      : bucketExpression(query.unit, `r.${column}::timestamp`);
  const selected = [
    `${bucket} AS bucket`,
    ...groups.map((group) => `r.${group}`),
    ...query.measures.map((measure) => `r.${measure}`),
  ];
  return `SELECT ${selected.join(', ')} FROM ${table} r ${where(conditions)}`;
}

function factsSql(sql: Sql, query: MeasureQuery): string {
  const groups = query.groupBy ?? [];
  const filter = filterConditions(sql, query.filter);
  if (query.unlinkedOnly) filter.push('coalesce(cardinality(f.linked_policy_ids), 0) = 0');
  const from = sql.p(iso(query.from), 'timestamptz');
  const to = sql.p(iso(query.to), 'timestamptz');
  const lateral =
    query.per === Dimension.THEME
      ? 'CROSS JOIN LATERAL unnest(f.theme_ids) AS g(dim_id)'
      : query.per === Dimension.POLICY
        ? 'CROSS JOIN LATERAL unnest(f.linked_policy_ids) AS g(dim_id)'
        : '';
  const groupColumns = groups.map((group) => (group === 'dim_id' ? 'g.dim_id' : `f.${group}`));
  const arrivals = query.measures.filter((measure) => !isCompletion(measure));
  const completions = query.measures.filter(isCompletion);
  const part = (at: 'received_at' | 'resolved_at', own: readonly Measure[]) => {
    const policy = query.per === Dimension.POLICY ? 'g.dim_id' : null;
    const columns = query.measures.map((measure) =>
      own.includes(measure) ? `${measureSql(measure, policy)} AS ${measure}` : `0 AS ${measure}`,
    );
    const bucket = bucketExpression(query.unit, `(f.${at} AT TIME ZONE 'UTC')`);
    const conditions = [...filter, `f.${at} >= ${from}`, `f.${at} < ${to}`];
    if (at === 'resolved_at') conditions.push('f.lead_ms IS NOT NULL');
    return `SELECT ${[`${bucket} AS bucket`, ...groupColumns.map((column, i) => `${column} AS ${groups[i]}`), ...columns].join(', ')} FROM insight_item_facts f ${lateral} ${where(conditions)}`;
  };
  const parts = [
    ...(arrivals.length ? [part('received_at', arrivals)] : []),
    ...(completions.length ? [part('resolved_at', completions)] : []),
  ];
  return sumRows(query, parts.join(' UNION ALL '));
}
