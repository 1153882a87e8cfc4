// Pure shaping of the Attention page's figures: counts per team, time since the last update,
// and the escalation pathway with each escalation's state.
import { DAY_MS, HOUR_MS, quantiles } from '@fulcrum/signals';
import { EscalationOutcomeKind } from '../../attention/escalation-outcome.entity';
import { ItemEventType, ItemStatus } from '../../items/item.enums';
import { type Drilldown, SlaClock } from '../read-model/drilldown.types';
import { namedRef, shareOf } from '../read-model/figures';
import type { ItemCount } from '../read-model/item-count.types';
import type { Filter } from '../read-model/scope';
import type { NamedRef } from '../read-model/scope.types';
import { filterDrilldown } from '../read-model/sql';
import {
  type AttentionTeam,
  type EscalationGroup,
  type EscalationPath,
  type EscalationRecord,
  EscalationState,
  type SinceUpdate,
} from './attention.types';

export const OPEN_STATUSES = [
  ItemStatus.NEW,
  ItemStatus.IN_PROGRESS,
  ItemStatus.WAITING_ON_CUSTOMER,
  ItemStatus.WAITING_INTERNAL,
];

/** One open item as the summary counts it. */
export interface OpenRow {
  team_id: string | null;
  first_response_overdue: boolean;
  resolution_overdue: boolean;
  no_update: boolean;
  since_update_ms: number;
}

/** One escalation on an item received in the period. */
export interface EscalationRow {
  event_id: string;
  item_id: string;
  occurred_at: Date;
  team_id: string | null;
  destination: string;
  by_name: string | null;
  reason: string | null;
  outcome: EscalationOutcomeKind | null;
  decided_at: Date | null;
  resolved_at: Date | null;
}

const round = (value: number | null, digits = 1) =>
  value === null ? null : Number(value.toFixed(digits));

const count = (n: number, drilldown: Drilldown): ItemCount => ({ count: n, drilldown });

/** The open-item figures, with the drilldowns that open exactly the items counted. */
export function composeOpen(
  rows: readonly OpenRow[],
  filter: Filter,
  staleDays: number,
  teams: ReadonlyMap<string, string>,
) {
  const figures = (subset: readonly OpenRow[], base: Drilldown) => ({
    open: count(subset.length, { ...base, statuses: OPEN_STATUSES }),
    needsAttention: count(subset.filter(needs).length, {
      ...base,
      needsAttentionDays: staleDays,
    }),
    firstResponseOverdue: count(subset.filter((r) => r.first_response_overdue).length, {
      ...base,
      overdue: SlaClock.FIRST_RESPONSE,
    }),
    resolutionOverdue: count(subset.filter((r) => r.resolution_overdue).length, {
      ...base,
      overdue: SlaClock.RESOLUTION,
    }),
    noUpdate: count(subset.filter((r) => r.no_update).length, {
      ...base,
      noUpdateForDays: staleDays,
    }),
  });
  const byTeamId = new Map<string, OpenRow[]>();
  for (const row of rows) {
    // Items without a team count in the totals; a team row needs a team to drill into.
    if (row.team_id === null) continue;
    byTeamId.set(row.team_id, [...(byTeamId.get(row.team_id) ?? []), row]);
  }
  const byTeam: AttentionTeam[] = [...byTeamId]
    .map(([teamId, subset]) => ({
      team: namedRef(teams, teamId),
      ...figures(subset, filterDrilldown({ ...filter, teamIds: [teamId] })),
    }))
    .sort(
      (a, b) =>
        b.needsAttention.count - a.needsAttention.count || a.team.name.localeCompare(b.team.name),
    );
  return { ...figures(rows, filterDrilldown(filter)), byTeam };
}

function needs(row: OpenRow): boolean {
  return row.first_response_overdue || row.resolution_overdue || row.no_update;
}

/** Median and 90th percentile of the days since the last update, over open items. */
export function composeSinceUpdate(rows: readonly OpenRow[], filter: Filter): SinceUpdate {
  const [p50, p90] = quantiles(
    rows.map((row) => row.since_update_ms),
    [0.5, 0.9],
  );
  return {
    items: rows.length,
    p50Days: p50 === null ? null : round(p50 / DAY_MS),
    p90Days: p90 === null ? null : round(p90 / DAY_MS),
    drilldown: filterDrilldown(filter, { statuses: OPEN_STATUSES }),
  };
}

