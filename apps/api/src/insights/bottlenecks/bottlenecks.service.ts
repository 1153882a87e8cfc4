import { Injectable } from '@nestjs/common';
import { DAY_MS, type Period } from '@fulcrum/signals';
import type { DurationGroups, DurationMetric, DurationRow } from '../read-model/durations';
import { RESOLUTION } from '../read-model/histogram';
import { InsightData } from '../read-model/insight-data.service';
import { BEGINNING, Dimension, type MeasureRow } from '../read-model/rollups';
import { measuredEnd, periodRange, resolveScope, type Scope } from '../read-model/scope';

// Kept importable from here until staff-load.service.ts (being edited elsewhere) imports read-model.
export { BEGINNING, measuredEnd };
import { filterConditions, iso, Sql, where } from '../read-model/sql';
import { SlaClock } from '../read-model/drilldown.types';
import {
  BACKLOG_BAND_DAYS,
  composeBacklog,
  composeDurations,
  composeStatusTimes,
  composeWeeks,
  durationGroupings,
  type PopulationRow,
  STATUS_TIME_MEASURES,
  unfinishedRows,
} from './bottlenecks.compose';
import {
  composeServiceLevels,
  type OpenBreachRow,
  type OpenClockRow,
  SLA_MEASURES,
} from './service-levels.compose';
import { composeWaits, type OpenWaitRow, WAITING_STATUSES, WAITS } from './waits.compose';
import {
  type Backlog,
  type DurationFigure,
  FlowDimension,
  type FlowWeek,
  type ServiceLevels,
  type StatusTime,
  type WaitSpot,
} from './bottlenecks.types';
import { type BottlenecksInput } from './bottlenecks.input';
import type { Share } from '../read-model/scope.types';

export const MAX_PERIOD_DAYS = 366;

/** What the lazily resolved Bottlenecks fields compute from. */
export interface BottlenecksRequest {
  scope: Scope;
  limit: number;
  dimensions: FlowDimension[];
  /** Item sets several parts read (the open items at the end, the unanswered ones), fetched once. */
  shared?: Map<string, Promise<PopulationRow[]>>;
}

/** A summarised item set: the open items at the end of the period, or the period's unanswered ones. */
type Population = 'open-at-end' | 'unanswered';

const floorDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

/**
 * Reads the bottleneck figures (rollups, duration histograms, open item facts); the pure
 * bottlenecks, service-levels and waits compose files shape them.
 */
@Injectable()
export class BottlenecksService {
  constructor(private readonly data: InsightData) {}

  request(input: BottlenecksInput): BottlenecksRequest {
    return {
      scope: resolveScope(input, MAX_PERIOD_DAYS, this.data.now()),
      limit: input.limit,
      dimensions: input.dimensions?.length
        ? [...new Set(input.dimensions)]
        : Object.values(FlowDimension),
    };
  }

  periodRanges(scope: Scope) {
    return {
      period: periodRange(scope.period),
      comparisonPeriod: scope.comparison ? periodRange(scope.comparison) : null,
    };
  }

  /** Open items at an instant, from the rollups: everything that arrived before it, less what was resolved. */
  async openAt(
    scope: Scope,
    at: number,
    groupBy: ('team_id' | 'kind')[] = [],
  ): Promise<MeasureRow[]> {
    return this.data.measures({
      filter: scope.filter,
      from: BEGINNING,
      to: floorDay(at),
      unit: null,
      measures: ['arrivals', 'completions'],
      groupBy,
    });
  }

  /** Arrivals against completions per ISO week of the period, with the backlog running along. */
  async weekly({ scope }: BottlenecksRequest): Promise<FlowWeek[]> {
    const { period, filter } = scope;
    const [weeks, before] = await Promise.all([
      this.data.measures({
        filter,
        from: period.from,
        to: period.to,
        unit: 'week',
        measures: ['arrivals', 'completions'],
      }),
      this.openAt(scope, period.from),
    ]);
    return composeWeeks(period, filter, weeks, before);
  }

  /** Open items at the end of the period (now, if sooner): count, ages, bands and the oldest. */
  async backlog(request: BottlenecksRequest): Promise<Backlog> {
    const { scope } = request;
    const at = measuredEnd(scope.period, scope.now);
    const [rows, previous] = await Promise.all([
      this.population(request, 'open-at-end'),
      scope.comparison
        ? this.openAt(scope, measuredEnd(scope.comparison, scope.now))
        : Promise.resolve(null),
    ]);
    return composeBacklog(scope.filter, at, rows, previous);
  }

