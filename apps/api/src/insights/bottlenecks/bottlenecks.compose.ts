// The pure half of the bottlenecks' flow figures: rows read by BottlenecksService in, GraphQL
// shapes out — running backlog, age bands, duration figures from histograms and time in status.
// Service levels and waits have their own files beside this one. No database, no clock.
import { addBuckets, bucketStarts, HOUR_MS, type Period } from '@fulcrum/signals';
import { type ItemKind, ItemStatus } from '../../items/item.enums';
import type { Drilldown } from '../read-model/drilldown.types';
import type { DurationGroups, DurationMetric, DurationRow } from '../read-model/durations';
import { countChange, namedRef, shareOf } from '../read-model/figures';
import { Histogram } from '../read-model/histogram';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { dayOf, type Filter, type Scope } from '../read-model/scope';
import type { Share } from '../read-model/scope.types';
import { filterDrilldown } from '../read-model/sql';
import {
  type Backlog,
  type DurationFigure,
  FlowDimension,
  type FlowWeek,
  type StatusTime,
} from './bottlenecks.types';
import { WAITING_STATUSES, type WaitingStatus } from './waits.compose';

/** Upper edges, in days, of the backlog's age bands (the last band is open-ended). */
export const BACKLOG_BAND_DAYS = [7, 30, 90];
/** The open statuses, working (in progress) last. */
export const OPEN_STATUSES: OpenStatus[] = [...WAITING_STATUSES, ItemStatus.IN_PROGRESS];

/** How each open status is named in the rollup measures (`done_<key>_ms`, `done_<key>_items`). */
type OpenStatus = WaitingStatus | ItemStatus.IN_PROGRESS;
const STATUS_MEASURE_KEY: Record<OpenStatus, string> = {
  [ItemStatus.NEW]: 'new',
  [ItemStatus.IN_PROGRESS]: 'in_progress',
  [ItemStatus.WAITING_ON_CUSTOMER]: 'waiting_customer',
  [ItemStatus.WAITING_INTERNAL]: 'waiting_internal',
};

/** The rollup measures of time spent in each open status by items resolved in a period. */
export const STATUS_TIME_MEASURES = [
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
] as const;

/** One row of a summarised item set (see BottlenecksService.summarisePopulation). */
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

/** Open items from "arrived before" and "resolved before" sums. */
export const openCount = (rows: readonly MeasureRow[]) =>
  rows.reduce((sum, row) => sum + row.arrivals - row.completions, 0);

const hoursOf = (histogram: Histogram, p: number): number | null => {
  const ms = histogram.quantile(p);
  return ms === null ? null : ms / HOUR_MS;
};