/** An escalation's state: as recorded, else resolved once its item was resolved after it. */
export function escalationState(row: EscalationRow): { state: EscalationState; at: Date | null } {
  if (row.outcome === EscalationOutcomeKind.RESOLVED)
    return { state: EscalationState.RESOLVED, at: row.decided_at };
  if (row.outcome === EscalationOutcomeKind.RETURNED)
    return { state: EscalationState.RETURNED, at: row.decided_at };
  if (row.resolved_at && row.resolved_at >= row.occurred_at)
    return { state: EscalationState.RESOLVED, at: row.resolved_at };
  return { state: EscalationState.OPEN, at: null };
}

interface Tally {
  escalations: number;
  items: Set<string>;
  resolved: number;
  returned: number;
  open: number;
  daysToOutcome: number[];
}

function tally(rows: readonly EscalationRow[]): Tally {
  const result: Tally = {
    escalations: rows.length,
    items: new Set(rows.map((row) => row.item_id)),
    resolved: 0,
    returned: 0,
    open: 0,
    daysToOutcome: [],
  };
  for (const row of rows) {
    const { state, at } = escalationState(row);
    if (state === EscalationState.RESOLVED) result.resolved += 1;
    else if (state === EscalationState.RETURNED) result.returned += 1;
    else result.open += 1;
    if (at) result.daysToOutcome.push((at.getTime() - row.occurred_at.getTime()) / DAY_MS);
  }
  return result;
}

const outcomeFigures = (t: Tally) => ({
  escalations: t.escalations,
  resolved: t.resolved,
  returned: t.returned,
  open: t.open,
  resolvedShare: shareOf(t.resolved, t.resolved + t.returned),
  medianDaysToOutcome: round(quantiles(t.daysToOutcome, [0.5])[0]),
});

function groupBy<K>(rows: readonly EscalationRow[], key: (row: EscalationRow) => K) {
  const groups = new Map<K, EscalationRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The escalation pathway: totals, by the item's team, by destination, and the latest ones. */
export function composeEscalations(input: {
  rows: readonly EscalationRow[];
  /** Items received in the period per team, for the share escalated. */
  arrivalsByTeam: ReadonlyMap<string, number>;
  filter: Filter;
  period: { from: number; to: number };
  teams: ReadonlyMap<string, string>;
  recentLimit: number;
  mask: (text: string) => string;
}): EscalationPath {
  const { rows, filter, period, teams } = input;
  const base = filterDrilldown(filter, {
    receivedFrom: new Date(period.from),
    receivedTo: new Date(period.to),
    eventTypes: [ItemEventType.ESCALATED],
  });
  const all = tally(rows);
  const byTeam: EscalationGroup[] = [...groupBy(rows, (row) => row.team_id)]
    .filter((entry): entry is [string, EscalationRow[]] => entry[0] !== null)
    .map(([teamId, group]) => {
      const t = tally(group);
      return {
        label: namedRef(teams, teamId).name,
        teamId,
        items: count(t.items.size, { ...base, teamIds: [teamId] }),
        escalatedShare: shareOf(t.items.size, input.arrivalsByTeam.get(teamId) ?? 0),
        ...outcomeFigures(t),
      };
    });
  // Destinations are compared without case, as the drilldown's escalatedTo condition does.
  const byDestination: EscalationGroup[] = [
    ...groupBy(rows, (row) => row.destination.toLowerCase()),
  ].map(([, group]) => {
    const t = tally(group);
    return {
      label: group[0].destination,
      teamId: null,
      items: count(t.items.size, { ...base, escalatedTo: group[0].destination }),
      escalatedShare: null,
      ...outcomeFigures(t),
    };
  });
  const byCount = (a: EscalationGroup, b: EscalationGroup) =>
    b.escalations - a.escalations || a.label.localeCompare(b.label);
  const recent: EscalationRecord[] = [...rows]
    .sort((a, b) => b.occurred_at.getTime() - a.occurred_at.getTime())
    .slice(0, input.recentLimit)
    .map((row) => {
      const { state, at } = escalationState(row);
      const team: NamedRef | null = row.team_id ? namedRef(teams, row.team_id) : null;
      return {
        eventId: row.event_id,
        itemId: row.item_id,
        escalatedAt: row.occurred_at,
        by: row.by_name ?? 'Not recorded',
        to: row.destination,
        reason: row.reason === null ? null : input.mask(row.reason),
        team,
        state,
        recordedOutcome: row.outcome,
        outcomeAt: at,
      };
    });
  return {
    ...outcomeFigures(all),
    items: count(all.items.size, base),
    byTeam: byTeam.sort(byCount),
    byDestination: byDestination.sort(byCount),
    recent,
  };
}

export const hoursOf = (ms: number | null) => (ms === null ? null : round(ms / HOUR_MS));
export const daysOf = (ms: number) => round(ms / DAY_MS) ?? 0;
