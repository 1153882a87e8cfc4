import { HOUR_MS } from '@fulcrum/signals';
// Service levels: finished outcomes (rollups) plus open items judged against their targets now.
import type { ItemKind } from '../../items/item.enums';
import { type Drilldown, SlaClock } from '../read-model/drilldown.types';
import { namedRef, shareOf } from '../read-model/figures';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import type { Scope } from '../read-model/scope';
import type { Share } from '../read-model/scope.types';
import { filterDrilldown } from '../read-model/sql';
import {
  FlowDimension,
  type ServiceLevels,
  type SlaAttainment,
  type SlaBreach,
  type SlaGroup,
} from './bottlenecks.types';

/** The rollup measures of finished service-level outcomes. */
export const SLA_MEASURES = [
  'first_response_met',
  'first_response_breached',
  'resolution_met',
  'resolution_breached',
] as const;

/** Open items received in a period, per team and kind, judged against their targets now. */
export interface OpenClockRow {
  team_id: string | null;
  kind: string;
  fr_breached: number;
  fr_pending: number;
  fr_none: number;
  res_breached: number;
  res_pending: number;
  res_none: number;
}

/** An open item past a target. */
export interface OpenBreachRow {
  item_id: string;
  clock: SlaClock;
  overdue: number;
  responded: boolean;
}

/** Outcomes against one service-level target. */
export interface ClockTally {
  met: number;
  breached: number;
  /** Open and still within target. */
  pending: number;
  noTarget: number;
}

/** Outcomes against both targets for one group of items. */
export interface SlaTally {
  firstResponse: ClockTally;
  resolution: ClockTally;
}

/**
 * Finished outcomes (rollups) plus open items judged now: an open item past its target counts
 * as breached, one within it as pending. Only the rows `pick` accepts count.
 */
export function tallySla(
  finished: readonly MeasureRow[],
  open: readonly OpenClockRow[],
  pick: (team: string | null, kind: string) => boolean = () => true,
): SlaTally {
  const tally: SlaTally = {
    firstResponse: { met: 0, breached: 0, pending: 0, noTarget: 0 },
    resolution: { met: 0, breached: 0, pending: 0, noTarget: 0 },
  };
  for (const row of finished) {
    if (!pick(row.team_id ?? null, row.kind ?? '')) continue;
    tally.firstResponse.met += row.first_response_met;
    tally.firstResponse.breached += row.first_response_breached;
    tally.resolution.met += row.resolution_met;
    tally.resolution.breached += row.resolution_breached;
  }
  for (const row of open) {
    if (!pick(row.team_id, row.kind)) continue;
    tally.firstResponse.breached += Number(row.fr_breached);
    tally.firstResponse.pending += Number(row.fr_pending);
    tally.firstResponse.noTarget += Number(row.fr_none);
    tally.resolution.breached += Number(row.res_breached);
    tally.resolution.pending += Number(row.res_pending);
    tally.resolution.noTarget += Number(row.res_none);
  }
  return tally;
}

/** Attainment is met ÷ (met + breached): pending items and items without a target do not count. */
export const attainmentOf = (tally: ClockTally): Share =>
  shareOf(tally.met, tally.met + tally.breached);

export interface ServiceLevelInputs {
  scope: Scope;
  /** Finished outcomes per team and kind, in the period and in the comparison. */
  finished: readonly MeasureRow[];
  previousFinished: readonly MeasureRow[];
  /** Open items per team and kind, in the period and in the comparison. */
  open: readonly OpenClockRow[];
  previousOpen: readonly OpenClockRow[];
  worstBreaches: readonly OpenBreachRow[];
  names: Names;
}

/** Attainment overall, per team (by name) and per kind, with the comparison and the worst breaches. */
export function composeServiceLevels(input: ServiceLevelInputs): ServiceLevels {
  const { scope, finished, open, names } = input;
  const attainment = (
    tally: ClockTally,
    clock: SlaClock,
    extra: Drilldown = {},
  ): SlaAttainment => ({
    ...tally,
    attainment: attainmentOf(tally),
    breachesDrilldown: filterDrilldown(scope.filter, {
      receivedFrom: new Date(scope.period.from),
      receivedTo: new Date(scope.period.to),
      slaBreached: clock,
      ...extra,
    }),
  });
  const both = (tally: SlaTally, extra: Drilldown = {}) => ({
    firstResponse: attainment(tally.firstResponse, SlaClock.FIRST_RESPONSE, extra),
    resolution: attainment(tally.resolution, SlaClock.RESOLUTION, extra),
  });
  const all = tallySla(finished, open);
  const before = scope.comparison ? tallySla(input.previousFinished, input.previousOpen) : null;
  const teams = [
    ...new Set([...finished.map((r) => r.team_id ?? null), ...open.map((r) => r.team_id)]),
  ].filter((id): id is string => id !== null);
  const kinds = [
    ...new Set([...finished.map((r) => r.kind ?? ''), ...open.map((r) => r.kind)]),
  ].filter(Boolean);
  const groups: SlaGroup[] = [
    ...teams
      .map((team) => ({
        dimension: FlowDimension.TEAM,
        team: namedRef(names.teams, team),
        kind: null,
        ...both(
          tallySla(finished, open, (t) => t === team),
          { teamIds: [team] },
        ),
      }))
      .sort((a, b) => a.team.name.localeCompare(b.team.name)),
    ...kinds.sort().map((kind) => ({
      dimension: FlowDimension.KIND,
      team: null,
      kind: kind as ItemKind,
      ...both(
        tallySla(finished, open, (_team, k) => k === kind),
        { kinds: [kind as ItemKind] },
      ),
    })),
  ];
  return {
    ...both(all),
    previousFirstResponseAttainment: before ? attainmentOf(before.firstResponse).share : null,
    previousResolutionAttainment: before ? attainmentOf(before.resolution).share : null,
    groups,
    worstBreaches: input.worstBreaches.map((row): SlaBreach => ({
      itemId: row.item_id,
      clock: row.clock,
      overdueHours: Number(row.overdue) / HOUR_MS,
      open: true,
    })),
  };
}
