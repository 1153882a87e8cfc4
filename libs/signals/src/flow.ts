// Flow metrics from item timelines: lead time, waiting vs working time, flow efficiency, time in
// each status, reopen rate, backlog and its age, arrivals vs completions, and where work waits.
// Instants are epoch ms (UTC); durations are ms.

import { quantileSorted } from './descriptive';
import { Proportion, proportion } from './intervals';
import {
  BucketUnit,
  DAY_MS,
  EpochMs,
  Period,
  bucketIndex,
  bucketStarts,
  requirePeriod,
} from './time';
import { SignalsInputError, requireFinite } from './validate';

/** An item entering a status at an instant; an item's timeline lists these oldest first. */
export interface StatusChange {
  status: string;
  at: EpochMs;
}

export interface FlowOptions {
  // Statuses in which an item is finished (e.g. resolved, closed).
  doneStatuses: readonly string[];
  // Open statuses in which an item waits (awaiting approval, on hold, waiting for customer …);
  // every other open status counts as working time.
  waitingStatuses: readonly string[];
  // The instant the item is measured at: open items age until then, later events are ignored.
  now: EpochMs;
}

/** Time spent in one status. */
export interface StatusTime {
  status: string;
  ms: number;
  waiting: boolean;
}

/** One item's flow, measured from its timeline. */
export interface ItemFlow {
  done: boolean;
  startedAt: EpochMs;
  finishedAt: EpochMs | null;
  // Time open: from the first event to the final entry into a done status (or to `now` while
  // open), excluding any spell it sat done before being reopened. Always waiting + working.
  leadMs: number;
  waitingMs: number;
  workingMs: number;
  // working ÷ lead; null for zero lead time.
  flowEfficiency: number | null;
  // Open statuses only, in order of first entry.
  timeInStatus: StatusTime[];
  // How many times it went from a done status back to an open one.
  reopened: number;
}

/**
 * Measures one item's flow from its status timeline (oldest first): lead time, waiting and
 * working time, flow efficiency, time in each open status and how often it was reopened.
 */
export function itemFlow(timeline: readonly StatusChange[], options: FlowOptions): ItemFlow {
  requireFinite(options.now, 'now');
  if (timeline.length === 0)
    throw new SignalsInputError('timeline', 'must have at least one status change');
  if (timeline[0].at > options.now)
    throw new SignalsInputError('timeline[0].at', 'must not be after now', timeline[0].at);
  const done = new Set(options.doneStatuses);
  const waiting = new Set(options.waitingStatuses);
  const byStatus = new Map<string, StatusTime>();
  let waitingMs = 0;
  let workingMs = 0;
  let reopened = 0;
  let finishedAt: EpochMs | null = null;
  for (let i = 0; i < timeline.length; i++) {
    const { status, at } = timeline[i];
    requireFinite(at, `timeline[${i}].at`);
    if (at > options.now) break;
    if (i > 0 && at < timeline[i - 1].at) {
      throw new SignalsInputError(
        `timeline[${i}].at`,
        'must not be before the previous status change',
        at,
      );
    }
    const wasDone = i > 0 && done.has(timeline[i - 1].status);
    if (done.has(status)) {
      // resolved → closed keeps the first moment it was finished
      if (!wasDone) finishedAt = at;
      continue;
    }
    if (wasDone) reopened++;
    finishedAt = null;
    const next = i + 1 < timeline.length ? Math.min(timeline[i + 1].at, options.now) : options.now;
    const ms = next - at;
    const isWaiting = waiting.has(status);
    const entry = byStatus.get(status) ?? { status, ms: 0, waiting: isWaiting };
    entry.ms += ms;
    byStatus.set(status, entry);
    if (isWaiting) waitingMs += ms;
    else workingMs += ms;
  }
  const leadMs = waitingMs + workingMs;
  return {
    done: finishedAt !== null,
    startedAt: timeline[0].at,
    finishedAt,
    leadMs,
    waitingMs,
    workingMs,
    flowEfficiency: leadMs > 0 ? workingMs / leadMs : null,
    timeInStatus: [...byStatus.values()],
    reopened,
  };
}