  /** Lead time of items resolved in the period, by the requested dimensions. */
  leadTimes(request: BottlenecksRequest): Promise<DurationFigure[]> {
    return this.durations(request, 'lead');
  }

  /** Time to first response of items received in the period, by the requested dimensions. */
  firstResponses(request: BottlenecksRequest): Promise<DurationFigure[]> {
    return this.durations(request, 'first-response');
  }

  private async durations(
    request: BottlenecksRequest,
    metric: DurationMetric,
  ): Promise<DurationFigure[]> {
    const { scope, dimensions } = request;
    const groupings = durationGroupings(dimensions);
    // Each grouping for the period and its comparison, read together.
    const sets = groupings.flatMap((groups) => [
      { period: scope.period, groups },
      ...(scope.comparison ? [{ period: scope.comparison, groups }] : []),
    ]);
    const [names, finished, unfinished] = await Promise.all([
      this.data.names(),
      this.data.durations({ filter: scope.filter, metric, sets }),
      Promise.all(groupings.map((groups) => this.unfinished(request, metric, groups))),
    ]);
    return composeDurations({ scope, dimensions, metric, sets, finished, unfinished, names });
  }

  /**
   * What has not happened yet, aged so far, for "including open": for first response the
   * period's items without a reply, aged to now; for lead time the items open at the period's
   * end, aged to it.
   */
  private async unfinished(
    request: BottlenecksRequest,
    metric: DurationMetric,
    groups: DurationGroups,
  ): Promise<DurationRow[]> {
    const rows = await this.population(request, metric === 'lead' ? 'open-at-end' : 'unanswered');
    return unfinishedRows(rows, groups, request.scope.filter);
  }

  /** Time in each open status, flow efficiency and reopen rate of items resolved in the period (rollups). */
  async statusTimes({ scope }: BottlenecksRequest): Promise<{
    timeInStatus: StatusTime[];
    flowEfficiency: number | null;
    reopenRate: Share;
  }> {
    const [row] = await this.data.measures({
      filter: scope.filter,
      from: scope.period.from,
      to: scope.period.to,
      unit: null,
      measures: [...STATUS_TIME_MEASURES],
    });
    return composeStatusTimes(scope, row);
  }

  /**
   * First-response and resolution targets for items received in the period: finished outcomes
   * from the rollups, and open items judged against the clock now (late ones count as breaches).
   */
  async serviceLevels({ scope, limit }: BottlenecksRequest): Promise<ServiceLevels> {
    const read = (p: Period) =>
      this.data.measures({
        filter: scope.filter,
        from: p.from,
        to: p.to,
        unit: null,
        measures: [...SLA_MEASURES],
        groupBy: ['team_id', 'kind'],
      });
    const [finished, previousFinished, open, worstBreaches, names] = await Promise.all([
      read(scope.period),
      scope.comparison ? read(scope.comparison) : Promise.resolve([]),
      this.openClocks(scope, scope.period),
      this.openBreaches(scope, limit),
      this.data.names(),
    ]);
    const previousOpen = scope.comparison ? await this.openClocks(scope, scope.comparison) : [];
    return composeServiceLevels({
      scope,
      finished,
      previousFinished,
      open,
      previousOpen,
      worstBreaches,
      names,
    });
  }

  /**
   * Where items received in the period waited: per team, linked policy and waiting status, the
   * finished spells (rollups) plus the spells still under way (open items), ranked by total time.
   */
  async waits({ scope, limit }: BottlenecksRequest): Promise<WaitSpot[]> {
    const measures = WAITING_STATUSES.flatMap((status) => [WAITS[status].ms, WAITS[status].items]);
    const read = (per?: Dimension.POLICY) =>
      this.data.measures({
        filter: { ...scope.filter, policyIds: [] },
        from: scope.period.from,
        to: scope.period.to,
        unit: null,
        measures,
        groupBy: per ? ['dim_id', 'team_id'] : ['team_id'],
        per,
        // The team-only rows are the items linked to no policy: counted as such, not as the
        // team's total less its linked items (an item linked to two policies is one item).
        unlinkedOnly: !per,
      });
    const [byTeam, byPolicy, open, names] = await Promise.all([
      // With a policy filter there is no "no policy" row to read.
      scope.filter.policyIds.length ? Promise.resolve([]) : read(),
      read(Dimension.POLICY),
      this.openWaits(scope),
      this.data.names(),
    ]);
    return composeWaits({ scope, limit, byTeam, byPolicy, open, names });
  }

