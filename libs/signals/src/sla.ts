// Service-level attainment: first response and resolution against targets per kind and
// priority. Open items already past their target count as breaches, not as pending, so a
// backlog of late items cannot hide. Elapsed time is calendar time (no business-hours calendar).

import { Proportion, proportion } from './intervals';
import { EpochMs } from './time';
import { SignalsInputError, requireFinite, requirePositive } from './validate';

/** A target for one kind of item, optionally one priority; a target without priority covers the rest. */
export interface SlaTarget {
  kind: string;
  priority?: string | null;
  firstResponseMs?: number | null;
  resolutionMs?: number | null;
}

export interface SlaItem {
  id: string;
  kind: string;
  priority?: string | null;
  receivedAt: EpochMs;
  firstResponseAt?: EpochMs | null;
  resolvedAt?: EpochMs | null;
}

export type SlaOutcome = 'met' | 'breached' | 'pending' | 'no-target';
export type SlaClockName = 'first-response' | 'resolution';

/** One clock (first response or resolution) of one item. */
export interface SlaClock {
  outcome: SlaOutcome;
  targetMs: number | null;
  dueAt: EpochMs | null;
  // Time to the event, or age at `now` while it has not happened.
  elapsedMs: number;
  // How late it is or was (0 unless breached).
  overdueMs: number;
}

export interface ItemSla {
  id: string;
  kind: string;
  priority: string | null;
  firstResponse: SlaClock;
  resolution: SlaClock;
}

/** Counts per outcome, and attainment = met ÷ (met + breached) with a Wilson interval. */
export interface SlaAttainment {
  met: number;
  breached: number;
  pending: number;
  noTarget: number;
  attainment: Proportion;
}

export interface SlaGroup {
  kind: string;
  priority: string | null;
  firstResponse: SlaAttainment;
  resolution: SlaAttainment;
}

export interface SlaBreach {
  id: string;
  clock: SlaClockName;
  overdueMs: number;
}

export interface SlaReport {
  items: ItemSla[];
  firstResponse: SlaAttainment;
  resolution: SlaAttainment;
  // Per kind and priority, in order of first appearance.
  byGroup: SlaGroup[];
  // Every breach, most overdue first, for drill-down.
  breaches: SlaBreach[];
}

/**
 * Checks every item's first response and resolution against the most specific target (kind and
 * priority, else the kind's default). A resolution without a recorded first response counts as
 * the first response. O(n log n) for the sorted breach list.
 */
export function evaluateSla(
  items: readonly SlaItem[],
  targets: readonly SlaTarget[],
  now: EpochMs,
): SlaReport {
  requireFinite(now, 'now');
  const targetFor = targetLookup(targets);
  const evaluated = items.map((item, i): ItemSla => {
    requireFinite(item.receivedAt, `items[${i}].receivedAt`);
    const target = targetFor(item.kind, item.priority ?? null);
    const resolvedAt = item.resolvedAt ?? null;
    const respondedAt = item.firstResponseAt ?? resolvedAt;
    return {
      id: item.id,
      kind: item.kind,
      priority: item.priority ?? null,
      firstResponse: clock(
        item.receivedAt,
        respondedAt,
        target?.firstResponseMs ?? null,
        now,
        `items[${i}].firstResponseAt`,
      ),
      resolution: clock(
        item.receivedAt,
        resolvedAt,
        target?.resolutionMs ?? null,
        now,
        `items[${i}].resolvedAt`,
      ),
    };
  });

  const groups = new Map<string, { kind: string; priority: string | null; items: ItemSla[] }>();
  for (const item of evaluated) {
    const key = JSON.stringify([item.kind, item.priority]);
    const group = groups.get(key) ?? { kind: item.kind, priority: item.priority, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const breaches: SlaBreach[] = [];
  for (const item of evaluated) {
    if (item.firstResponse.outcome === 'breached') {
      breaches.push({
        id: item.id,
        clock: 'first-response',
        overdueMs: item.firstResponse.overdueMs,
      });
    }
    if (item.resolution.outcome === 'breached') {
      breaches.push({ id: item.id, clock: 'resolution', overdueMs: item.resolution.overdueMs });
    }
  }
  return {
    items: evaluated,
    firstResponse: attainment(evaluated.map((e) => e.firstResponse.outcome)),
    resolution: attainment(evaluated.map((e) => e.resolution.outcome)),
    byGroup: [...groups.values()].map((g) => ({
      kind: g.kind,
      priority: g.priority,
      firstResponse: attainment(g.items.map((e) => e.firstResponse.outcome)),
      resolution: attainment(g.items.map((e) => e.resolution.outcome)),
    })),
    breaches: breaches.sort((a, b) => b.overdueMs - a.overdueMs),
  };
}

function targetLookup(
  targets: readonly SlaTarget[],
): (kind: string, priority: string | null) => SlaTarget | undefined {
  const byKey = new Map<string, SlaTarget>();
  targets.forEach((target, i) => {
    if (typeof target.firstResponseMs === 'number')
      requirePositive(target.firstResponseMs, `targets[${i}].firstResponseMs`);
    if (typeof target.resolutionMs === 'number')
      requirePositive(target.resolutionMs, `targets[${i}].resolutionMs`);
    const key = JSON.stringify([target.kind, target.priority ?? null]);
    if (byKey.has(key))
      throw new SignalsInputError(
        `targets[${i}]`,
        'must not repeat a kind and priority already given',
      );
    byKey.set(key, target);
  });
  return (kind, priority) =>
    byKey.get(JSON.stringify([kind, priority])) ?? byKey.get(JSON.stringify([kind, null]));
}

function clock(
  receivedAt: EpochMs,
  happenedAt: EpochMs | null,
  targetMs: number | null,
  now: EpochMs,
  field: string,
): SlaClock {
  if (happenedAt !== null && happenedAt < receivedAt)
    throw new SignalsInputError(field, 'must not be before receivedAt', happenedAt);
  const happened = happenedAt !== null && happenedAt <= now;
  const elapsedMs = (happened ? happenedAt : now) - receivedAt;
  if (targetMs === null)
    return { outcome: 'no-target', targetMs, dueAt: null, elapsedMs, overdueMs: 0 };
  const late = elapsedMs > targetMs;
  const outcome: SlaOutcome = late ? 'breached' : happened ? 'met' : 'pending';
  return {
    outcome,
    targetMs,
    dueAt: receivedAt + targetMs,
    elapsedMs,
    overdueMs: late ? elapsedMs - targetMs : 0,
  };
}

function attainment(outcomes: readonly SlaOutcome[]): SlaAttainment {
  const counts: Record<SlaOutcome, number> = { met: 0, breached: 0, pending: 0, 'no-target': 0 };
  for (const outcome of outcomes) counts[outcome]++;
  return {
    met: counts.met,
    breached: counts.breached,
    pending: counts.pending,
    noTarget: counts['no-target'],
    attainment: proportion(counts.met, counts.met + counts.breached),
  };
}