/** Flow figures for a group of items (a team, a kind, a policy …). */
export interface FlowSummary {
  items: number;
  done: number;
  open: number;
  // Lead time percentiles of finished items (type 7, as PostgreSQL percentile_cont).
  leadP50Ms: number | null;
  leadP90Ms: number | null;
  // Σ working ÷ Σ lead over finished items: the share of elapsed time in which anyone worked on
  // them. A ratio of totals, so long items weigh more, as in Kanban practice.
  flowEfficiency: number | null;
  waitingMs: number;
  workingMs: number;
  // Finished items that had been reopened at least once, of all finished items.
  reopenRate: Proportion;
}

/** Summarises many item flows: lead-time p50/p90, flow efficiency and reopen rate. O(n log n). */
export function summarizeFlow(flows: readonly ItemFlow[]): FlowSummary {
  const finished = flows.filter((f) => f.done);
  const leads = finished.map((f) => f.leadMs).sort((a, b) => a - b);
  let waitingMs = 0;
  let workingMs = 0;
  for (const f of finished) {
    waitingMs += f.waitingMs;
    workingMs += f.workingMs;
  }
  const leadTotal = waitingMs + workingMs;
  return {
    items: flows.length,
    done: finished.length,
    open: flows.length - finished.length,
    leadP50Ms: quantileSorted(leads, 0.5),
    leadP90Ms: quantileSorted(leads, 0.9),
    flowEfficiency: leadTotal > 0 ? workingMs / leadTotal : null,
    waitingMs,
    workingMs,
    reopenRate: proportion(finished.filter((f) => f.reopened > 0).length, finished.length),
  };
}

/** Time spent in one status across many items. */
export interface StatusTimeSummary {
  status: string;
  waiting: boolean;
  totalMs: number;
  // Items that spent time in the status, and the p50/p90 of the time each spent there.
  items: number;
  p50Ms: number;
  p90Ms: number;
  // This status's share of all open time (lead time) of the items.
  shareOfLead: number;
}

/** Time in each open status across items: totals, per-item p50/p90 and share of lead time, longest first. O(n log n). */
export function timeByStatus(flows: readonly ItemFlow[]): StatusTimeSummary[] {
  const perStatus = new Map<string, { waiting: boolean; times: number[] }>();
  let allOpen = 0;
  for (const flow of flows) {
    for (const entry of flow.timeInStatus) {
      if (entry.ms === 0) continue;
      const slot = perStatus.get(entry.status) ?? { waiting: entry.waiting, times: [] };
      slot.times.push(entry.ms);
      perStatus.set(entry.status, slot);
      allOpen += entry.ms;
    }
  }
  return [...perStatus.entries()]
    .map(([status, { waiting, times }]) => {
      times.sort((a, b) => a - b);
      const totalMs = times.reduce((s, t) => s + t, 0);
      return {
        status,
        waiting,
        totalMs,
        items: times.length,
        p50Ms: quantileSorted(times, 0.5) ?? 0,
        p90Ms: quantileSorted(times, 0.9) ?? 0,
        shareOfLead: totalMs / allOpen,
      };
    })
    .sort((a, b) => b.totalMs - a.totalMs);
}

/** Where items wait: a waiting status with its share of all waiting time. */
export interface WaitRank extends StatusTimeSummary {
  shareOfWaiting: number;
}

/**
 * Ranks waiting statuses by the total time items spent in them — where requests wait longest,
 * i.e. the bottleneck. Call it per team or per policy to rank within each.
 */
export function rankWaits(flows: readonly ItemFlow[]): WaitRank[] {
  const waits = timeByStatus(flows).filter((s) => s.waiting);
  const allWaiting = waits.reduce((s, w) => s + w.totalMs, 0);
  return waits.map((w) => ({ ...w, shareOfWaiting: w.totalMs / allWaiting }));
}