/** Arrivals against completions per ISO week of the period, with the backlog running along. */
export function composeWeeks(
  period: Period,
  filter: Filter,
  weekRows: readonly MeasureRow[],
  openBefore: readonly MeasureRow[],
): FlowWeek[] {
  let backlog = openCount(openBefore);
  const byWeek = new Map(weekRows.map((row) => [row.bucket, row]));
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

/** The open items at `at`: count, age quantiles, age bands and the oldest, from their summary. */
export function composeBacklog(
  filter: Filter,
  at: number,
  rows: readonly PopulationRow[],
  previousOpen: readonly MeasureRow[] | null,
): Backlog {
  const ages = new Histogram();
  for (const row of rows)
    if (row.part === 'basic' && row.buckets && row.counts) ages.addAll(row.buckets, row.counts);
  const count = ages.size;
  const edges = [0, ...BACKLOG_BAND_DAYS];
  const bandCounts = edges.map(() => 0);
  for (const row of rows) if (row.part === 'band') bandCounts[Number(row.bucket)] += Number(row.n);
  return {
    at: new Date(at),
    count,
    change: countChange(count, previousOpen ? openCount(previousOpen) : null),
    ageP50Hours: hoursOf(ages, 0.5),
    ageP90Hours: hoursOf(ages, 0.9),
    bands: edges.map((minDays, index) => ({
      label: index + 1 < edges.length ? `${minDays}–${edges[index + 1]} days` : `${minDays}+ days`,
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
    drilldown: filterDrilldown(filter, { openAt: new Date(at) }),
  };
}

/** The stored duration groupings that the requested dimensions need. */
export function durationGroupings(dimensions: readonly FlowDimension[]): DurationGroups[] {
  const wanted: DurationGroups[] = [];
  if (
    dimensions.some((d) => [FlowDimension.ALL, FlowDimension.TEAM, FlowDimension.KIND].includes(d))
  )
    wanted.push('basic');
  if (dimensions.includes(FlowDimension.THEME)) wanted.push('theme');
  if (dimensions.includes(FlowDimension.POLICY)) wanted.push('policy');
  return wanted;
}

/**
 * The unfinished items' histograms of one grouping, from a summarised item set; per theme or
 * policy only the filter's own subjects when it names some.
 */
export function unfinishedRows(
  rows: readonly PopulationRow[],
  groups: DurationGroups,
  filter: Filter,
): DurationRow[] {
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

/** One group's durations: finished in the period, with the unfinished, and in the comparison. */
interface DurationGroup {
  dimension: FlowDimension;
  key: string | null;
  finished: Histogram;
  withUnfinished: Histogram;
  previous: Histogram;
}

export interface DurationInputs {
  scope: Scope;
  dimensions: readonly FlowDimension[];
  metric: DurationMetric;
  /** The groupings read, each for the period and then (if any) the comparison, as `finished`. */
  sets: readonly { period: Period; groups: DurationGroups }[];
  /** Finished items' histograms, one list per set. */
  finished: readonly (readonly DurationRow[])[];
  /** Unfinished items' histograms, one list per grouping in `durationGroupings` order. */
  unfinished: readonly (readonly DurationRow[])[];
  names: Names;
}

/**
 * Median and 90th percentile per group, the median counting unfinished items at their age so
 * far, and the comparison's median; ALL always listed, empty groups left out, ordered by
 * dimension, then items, then name.
 */
export function composeDurations(input: DurationInputs): DurationFigure[] {
  const { scope, dimensions, metric, sets, names } = input;
  const groups = new Map<string, DurationGroup>();
  const into = (dimension: FlowDimension, key: string | null) => {
    const id = `${dimension}|${key ?? ''}`;
    let group = groups.get(id);
    if (!group) {
      group = {
        dimension,
        key,
        finished: new Histogram(),
        withUnfinished: new Histogram(),
        previous: new Histogram(),
      };
      groups.set(id, group);
    }
    return group;
  };
  const groupsOfRow = (grouping: DurationGroups, row: DurationRow): DurationGroup[] => {
    if (grouping === 'theme') return row.dim_id ? [into(FlowDimension.THEME, row.dim_id)] : [];
    if (grouping === 'policy') return row.dim_id ? [into(FlowDimension.POLICY, row.dim_id)] : [];
    const list: DurationGroup[] = [];
    if (dimensions.includes(FlowDimension.ALL)) list.push(into(FlowDimension.ALL, null));
    if (dimensions.includes(FlowDimension.TEAM)) list.push(into(FlowDimension.TEAM, row.team_id));
    if (dimensions.includes(FlowDimension.KIND)) list.push(into(FlowDimension.KIND, row.kind));
    return list;
  };
  sets.forEach(({ period, groups: grouping }, index) => {
    const current = period === scope.period;
    for (const row of input.finished[index])
      for (const group of groupsOfRow(grouping, row)) {
        if (!current) group.previous.addAll(row.buckets, row.counts);
        else {
          group.finished.addAll(row.buckets, row.counts);
          group.withUnfinished.addAll(row.buckets, row.counts);
        }
      }
  });
  durationGroupings(dimensions).forEach((grouping, index) => {
    for (const row of input.unfinished[index])
      for (const group of groupsOfRow(grouping, row))
        group.withUnfinished.addAll(row.buckets, row.counts);
  });
  if (dimensions.includes(FlowDimension.ALL)) into(FlowDimension.ALL, null);
  const order = Object.values(FlowDimension);
  return [...groups.values()]
    .map((group) => durationFigure(group, metric, scope, names))
    .filter((figure) => figure.items > 0 || figure.dimension === FlowDimension.ALL)
    .sort(
      (a, b) =>
        order.indexOf(a.dimension) - order.indexOf(b.dimension) ||
        b.items - a.items ||
        figureName(a).localeCompare(figureName(b)),
    );
}

const figureName = (figure: DurationFigure) => figure.subject?.name ?? figure.kind ?? '';

function durationFigure(
  group: DurationGroup,
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
  const subject = nameMap && key ? namedRef(nameMap, key) : null;
  const { period } = scope;
  const extra: Drilldown =
    metric === 'lead'
      ? { resolvedFrom: new Date(period.from), resolvedTo: new Date(period.to) }
      : { receivedFrom: new Date(period.from), receivedTo: new Date(period.to) };
  if (dimension === FlowDimension.TEAM && key) extra.teamIds = [key];
  if (dimension === FlowDimension.KIND && key) extra.kinds = [key as ItemKind];
  if (dimension === FlowDimension.THEME && key) extra.themeIds = [key];
  if (dimension === FlowDimension.POLICY && key) extra.linkedPolicyIds = [key];
  const p50 = hoursOf(group.finished, 0.5);
  const previous = scope.comparison ? hoursOf(group.previous, 0.5) : null;
  const finished = group.finished.size;
  return {
    dimension,
    subject,
    kind: dimension === FlowDimension.KIND ? (key as ItemKind) : null,
    // Lead time is about resolved items; still-open ones only join "including open".
    items: metric === 'lead' ? finished : group.withUnfinished.size,
    finished,
    p50Hours: p50,
    p90Hours: hoursOf(group.finished, 0.9),
    p50IncludingOpenHours: hoursOf(group.withUnfinished, 0.5),
    previousP50Hours: previous,
    change: countChange(p50, previous),
    drilldown: filterDrilldown(scope.filter, extra),
  };
}

/**
 * Time in each open status of items resolved in the period (longest first; waiting on the
 * customer is its own status, counted as waiting), flow efficiency
 * (working ÷ all open time) and the reopen rate, from one row of rollup sums.
 */
export function composeStatusTimes(
  scope: Scope,
  row: MeasureRow | undefined,
): { timeInStatus: StatusTime[]; flowEfficiency: number | null; reopenRate: Share } {
  const measure = (name: string) =>
    Number((row as Record<string, unknown> | undefined)?.[name] ?? 0);
  const spans = OPEN_STATUSES.map((status) => {
    const key = STATUS_MEASURE_KEY[status];
    return { status, ms: measure(`done_${key}_ms`), items: measure(`done_${key}_items`) };
  });
  const allOpen = spans.reduce((sum, span) => sum + span.ms, 0);
  const working = spans.find((span) => span.status === ItemStatus.IN_PROGRESS)?.ms ?? 0;
  return {
    // Every open status is listed, an unused one at zero: a status left out says nothing.
    timeInStatus: spans
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
    reopenRate: shareOf(measure('reopened'), measure('completions')),
  };
}