  /**
   * A set of items several parts need, summarised once per request: the items open at the end of
   * the period (its backlog, aged to its end) or the period's items still without a reply (aged
   * to now). Counted per age bucket by team and kind, theme and policy, with age bands and the
   * oldest items: small answers, however many items.
   */
  private population(request: BottlenecksRequest, which: Population): Promise<PopulationRow[]> {
    request.shared ??= new Map();
    let rows = request.shared.get(which);
    if (!rows) {
      rows = this.summarisePopulation(request.scope, which, request.limit);
      request.shared.set(which, rows);
    }
    return rows;
  }

  private summarisePopulation(
    scope: Scope,
    which: Population,
    limit: number,
  ): Promise<PopulationRow[]> {
    const sql = new Sql();
    const filter = filterConditions(sql, scope.filter);
    const endMs = which === 'unanswered' ? scope.now : measuredEnd(scope.period, scope.now);
    const at = sql.p(iso(endMs), 'timestamptz');
    // Each item aged to `at`, with its log-histogram bucket.
    const columns = `f.item_id, f.received_at, f.status, f.team_id, f.kind, f.theme_ids, f.linked_policy_ids,
      greatest(0, date_part('epoch', ${at} - f.received_at) * 1000) AS age`;
    let population: string;
    if (which === 'unanswered') {
      population = `SELECT ${columns} FROM insight_item_facts f ${where([
        ...filter,
        `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
        `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
        // Unanswered and unfinished: open items, so the open-items index finds them.
        'f.resolved_at IS NULL',
        'f.first_response_ms IS NULL',
      ])}`;
    } else {
      // Still open, or finished after the end (both indexed).
      population = `SELECT ${columns} FROM insight_item_facts f ${where([...filter, 'f.resolved_at IS NULL', `f.received_at < ${at}`])}`;
      if (endMs < scope.now)
        population += ` UNION ALL SELECT ${columns} FROM insight_item_facts f ${where([...filter, `f.resolved_at >= ${at}`, `f.received_at < ${at}`])}`;
    }
    const bands = sql.p(
      BACKLOG_BAND_DAYS.map((days) => days * DAY_MS),
      'float8[]',
    );
    const none = 'NULL::uuid, NULL::timestamptz, NULL::item_status';
    // Histograms per group as JSON arrays of buckets and counts; bands and the oldest items as rows.
    // Themes and policies unnest in the select list: a lateral unnest would fill a tuplestore
    // per item.
    const histogram = (part: string, keys: string, from: string) =>
      `SELECT '${part}' AS part, h.team_id, h.kind, h.dim_id, 0 AS bucket, 0 AS n,
              json_agg(h.bucket) AS buckets, json_agg(h.n) AS counts,
              NULL::uuid AS item_id, NULL::timestamptz AS received_at, NULL::item_status AS status
         FROM (SELECT ${keys}, o.bucket, count(*)::int AS n FROM ${from} GROUP BY 1, 2, 3, 4) h
        GROUP BY 2, 3, 4`;
    const perSubject = (array: string) =>
      `(SELECT unnest(o.${array}) AS dim_id, o.bucket FROM o) o`;
    const unkeyed = 'NULL::uuid AS team_id, NULL::item_kind AS kind';
    return this.data.query<PopulationRow>(
      `WITH o AS MATERIALIZED (
         SELECT p.*, floor(ln(1 + p.age) * ${RESOLUTION})::int AS bucket FROM (${population}) p)
       ${histogram('basic', 'o.team_id, o.kind, NULL::uuid AS dim_id', 'o')}
       UNION ALL
       ${histogram('theme', `${unkeyed}, o.dim_id`, perSubject('theme_ids'))}
       UNION ALL
       ${histogram('policy', `${unkeyed}, o.dim_id`, perSubject('linked_policy_ids'))}
       UNION ALL
       SELECT 'band', NULL, NULL, NULL, width_bucket(o.age, ${bands}), count(*)::int, NULL, NULL, ${none} FROM o GROUP BY 5
       UNION ALL
       (SELECT 'oldest', o.team_id, o.kind, NULL, 0, 1, NULL, NULL, o.item_id, o.received_at, o.status
          FROM o ORDER BY o.received_at, o.item_id LIMIT ${Number(limit)})`,
      sql.params,
    );
  }