/** A time-to-event observation: finished after durationMs, or still open at that age. */
export interface DurationObservation {
  durationMs: number;
  finished: boolean;
}

export interface DurationPercentiles {
  count: number;
  finished: number;
  stillOpen: number;
  // Percentiles of finished items only (type 7): what a helpdesk report shows, and too
  // optimistic while a backlog of old open items exists.
  finishedOnly: { p50Ms: number | null; p90Ms: number | null };
  // Kaplan–Meier percentiles counting open items as "at least this old": honest with a backlog;
  // null when so many items are still open that the percentile is not reached yet.
  includingOpen: { p50Ms: number | null; p90Ms: number | null };
}

/**
 * p50/p90 of times to an event (first response, resolution) both over finished items only and,
 * by Kaplan–Meier, including still-open items as censored observations. O(n log n).
 */
export function durationPercentiles(
  observations: readonly DurationObservation[],
): DurationPercentiles {
  observations.forEach((o, i) => {
    if (!(o.durationMs >= 0) || !Number.isFinite(o.durationMs)) {
      throw new SignalsInputError(
        `observations[${i}].durationMs`,
        'must be a finite number ≥ 0',
        o.durationMs,
      );
    }
  });
  const finished = observations
    .filter((o) => o.finished)
    .map((o) => o.durationMs)
    .sort((a, b) => a - b);
  const km = kaplanMeierQuantiles(observations, [0.5, 0.9]);
  return {
    count: observations.length,
    finished: finished.length,
    stillOpen: observations.length - finished.length,
    finishedOnly: { p50Ms: quantileSorted(finished, 0.5), p90Ms: quantileSorted(finished, 0.9) },
    includingOpen: { p50Ms: km[0], p90Ms: km[1] },
  };
}

/** An interval from a start to an end that may not have happened yet (open). */
export interface ElapsedItem {
  startAt: EpochMs;
  endAt: EpochMs | null;
}

/**
 * Lead time (received → resolved) or time to first response (received → first response)
 * percentiles for items, open ones aged to `now`.
 */
export function elapsedPercentiles(
  items: readonly ElapsedItem[],
  now: EpochMs,
): DurationPercentiles {
  requireFinite(now, 'now');
  return durationPercentiles(
    items.map((item, i) => {
      const end = item.endAt !== null && item.endAt <= now ? item.endAt : null;
      const durationMs = (end ?? now) - item.startAt;
      if (durationMs < 0)
        throw new SignalsInputError(
          `items[${i}].endAt`,
          'must not be before startAt (or now)',
          item.endAt,
        );
      return { durationMs, finished: end !== null };
    }),
  );
}

// Kaplan–Meier quantiles: the smallest time at which the survival estimate falls to 1 − p or
// below. Events at a time are counted before censorings at the same time (the usual convention).
function kaplanMeierQuantiles(
  observations: readonly DurationObservation[],
  ps: readonly number[],
): (number | null)[] {
  const sorted = [...observations].sort(
    (a, b) => a.durationMs - b.durationMs || Number(b.finished) - Number(a.finished),
  );
  const result: (number | null)[] = ps.map(() => null);
  let atRisk = sorted.length;
  let survival = 1;
  let i = 0;
  while (i < sorted.length) {
    const time = sorted[i].durationMs;
    let events = 0;
    let leaving = 0;
    while (i < sorted.length && sorted[i].durationMs === time) {
      if (sorted[i].finished) events++;
      leaving++;
      i++;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      ps.forEach((p, k) => {
        if (result[k] === null && survival <= 1 - p + 1e-12) result[k] = time;
      });
    }
    atRisk -= leaving;
  }
  return result;
}

/** An item's open interval: received, and resolved (null while open). */
export interface OpenInterval {
  id: string;
  receivedAt: EpochMs;
  resolvedAt: EpochMs | null;
}

export interface BacklogAgeBand {
  label: string;
  minDays: number;
  maxDays: number | null;
  count: number;
}

