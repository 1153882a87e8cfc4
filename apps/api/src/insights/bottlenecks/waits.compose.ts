import { HOUR_MS } from '@fulcrum/signals';
// Where requests wait: finished waiting spells (rollups) and spells under way, per team, linked
// policy and waiting status, ranked by total time.
import { ItemStatus } from '../../items/item.enums';
import { hoursLabel, namedRef } from '../read-model/figures';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import type { Scope } from '../read-model/scope';
import { filterDrilldown } from '../read-model/sql';
import type { WaitSpot } from './bottlenecks.types';

/** Waiting statuses and their rollup measures: finished waiting ms and items that waited, by arrival day. */
export const WAITS = {
  [ItemStatus.NEW]: {
    ms: 'waiting_new_ms',
    items: 'waited_new',
  },
  [ItemStatus.WAITING_ON_CUSTOMER]: {
    ms: 'waiting_customer_ms',
    items: 'waited_customer',
  },
  [ItemStatus.WAITING_INTERNAL]: {
    ms: 'waiting_internal_ms',
    items: 'waited_internal',
  },
} as const;
export type WaitingStatus = keyof typeof WAITS;
export const WAITING_STATUSES = Object.keys(WAITS) as WaitingStatus[];

/** Spells under way in a waiting status, per team, linked policy (each of them) and status. */
export interface OpenWaitRow {
  team_id: string | null;
  policy_id: string | null;
  status: WaitingStatus;
  /** Items waiting there now. */
  n: number;
  /** Of those, the ones whose only spell there is this one (not yet in the rollups' item count). */
  new_items: number;
  ms: number;
}

export interface WaitInputs {
  scope: Scope;
  limit: number;
  /** Finished waiting time and items per team of the items linked to no policy. */
  byTeam: readonly MeasureRow[];
  /** The same per linked policy and team (no policy filter applied). */
  byPolicy: readonly MeasureRow[];
  /** Spells still under way. */
  open: readonly OpenWaitRow[];
  names: Names;
}

/** Waiting time at one team, policy and status. */
interface WaitTotal {
  team: string | null;
  policy: string | null;
  status: WaitingStatus;
  ms: number;
  items: number;
  waitingNow: number;
}

/**
 * Where items received in the period waited, per team, linked policy and waiting status, ranked
 * by total time: finished spells per linked policy, the team's items linked to no policy as "no
 * policy" (when the filter names no policy), and the spells under way.
 */
export function composeWaits(input: WaitInputs): WaitSpot[] {
  const { scope, limit, names } = input;
  const filterPolicies = scope.filter.policyIds;
  const wantedPolicy = (id: string) => !filterPolicies.length || filterPolicies.includes(id);
  const totals = new Map<string, WaitTotal>();
  const totalAt = (team: string | null, policy: string | null, status: WaitingStatus) => {
    const key = `${team}|${policy}|${status}`;
    let total = totals.get(key);
    if (!total) {
      total = { team, policy, status, ms: 0, items: 0, waitingNow: 0 };
      totals.set(key, total);
    }
    return total;
  };
  for (const status of WAITING_STATUSES) {
    const { ms: msMeasure, items: itemsMeasure } = WAITS[status];
    for (const row of input.byPolicy) {
      if (!row.dim_id || !wantedPolicy(row.dim_id)) continue;
      const total = totalAt(row.team_id ?? null, row.dim_id, status);
      total.ms += row[msMeasure];
      total.items += row[itemsMeasure];
    }
    // Items linked to no policy (none when the filter names a policy).
    if (!filterPolicies.length) {
      for (const row of input.byTeam) {
        const total = totalAt(row.team_id ?? null, null, status);
        total.ms += row[msMeasure];
        total.items += row[itemsMeasure];
      }
    }
  }
  for (const row of input.open) {
    const policy = row.policy_id;
    if (policy && !wantedPolicy(policy)) continue;
    if (!policy && filterPolicies.length) continue;
    const total = totalAt(row.team_id, policy, row.status);
    total.ms += Number(row.ms);
    total.waitingNow += Number(row.n);
    total.items += Number(row.new_items);
  }
  const ranked = [...totals.values()].filter((t) => t.ms > 0).sort((a, b) => b.ms - a.ms);
  const allWaiting = ranked.reduce((sum, t) => sum + t.ms, 0);
  return ranked
    .slice(0, limit)
    .map((total, index) => waitSpot(total, index + 1, allWaiting, scope, names));
}

function waitSpot(
  total: WaitTotal,
  rank: number,
  allWaiting: number,
  scope: Scope,
  names: Names,
): WaitSpot {
  const team = total.team ? namedRef(names.teams, total.team) : null;
  const policy = total.policy ? namedRef(names.policies, total.policy) : null;
  const mean = total.items > 0 ? total.ms / total.items / HOUR_MS : null;
  const place = [team?.name, policy ? `"${policy.name}"` : null].filter(Boolean).join(', ');
  const { filter } = scope;
  return {
    rank,
    team,
    policy,
    status: total.status,
    items: total.items,
    totalHours: total.ms / HOUR_MS,
    meanHours: mean,
    waitingNow: total.waitingNow,
    shareOfWaiting: allWaiting > 0 ? total.ms / allWaiting : 0,
    explanation: `${total.items} items waited in ${total.status.replace(/_/g, ' ')}${place ? ` (${place})` : ''}: ${hoursLabel(mean)} each on average, ${hoursLabel(total.ms / HOUR_MS)} in all${total.waitingNow ? `; ${total.waitingNow} still waiting` : ''}.`,
    drilldown: filterDrilldown(filter, {
      receivedFrom: new Date(scope.period.from),
      receivedTo: new Date(scope.period.to),
      teamIds: team ? [team.id] : filter.teamIds.length ? filter.teamIds : undefined,
      linkedPolicyIds: policy
        ? [policy.id]
        : filter.policyIds.length
          ? filter.policyIds
          : undefined,
      // A team-only row holds the team's items linked to no policy.
      linkedToPolicy: policy || filter.policyIds.length ? undefined : false,
      waitedIn: total.status,
    }),
  };
}