  /** Open items received in a period, per team and kind: breached or still within target now. */
  private openClocks(scope: Scope, period: Period): Promise<OpenClockRow[]> {
    const sql = new Sql();
    const conditions = filterConditions(sql, scope.filter);
    const now = sql.p(iso(scope.now), 'timestamptz');
    conditions.push(
      'f.resolved_at IS NULL',
      `f.received_at >= ${sql.p(iso(period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(period.to), 'timestamptz')}`,
    );
    const age = `date_part('epoch', ${now} - f.received_at) * 1000`;
    return this.data.query<OpenClockRow>(
      `SELECT f.team_id, f.kind,
              count(*) FILTER (WHERE f.first_response_ms IS NULL AND f.first_response_target_ms IS NOT NULL AND ${age} > f.first_response_target_ms)::int AS fr_breached,
              count(*) FILTER (WHERE f.first_response_ms IS NULL AND f.first_response_target_ms IS NOT NULL AND ${age} <= f.first_response_target_ms)::int AS fr_pending,
              count(*) FILTER (WHERE f.first_response_ms IS NULL AND f.first_response_target_ms IS NULL)::int AS fr_none,
              count(*) FILTER (WHERE f.resolution_target_ms IS NOT NULL AND ${age} > f.resolution_target_ms)::int AS res_breached,
              count(*) FILTER (WHERE f.resolution_target_ms IS NOT NULL AND ${age} <= f.resolution_target_ms)::int AS res_pending,
              count(*) FILTER (WHERE f.resolution_target_ms IS NULL)::int AS res_none
         FROM insight_item_facts f ${where(conditions)} GROUP BY 1, 2`,
      sql.params,
    );
  }

  /** Open items of the period past a target, most overdue first. */
  private openBreaches(scope: Scope, limit: number): Promise<OpenBreachRow[]> {
    const sql = new Sql();
    const conditions = filterConditions(sql, scope.filter);
    const now = sql.p(iso(scope.now), 'timestamptz');
    conditions.push(
      'f.resolved_at IS NULL',
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
    );
    const age = `date_part('epoch', ${now} - f.received_at) * 1000`;
    return this.data.query<OpenBreachRow>(
      `SELECT b.* FROM (
         SELECT f.item_id, '${SlaClock.FIRST_RESPONSE}' AS clock, ${age} - f.first_response_target_ms AS overdue, false AS responded
           FROM insight_item_facts f ${where([...conditions, 'f.first_response_ms IS NULL', 'f.first_response_target_ms IS NOT NULL'])}
         UNION ALL
         SELECT f.item_id, '${SlaClock.RESOLUTION}', ${age} - f.resolution_target_ms, f.first_response_ms IS NOT NULL
           FROM insight_item_facts f ${where([...conditions, 'f.resolution_target_ms IS NOT NULL'])}
       ) b WHERE b.overdue > 0 ORDER BY b.overdue DESC, b.item_id LIMIT ${Number(limit)}`,
      sql.params,
    );
  }

  /**
   * Spells under way in waiting statuses for open items received in the period, per team, first
   * linked policy and status (`new_items`: those whose only spell there is this one).
   */
  private openWaits(scope: Scope): Promise<OpenWaitRow[]> {
    const sql = new Sql();
    const conditions = filterConditions(sql, scope.filter);
    const now = sql.p(iso(scope.now), 'timestamptz');
    conditions.push(
      'f.resolved_at IS NULL',
      `f.status = ANY(${sql.p(WAITING_STATUSES, 'item_status[]')})`,
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
    );
    return this.data.query<OpenWaitRow>(
      // Per linked policy, as the finished spells are (an item linked to none under NULL).
      `SELECT f.team_id, p.policy_id, f.status, count(*)::int AS n,
              count(*) FILTER (WHERE CASE f.status WHEN 'new' THEN f.new_ms WHEN 'waiting_on_customer' THEN f.waiting_on_customer_ms ELSE f.waiting_internal_ms END = 0)::int AS new_items,
              sum(greatest(0, date_part('epoch', ${now} - f.status_since) * 1000))::float8 AS ms
         FROM insight_item_facts f
         CROSS JOIN LATERAL unnest(CASE WHEN coalesce(cardinality(f.linked_policy_ids), 0) > 0
                                        THEN f.linked_policy_ids ELSE ARRAY[NULL::uuid] END) AS p(policy_id)
         ${where(conditions)} GROUP BY 1, 2, 3`,
      sql.params,
    );
  }
}
