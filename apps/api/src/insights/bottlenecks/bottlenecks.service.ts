import { Injectable } from '@nestjs/common';
import { addBuckets, bucketStarts, DAY_MS, type Period } from '@fulcrum/signals';
import { ItemKind, ItemStatus } from '../../items/item.enums';
import {
  type Backlog,
  type BottlenecksInput,
  type DurationFigure,
  FlowDimension,
  type FlowWeek,
  type ServiceLevels,
  type SlaAttainment,
  type SlaBreach,
  type SlaGroup,
  type StatusTime,
  type WaitSpot,
} from './bottlenecks.types';
import { type Drilldown, SlaClock } from '../read-model/drilldown.types';
import type { NamedRef, Share } from '../read-model/scope.types';
import {
  type DurationGroups,
  type DurationMetric,
  type DurationRow,
} from '../read-model/durations';
import { countChange, HOUR_MS, hoursLabel, shareOf } from '../read-model/figures';
import { Histogram, RESOLUTION } from '../read-model/histogram';
import { InsightData, type Names } from '../read-model/insight-data.service';
import { Dimension, type MeasureRow } from '../read-model/rollups';
import { dayOf, periodRange, resolveScope, type Scope } from '../read-model/scope';
import { filterConditions, filterDrilldown, iso, Sql, where } from '../read-model/sql';

export const MAX_PERIOD_DAYS = 366;
/** A Monday long before any data: sums "since the beginning" start here. */
export const BEGINNING = Date.UTC(1970, 0, 5);

const BANDS = [7, 30, 90];

/** Waiting statuses and their rollup measures: [finished ms of arrivals, items that waited, finished ms of resolved, items]. */
const WAITS = {
  [ItemStatus.NEW]: ['waiting_new_ms', 'waited_new', 'done_new_ms', 'done_new_items'],
  [ItemStatus.WAITING_ON_CUSTOMER]: [
    'waiting_customer_ms',
    'waited_customer',
    'done_waiting_customer_ms',
    'done_waiting_customer_items',
  ],
  [ItemStatus.WAITING_INTERNAL]: [
    'waiting_internal_ms',
    'waited_internal',
    'done_waiting_internal_ms',
    'done_waiting_internal_items',
  ],
} as const;
type WaitingStatus = keyof typeof WAITS;
const WAITING_STATUSES = Object.keys(WAITS) as WaitingStatus[];
const OPEN_STATUSES = [...WAITING_STATUSES, ItemStatus.IN_PROGRESS];

/** The parent of the lazily resolved Bottlenecks fields. */
export interface BottlenecksRequest {
  scope: Scope;
  limit: number;
  dimensions: FlowDimension[];
  /** Item sets several parts read (the open items at the end, the unanswered ones), fetched once. */
  shared?: Map<string, Promise<PopulationRow[]>>;
}

/** The end of a period as measured: its end, or now if that is sooner. */
export const measuredEnd = (period: Period, now: number) => Math.min(period.to, now);

const floorDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

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
    let backlog = before.reduce((sum, row) => sum + row.arrivals - row.completions, 0);
    const byWeek = new Map(weeks.map((row) => [row.bucket, row]));
    return bucketStarts(period, 'week').map((start) => {
      const row = byWeek.get(dayOf(start));
      const arrivals = row?.arrivals ?? 0;
      const completions = row?.completions ?? 0;
      backlog += arrivals - completions;
      const from = new Date(Math.max(start, period.from));
      const to = new Date(Math.min(addBuckets(start, 'week', 1), period.to));
      return {
        weekStart: dayOf(start),
        arrivals,
        completions,
        net: arrivals - completions,
        backlogAtEnd: backlog,
        arrivalsDrilldown: filterDrilldown(filter, { receivedFrom: from, receivedTo: to }),
        completionsDrilldown: filterDrilldown(filter, { resolvedFrom: from, resolvedTo: to }),
      };
    });
  }

  /**
   * A set of items several parts need, summarised once per request: the items open at the end of
   * the period (its backlog, aged to its end) or the period's items still without a reply (aged
   * to now). Counted per age bucket by team and kind, theme and policy, with age bands and the
   * oldest items: small answers, however many items.
   */
  private population(
    request: BottlenecksRequest,
    which: 'open-at-end' | 'unanswered',
  ): Promise<PopulationRow[]> {
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
    which: 'open-at-end' | 'unanswered',
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
      BANDS.map((days) => days * DAY_MS),
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
    const h = new Histogram();
    for (const row of rows)
      if (row.part === 'basic' && row.buckets && row.counts) h.addAll(row.buckets, row.counts);
    const count = h.size;
    const edges = [0, ...BANDS];
    const bandCounts = edges.map(() => 0);
    for (const row of rows)
      if (row.part === 'band') bandCounts[Number(row.bucket)] += Number(row.n);
    const previousCount = previous
      ? previous.reduce((sum, row) => sum + row.arrivals - row.completions, 0)
      : null;
    const quantile = (p: number) => {
      const ms = h.quantile(p);
      return ms === null ? null : ms / HOUR_MS;
    };
    return {
      at: new Date(at),
      count,
      change: countChange(count, previousCount),
      ageP50Hours: quantile(0.5),
      ageP90Hours: quantile(0.9),
      bands: edges.map((minDays, index) => ({
        label:
          index + 1 < edges.length ? `${minDays}–${edges[index + 1]} days` : `${minDays}+ days`,
        minDays,
        maxDays: edges[index + 1] ?? null,
        count: bandCounts[index],
      })),
      oldest: rows
        .filter((row) => row.part === 'oldest' && row.item_id !== null && row.received_at !== null)
        .map((row) => ({
          itemId: row.item_id as string,
          ageHours: (at - new Date(row.received_at as Date).getTime()) / HOUR_MS,
          status: row.status as ItemStatus,
        })),
      drilldown: filterDrilldown(scope.filter, { openAt: new Date(at) }),
    };
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
    const wanted: DurationGroups[] = [];
    if (
      dimensions.some((d) =>
        [FlowDimension.ALL, FlowDimension.TEAM, FlowDimension.KIND].includes(d),
      )
    )
      wanted.push('basic');
    if (dimensions.includes(FlowDimension.THEME)) wanted.push('theme');
    if (dimensions.includes(FlowDimension.POLICY)) wanted.push('policy');
    // Each grouping for the period and its comparison, read together.
    const sets = wanted.flatMap((groups) => [
      { period: scope.period, groups },
      ...(scope.comparison ? [{ period: scope.comparison, groups }] : []),
    ]);
    const [names, read, open] = await Promise.all([
      this.data.names(),
      this.data.durations({ filter: scope.filter, metric, sets }),
      Promise.all(wanted.map((groups) => this.unfinished(request, metric, groups))),
    ]);
    type Group = {
      dimension: FlowDimension;
      key: string | null;
      done: Histogram;
      withOpen: Histogram;
      previous: Histogram;
    };
    const groups = new Map<string, Group>();
    const into = (dimension: FlowDimension, key: string | null) => {
      const id = `${dimension}|${key ?? ''}`;
      let group = groups.get(id);
      if (!group)
        groups.set(
          id,
          (group = {
            dimension,
            key,
            done: new Histogram(),
            withOpen: new Histogram(),
            previous: new Histogram(),
          }),
        );
      return group;
    };
    const targets = (groupsOf: DurationGroups, row: DurationRow): Group[] => {
      if (groupsOf === 'theme') return row.dim_id ? [into(FlowDimension.THEME, row.dim_id)] : [];
      if (groupsOf === 'policy') return row.dim_id ? [into(FlowDimension.POLICY, row.dim_id)] : [];
      const list: Group[] = [];
      if (dimensions.includes(FlowDimension.ALL)) list.push(into(FlowDimension.ALL, null));
      if (dimensions.includes(FlowDimension.TEAM)) list.push(into(FlowDimension.TEAM, row.team_id));
      if (dimensions.includes(FlowDimension.KIND)) list.push(into(FlowDimension.KIND, row.kind));
      return list;
    };
    sets.forEach(({ period, groups: groupsOf }, index) => {
      const current = period === scope.period;
      for (const row of read[index])
        for (const g of targets(groupsOf, row)) {
          if (!current) g.previous.addAll(row.buckets, row.counts);
          else {
            g.done.addAll(row.buckets, row.counts);
            g.withOpen.addAll(row.buckets, row.counts);
          }
        }
    });
    wanted.forEach((groupsOf, index) => {
      for (const row of open[index])
        for (const g of targets(groupsOf, row)) g.withOpen.addAll(row.buckets, row.counts);
    });
    if (dimensions.includes(FlowDimension.ALL)) into(FlowDimension.ALL, null);
    const order = Object.values(FlowDimension);
    return [...groups.values()]
      .map((group) => this.durationFigure(group, metric, scope, names))
      .filter((figure) => figure.items > 0 || figure.dimension === FlowDimension.ALL)
      .sort(
        (a, b) =>
          order.indexOf(a.dimension) - order.indexOf(b.dimension) ||
          b.items - a.items ||
          figureName(a).localeCompare(figureName(b)),
      );
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
    const { filter } = request.scope;
    const own = groups === 'theme' ? filter.themeIds : groups === 'policy' ? filter.policyIds : [];
    return rows
      .filter(
        (row) =>
          row.part === groups && (!own.length || (row.dim_id !== null && own.includes(row.dim_id))),
      )
      .map((row) => ({
        team_id: row.team_id,
        kind: row.kind,
        dim_id: row.dim_id,
        buckets: row.buckets ?? [],
        counts: row.counts ?? [],
      }));
  }

  private durationFigure(
    group: {
      dimension: FlowDimension;
      key: string | null;
      done: Histogram;
      withOpen: Histogram;
      previous: Histogram;
    },
    metric: DurationMetric,
    scope: Scope,
    names: Names,
  ): DurationFigure {
    const { dimension, key } = group;
    const nameMap =
      dimension === FlowDimension.TEAM
        ? names.teams
        : dimension === FlowDimension.THEME
          ? names.themes
          : dimension === FlowDimension.POLICY
            ? names.policies
            : null;
    const subject: NamedRef | null =
      nameMap && key ? { id: key, name: nameMap.get(key) ?? 'Unknown' } : null;
    const { period } = scope;
    const extra: Drilldown =
      metric === 'lead'
        ? { resolvedFrom: new Date(period.from), resolvedTo: new Date(period.to) }
        : { receivedFrom: new Date(period.from), receivedTo: new Date(period.to) };
    if (dimension === FlowDimension.TEAM && key) extra.teamIds = [key];
    if (dimension === FlowDimension.KIND && key) extra.kinds = [key as ItemKind];
    if (dimension === FlowDimension.THEME && key) extra.themeIds = [key];
    if (dimension === FlowDimension.POLICY && key) extra.linkedPolicyIds = [key];
    const hoursOf = (h: Histogram, p: number) => {
      const ms = h.quantile(p);
      return ms === null ? null : ms / HOUR_MS;
    };
    const p50 = hoursOf(group.done, 0.5);
    const previous = scope.comparison ? hoursOf(group.previous, 0.5) : null;
    const finished = group.done.size;
    return {
      dimension,
      subject,
      kind: dimension === FlowDimension.KIND ? (key as ItemKind) : null,
      // Lead time is about resolved items; still-open ones only join "including open".
      items: metric === 'lead' ? finished : group.withOpen.size,
      finished,
      p50Hours: p50,
      p90Hours: hoursOf(group.done, 0.9),
      p50IncludingOpenHours: hoursOf(group.withOpen, 0.5),
      previousP50Hours: previous,
      change: countChange(p50, previous),
      drilldown: filterDrilldown(scope.filter, extra),
    };
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
      measures: [
        'completions',
        'reopened',
        'done_new_ms',
        'done_in_progress_ms',
        'done_waiting_customer_ms',
        'done_waiting_internal_ms',
        'done_new_items',
        'done_in_progress_items',
        'done_waiting_customer_items',
        'done_waiting_internal_items',
      ],
    });
    const m = (name: string) => Number((row as Record<string, unknown> | undefined)?.[name] ?? 0);
    const spans = OPEN_STATUSES.map((status) => {
      const key =
        status === ItemStatus.IN_PROGRESS
          ? 'in_progress'
          : status === ItemStatus.NEW
            ? 'new'
            : status;
      return { status, ms: m(`done_${key}_ms`), items: m(`done_${key}_items`) };
    });
    const allOpen = spans.reduce((sum, span) => sum + span.ms, 0);
    const working = spans.find((span) => span.status === ItemStatus.IN_PROGRESS)?.ms ?? 0;
    return {
      timeInStatus: spans
        .filter((span) => span.items > 0)
        .map((span) => ({
          status: span.status,
          waiting: span.status !== ItemStatus.IN_PROGRESS,
          totalHours: span.ms / HOUR_MS,
          items: span.items,
          meanHours: span.items > 0 ? span.ms / span.items / HOUR_MS : null,
          shareOfLead: allOpen > 0 ? span.ms / allOpen : 0,
          drilldown: filterDrilldown(scope.filter, {
            resolvedFrom: new Date(scope.period.from),
            resolvedTo: new Date(scope.period.to),
            waitedIn: span.status,
          }),
        }))
        .sort((a, b) => b.totalHours - a.totalHours),
      flowEfficiency: allOpen > 0 ? working / allOpen : null,
      reopenRate: shareOf(m('reopened'), m('completions')),
    };
  }

  /**
   * First-response and resolution targets for items received in the period: finished outcomes
   * from the rollups, and open items judged against the clock now (late ones count as breaches).
   */
  async serviceLevels({ scope, limit }: BottlenecksRequest): Promise<ServiceLevels> {
    const measures = [
      'first_response_met',
      'first_response_breached',
      'resolution_met',
      'resolution_breached',
    ] as const;
    const read = (p: Period) =>
      this.data.measures({
        filter: scope.filter,
        from: p.from,
        to: p.to,
        unit: null,
        measures: [...measures],
        groupBy: ['team_id', 'kind'],
      });
    const [current, previous, open, worst, names] = await Promise.all([
      read(scope.period),
      scope.comparison ? read(scope.comparison) : Promise.resolve([]),
      this.openClocks(scope, scope.period),
      this.openBreaches(scope, limit),
      this.data.names(),
    ]);
    const previousOpen = scope.comparison ? await this.openClocks(scope, scope.comparison) : [];
    type Counts = {
      frMet: number;
      frBreached: number;
      frPending: number;
      frNone: number;
      resMet: number;
      resBreached: number;
      resPending: number;
      resNone: number;
    };
    const zero = (): Counts => ({
      frMet: 0,
      frBreached: 0,
      frPending: 0,
      frNone: 0,
      resMet: 0,
      resBreached: 0,
      resPending: 0,
      resNone: 0,
    });
    const tally = (
      rows: MeasureRow[],
      openRows: OpenClockRow[],
      pick: (team: string | null, kind: string) => boolean,
    ) => {
      const c = zero();
      for (const row of rows) {
        if (!pick(row.team_id ?? null, row.kind ?? '')) continue;
        c.frMet += row.first_response_met;
        c.frBreached += row.first_response_breached;
        c.resMet += row.resolution_met;
        c.resBreached += row.resolution_breached;
      }
      for (const row of openRows) {
        if (!pick(row.team_id, row.kind)) continue;
        c.frBreached += Number(row.fr_breached);
        c.frPending += Number(row.fr_pending);
        c.frNone += Number(row.fr_none);
        c.resBreached += Number(row.res_breached);
        c.resPending += Number(row.res_pending);
        c.resNone += Number(row.res_none);
      }
      return c;
    };
    const drill = (clock: SlaClock, extra: Drilldown = {}) =>
      filterDrilldown(scope.filter, {
        receivedFrom: new Date(scope.period.from),
        receivedTo: new Date(scope.period.to),
        slaBreached: clock,
        ...extra,
      });
    const attainment = (c: Counts, clock: 'fr' | 'res', extra: Drilldown = {}): SlaAttainment => {
      const met = clock === 'fr' ? c.frMet : c.resMet;
      const breached = clock === 'fr' ? c.frBreached : c.resBreached;
      return {
        met,
        breached,
        pending: clock === 'fr' ? c.frPending : c.resPending,
        noTarget: clock === 'fr' ? c.frNone : c.resNone,
        attainment: shareOf(met, met + breached),
        breachesDrilldown: drill(
          clock === 'fr' ? SlaClock.FIRST_RESPONSE : SlaClock.RESOLUTION,
          extra,
        ),
      };
    };
    const all = tally(current, open, () => true);
    const before = scope.comparison ? tally(previous, previousOpen, () => true) : null;
    const teams = [
      ...new Set([...current.map((r) => r.team_id ?? null), ...open.map((r) => r.team_id)]),
    ].filter((id): id is string => id !== null);
    const kinds = [
      ...new Set([...current.map((r) => r.kind ?? ''), ...open.map((r) => r.kind)]),
    ].filter(Boolean);
    const groups: SlaGroup[] = [
      ...teams
        .map((team) => {
          const c = tally(current, open, (t) => t === team);
          return {
            dimension: FlowDimension.TEAM,
            team: { id: team, name: names.teams.get(team) ?? 'Unknown' },
            kind: null,
            firstResponse: attainment(c, 'fr', { teamIds: [team] }),
            resolution: attainment(c, 'res', { teamIds: [team] }),
          };
        })
        .sort((a, b) => a.team.name.localeCompare(b.team.name)),
      ...kinds.sort().map((kind) => {
        const c = tally(current, open, (_t, k) => k === kind);
        return {
          dimension: FlowDimension.KIND,
          team: null,
          kind: kind as ItemKind,
          firstResponse: attainment(c, 'fr', { kinds: [kind as ItemKind] }),
          resolution: attainment(c, 'res', { kinds: [kind as ItemKind] }),
        };
      }),
    ];
    const share = (c: Counts | null, clock: 'fr' | 'res') =>
      c ? attainment(c, clock).attainment.share : null;
    return {
      firstResponse: attainment(all, 'fr'),
      resolution: attainment(all, 'res'),
      previousFirstResponseAttainment: share(before, 'fr'),
      previousResolutionAttainment: share(before, 'res'),
      groups,
      worstBreaches: worst,
    };
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
  private async openBreaches(scope: Scope, limit: number): Promise<SlaBreach[]> {
    const sql = new Sql();
    const conditions = filterConditions(sql, scope.filter);
    const now = sql.p(iso(scope.now), 'timestamptz');
    conditions.push(
      'f.resolved_at IS NULL',
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
    );
    const age = `date_part('epoch', ${now} - f.received_at) * 1000`;
    const rows = await this.data.query<{
      item_id: string;
      clock: SlaClock;
      overdue: number;
      responded: boolean;
    }>(
      `SELECT b.* FROM (
         SELECT f.item_id, '${SlaClock.FIRST_RESPONSE}' AS clock, ${age} - f.first_response_target_ms AS overdue, false AS responded
           FROM insight_item_facts f ${where([...conditions, 'f.first_response_ms IS NULL', 'f.first_response_target_ms IS NOT NULL'])}
         UNION ALL
         SELECT f.item_id, '${SlaClock.RESOLUTION}', ${age} - f.resolution_target_ms, f.first_response_ms IS NOT NULL
           FROM insight_item_facts f ${where([...conditions, 'f.resolution_target_ms IS NOT NULL'])}
       ) b WHERE b.overdue > 0 ORDER BY b.overdue DESC, b.item_id LIMIT ${Number(limit)}`,
      sql.params,
    );
    return rows.map((row) => ({
      itemId: row.item_id,
      clock: row.clock,
      overdueHours: Number(row.overdue) / HOUR_MS,
      open: true,
    }));
  }

  /**
   * Where items received in the period waited: per team, linked policy and waiting status, the
   * finished spells (rollups) plus the spells still under way (open items), ranked by total time.
   */
  async waits({ scope, limit }: BottlenecksRequest): Promise<WaitSpot[]> {
    const measures = WAITING_STATUSES.flatMap((status) => [WAITS[status][0], WAITS[status][1]]);
    const read = (per?: Dimension.POLICY) =>
      this.data.measures({
        filter: { ...scope.filter, policyIds: per ? [] : scope.filter.policyIds },
        from: scope.period.from,
        to: scope.period.to,
        unit: null,
        measures,
        groupBy: per ? ['dim_id', 'team_id'] : ['team_id'],
        per,
      });
    const [byTeam, byPolicy, open, names] = await Promise.all([
      read(),
      read(Dimension.POLICY),
      this.openWaits(scope),
      this.data.names(),
    ]);
    const wantedPolicy = (id: string) =>
      !scope.filter.policyIds.length || scope.filter.policyIds.includes(id);
    type Spot = {
      team: string | null;
      policy: string | null;
      status: WaitingStatus;
      ms: number;
      items: number;
      now: number;
    };
    const spots = new Map<string, Spot>();
    const spot = (team: string | null, policy: string | null, status: WaitingStatus) => {
      const key = `${team}|${policy}|${status}`;
      let s = spots.get(key);
      if (!s) spots.set(key, (s = { team, policy, status, ms: 0, items: 0, now: 0 }));
      return s;
    };
    for (const status of WAITING_STATUSES) {
      const [msName, itemsName] = WAITS[status];
      const linked = new Map<string | null, { ms: number; items: number }>();
      for (const row of byPolicy) {
        if (!row.dim_id || !wantedPolicy(row.dim_id)) continue;
        const s = spot(row.team_id ?? null, row.dim_id, status);
        s.ms += row[msName];
        s.items += row[itemsName];
        const l = linked.get(row.team_id ?? null) ?? { ms: 0, items: 0 };
        l.ms += row[msName];
        l.items += row[itemsName];
        linked.set(row.team_id ?? null, l);
      }
      // Items linked to no policy: the team's total less its linked items (filter has no policy).
      if (!scope.filter.policyIds.length) {
        for (const row of byTeam) {
          const l = linked.get(row.team_id ?? null) ?? { ms: 0, items: 0 };
          const s = spot(row.team_id ?? null, null, status);
          s.ms += Math.max(0, row[msName] - l.ms);
          s.items += Math.max(0, row[itemsName] - l.items);
        }
      }
    }
    for (const row of open) {
      const policies = row.policy_id ? [row.policy_id] : [null];
      for (const policy of policies) {
        if (policy && !wantedPolicy(policy)) continue;
        if (!policy && scope.filter.policyIds.length) continue;
        const s = spot(row.team_id, policy, row.status);
        s.ms += Number(row.ms);
        s.now += Number(row.n);
        s.items += Number(row.new_items);
      }
    }
    const ranked = [...spots.values()].filter((s) => s.ms > 0).sort((a, b) => b.ms - a.ms);
    const total = ranked.reduce((sum, s) => sum + s.ms, 0);
    return ranked.slice(0, limit).map((s, index) => {
      const team = s.team ? { id: s.team, name: names.teams.get(s.team) ?? 'Unknown' } : null;
      const policy = s.policy
        ? { id: s.policy, name: names.policies.get(s.policy) ?? 'Unknown' }
        : null;
      const mean = s.items > 0 ? s.ms / s.items / HOUR_MS : null;
      const place = [team?.name, policy ? `"${policy.name}"` : null].filter(Boolean).join(', ');
      return {
        rank: index + 1,
        team,
        policy,
        status: s.status,
        items: s.items,
        totalHours: s.ms / HOUR_MS,
        meanHours: mean,
        waitingNow: s.now,
        shareOfWaiting: total > 0 ? s.ms / total : 0,
        explanation: `${s.items} items waited in ${s.status.replace(/_/g, ' ')}${place ? ` (${place})` : ''}: ${hoursLabel(mean)} each on average, ${hoursLabel(s.ms / HOUR_MS)} in all${s.now ? `; ${s.now} still waiting` : ''}.`,
        drilldown: filterDrilldown(scope.filter, {
          receivedFrom: new Date(scope.period.from),
          receivedTo: new Date(scope.period.to),
          teamIds: team
            ? [team.id]
            : scope.filter.teamIds.length
              ? scope.filter.teamIds
              : undefined,
          linkedPolicyIds: policy
            ? [policy.id]
            : scope.filter.policyIds.length
              ? scope.filter.policyIds
              : undefined,
          waitedIn: s.status,
        }),
      };
    });
  }

  /**
   * Spells under way in waiting statuses for open items received in the period, per team, first
   * linked policy and status (`new_items`: those whose only spell there is this one).
   */
  private openWaits(scope: Scope): Promise<
    {
      team_id: string | null;
      policy_id: string | null;
      status: WaitingStatus;
      n: number;
      new_items: number;
      ms: number;
    }[]
  > {
    const sql = new Sql();
    const conditions = filterConditions(sql, scope.filter);
    const now = sql.p(iso(scope.now), 'timestamptz');
    conditions.push(
      'f.resolved_at IS NULL',
      `f.status = ANY(${sql.p(WAITING_STATUSES, 'item_status[]')})`,
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
    );
    return this.data.query(
      `SELECT f.team_id, coalesce(f.policy_id, f.linked_policy_ids[1]) AS policy_id, f.status, count(*)::int AS n,
              count(*) FILTER (WHERE CASE f.status WHEN 'new' THEN f.new_ms WHEN 'waiting_on_customer' THEN f.waiting_on_customer_ms ELSE f.waiting_internal_ms END = 0)::int AS new_items,
              sum(greatest(0, date_part('epoch', ${now} - f.status_since) * 1000))::float8 AS ms
         FROM insight_item_facts f ${where(conditions)} GROUP BY 1, 2, 3`,
      sql.params,
    );
  }
}

const figureName = (figure: DurationFigure) => figure.subject?.name ?? figure.kind ?? '';

/** One row of a summarised item set (see summarisePopulation). */
export interface PopulationRow {
  part: 'basic' | 'theme' | 'policy' | 'band' | 'oldest';
  team_id: string | null;
  kind: string | null;
  dim_id: string | null;
  bucket: number;
  n: number;
  /** For the histogram parts: buckets and their counts. */
  buckets: number[] | null;
  counts: number[] | null;
  item_id: string | null;
  received_at: Date | null;
  status: ItemStatus | null;
}

interface OpenClockRow {
  team_id: string | null;
  kind: string;
  fr_breached: number;
  fr_pending: number;
  fr_none: number;
  res_breached: number;
  res_pending: number;
  res_none: number;
}