export interface Backlog {
  at: EpochMs;
  count: number;
  ageP50Ms: number | null;
  ageP90Ms: number | null;
  // The ten oldest open items, oldest first, for drill-down.
  oldest: { id: string; ageMs: number }[];
  bands: BacklogAgeBand[];
}

/**
 * The backlog at an instant: items received by then and not yet resolved, their age
 * percentiles, the oldest ones, and counts per age band (default < 7, 7–30, 30–90, ≥ 90 days).
 */
export function backlogAt(
  items: readonly OpenInterval[],
  at: EpochMs,
  bandEdgesDays: readonly number[] = [7, 30, 90],
): Backlog {
  requireFinite(at, 'at');
  bandEdgesDays.forEach((edge, i) => {
    if (!(edge > 0) || (i > 0 && edge <= bandEdgesDays[i - 1])) {
      throw new SignalsInputError(`bandEdgesDays[${i}]`, 'must be positive and increasing', edge);
    }
  });
  const open = items
    .filter((item) => item.receivedAt <= at && (item.resolvedAt === null || item.resolvedAt > at))
    .map((item) => ({ id: item.id, ageMs: at - item.receivedAt }))
    .sort((a, b) => b.ageMs - a.ageMs);
  const agesAscending = open.map((o) => o.ageMs).reverse();
  const edges = [0, ...bandEdgesDays];
  const bands = edges.map((minDays, i) => ({
    label: i + 1 < edges.length ? `${minDays}–${edges[i + 1]} days` : `${minDays}+ days`,
    minDays,
    maxDays: i + 1 < edges.length ? edges[i + 1] : null,
    count: 0,
  }));
  for (const { ageMs } of open) {
    let band = 0;
    while (band + 1 < edges.length && ageMs >= edges[band + 1] * DAY_MS) band++;
    bands[band].count++;
  }
  return {
    at,
    count: open.length,
    ageP50Ms: quantileSorted(agesAscending, 0.5),
    ageP90Ms: quantileSorted(agesAscending, 0.9),
    oldest: open.slice(0, 10),
    bands,
  };
}

/** Arrivals, completions and the backlog at the end of one bucket. */
export interface FlowBucket {
  at: EpochMs;
  arrivals: number;
  completions: number;
  // arrivals − completions: positive means the backlog grew.
  net: number;
  backlogAtEnd: number;
}

/**
 * Arrivals vs completions per bucket (e.g. per week) over the period, with the running backlog
 * (starting from the items already open at the period start). O(n + buckets).
 */
export function arrivalsAndCompletions(
  items: readonly OpenInterval[],
  period: Period,
  unit: BucketUnit,
): FlowBucket[] {
  requirePeriod(period);
  const starts = bucketStarts(period, unit);
  const arrivals = new Array<number>(starts.length).fill(0);
  const completions = new Array<number>(starts.length).fill(0);
  const inPeriod = (t: number) => t >= period.from && t < period.to;
  let backlog = 0;
  items.forEach((item, i) => {
    requireFinite(item.receivedAt, `items[${i}].receivedAt`);
    if (item.resolvedAt !== null && item.resolvedAt < item.receivedAt) {
      throw new SignalsInputError(
        `items[${i}].resolvedAt`,
        'must not be before receivedAt',
        item.resolvedAt,
      );
    }
    if (
      item.receivedAt < period.from &&
      (item.resolvedAt === null || item.resolvedAt >= period.from)
    )
      backlog++;
    if (inPeriod(item.receivedAt)) arrivals[bucketIndex(starts[0], item.receivedAt, unit)]++;
    if (item.resolvedAt !== null && inPeriod(item.resolvedAt))
      completions[bucketIndex(starts[0], item.resolvedAt, unit)]++;
  });
  return starts.map((at, i) => {
    backlog += arrivals[i] - completions[i];
    return {
      at,
      arrivals: arrivals[i],
      completions: completions[i],
      net: arrivals[i] - completions[i],
      backlogAtEnd: backlog,
    };
  });
}
