import { addBuckets, bucketStart, DAY_MS, WEEK_MS } from '@fulcrum/signals';
import type { EntityManager } from 'typeorm';
import { FlagType } from '../../analysis/analysis.enums';
import { dayOf, type Filter } from './scope';
import { ComplaintStep } from './drilldown.types';
import { filterConditions, hasFlag, iso, Sql, stepDone, where } from './sql';

/**
 * The additive measures of insight_rollup, and the same figures computed from item facts (for
 * filters the rollups cannot answer). Arrival measures count on the day an item arrived,
 * completion measures on the day it was resolved. Keep in step with the migration that created
 * insight_rollup (an integration test checks both paths agree).
 */
const FR_ELAPSED =
  'coalesce(f.first_response_ms, (extract(epoch FROM f.resolved_at - f.received_at) * 1000)::bigint)';
const RES_ELAPSED = '(extract(epoch FROM f.resolved_at - f.received_at) * 1000)::bigint';

/** protocol_done_k: did step k; protocol_reached_k: did steps 1..k (the complaint funnel). */
function protocolMeasures() {
  const steps = Object.values(ComplaintStep).map((step) => stepDone(step));
  const measures: Record<string, string> = {};
  steps.forEach((step, k) => {
    measures[`protocol_done_${k + 1}`] = `(${step})::int`;
    measures[`protocol_reached_${k + 1}`] = `(${steps.slice(0, k + 1).join(' AND ')})::int`;
  });
  return measures as Record<ProtocolMeasure, string>;
}
type ProtocolMeasure = `protocol_${'done' | 'reached'}_${1 | 2 | 3 | 4 | 5}`;

const ARRIVAL = {
  arrivals: '1',
  analysed: '(f.sentiment IS NOT NULL)::int',
  negative: `(f.sentiment IS NOT DISTINCT FROM 'negative')::int`,
  // Sums of fractional values are double precision on both paths, as the rollup columns are:
  // summing the real column as real would round differently from the rollups.
  sentiment_sum: 'coalesce(f.sentiment_score, 0)::float8',
  rated: '(f.satisfaction IS NOT NULL)::int',
  satisfaction_sum: 'coalesce(f.satisfaction, 0)',
  responded: '(f.first_response_at IS NOT NULL)::int',
  response_log_sum: 'coalesce(ln(1 + f.first_response_ms / 60000.0), 0)::float8',
  escalated: `(f.escalations > 0 OR f.viability IS NOT DISTINCT FROM 'escalated')::int`,
  hard_noes: `(f.viability IS NOT DISTINCT FROM 'hard_no')::int`,
  soft_noes: `(f.viability IS NOT DISTINCT FROM 'soft_no')::int`,
  exceptions_granted: 'f.exceptions_granted',
  exceptions_refused: 'f.exceptions_refused',
  staff_texts: 'f.staff_texts',
  excuse_texts: 'f.excuse_texts',
  blame_texts: 'f.blame_texts',
  churn_flags: `(${hasFlag(FlagType.CHURN_RISK)})::int`,
  overload_flags: `(${hasFlag(FlagType.OVERLOAD)})::int`,
  friction_flags: `(${hasFlag(FlagType.POLICY_FRICTION)})::int`,
  waiting_internal_ms: 'f.waiting_internal_ms',
  waiting_new_ms: 'f.new_ms',
  waiting_customer_ms: 'f.waiting_on_customer_ms',
  waited_internal: '(f.waiting_internal_ms > 0)::int',
  waited_new: '(f.new_ms > 0)::int',
  waited_customer: '(f.waiting_on_customer_ms > 0)::int',
  first_response_met: `coalesce((f.first_response_target_ms IS NOT NULL AND ${FR_ELAPSED} <= f.first_response_target_ms)::int, 0)`,
  first_response_breached: `coalesce((f.first_response_target_ms IS NOT NULL AND ${FR_ELAPSED} > f.first_response_target_ms)::int, 0)`,
  resolution_met: `coalesce((f.resolution_target_ms IS NOT NULL AND ${RES_ELAPSED} <= f.resolution_target_ms)::int, 0)`,
  resolution_breached: `coalesce((f.resolution_target_ms IS NOT NULL AND ${RES_ELAPSED} > f.resolution_target_ms)::int, 0)`,
  ...protocolMeasures(),
  // Per linked policy only ({policy} is the policy a row counts for).
  explicit_links: '(f.policy_id IS NOT DISTINCT FROM {policy})::int',
  mention_links: '({policy} = ANY(f.mentioned_policy_ids))::int',
} as const;

const COMPLETION = {
  completions: '1',
  lead_ms: 'f.lead_ms',
  lead_log_sum: 'ln(1 + greatest(0, f.lead_ms) / 60000.0)::float8',
  reopened: '(f.reopened > 0)::int',
  timed_completions: 'f.has_timeline::int',
  done_new_ms: 'f.has_timeline::int * f.new_ms',
  done_in_progress_ms: 'f.has_timeline::int * f.in_progress_ms',
  done_waiting_customer_ms: 'f.has_timeline::int * f.waiting_on_customer_ms',
  done_waiting_internal_ms: 'f.has_timeline::int * f.waiting_internal_ms',
  done_new_items: '(f.has_timeline AND f.new_ms > 0)::int',
  done_in_progress_items: '(f.has_timeline AND f.in_progress_ms > 0)::int',
  done_waiting_customer_items: '(f.has_timeline AND f.waiting_on_customer_ms > 0)::int',
  done_waiting_internal_items: '(f.has_timeline AND f.waiting_internal_ms > 0)::int',
} as const;

export type ArrivalMeasure = keyof typeof ARRIVAL;
export type CompletionMeasure = keyof typeof COMPLETION;
export type Measure = ArrivalMeasure | CompletionMeasure;
export type Grouping = 'kind' | 'team_id' | 'dim_id' | 'channel';

const isCompletion = (measure: Measure): measure is CompletionMeasure => measure in COMPLETION;

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
    const columns = query.measures.map((measure) => {
      if (!own.includes(measure)) return `0 AS ${measure}`;
      const expression = isCompletion(measure) ? COMPLETION[measure] : ARRIVAL[measure];
      if (!expression.includes('{policy}')) return `${expression} AS ${measure}`;
      return query.per === Dimension.POLICY
        ? `${expression.replace(/\{policy\}/g, 'g.dim_id')} AS ${measure}`
        : `0 AS ${measure}`;
    });
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
