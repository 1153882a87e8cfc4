// The pure half of the policy hotspots: activity per policy and team (rollup rows and waits
// under way) in, friction scores, the policy × team matrix and wasteful candidates out
// (scoring and waste rules from @fulcrum/signals).
import {
  findWastefulPolicies,
  HOUR_MS,
  type PolicyActivity,
  scoreFriction,
} from '@fulcrum/signals';
import { ItemKind } from '../../items/item.enums';
import { toShare } from '../read-model/figures';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { type Filter, periodRange, type Scope } from '../read-model/scope';
import { filterDrilldown } from '../read-model/sql';
import type { RisingSignal } from '../rising/rising.types';
import type {
  FrictionPartName,
  PolicyHotspot,
  PolicyHotspots,
  PolicyTeamCell,
  Quote,
  WastefulPolicy,
} from './hotspots.types';

/** The rollup measures a policy's activity is summed from. */
export const ACTIVITY_MEASURES = [
  'arrivals',
  'explicit_links',
  'mention_links',
  'negative',
  'exceptions_granted',
  'exceptions_refused',
  'soft_noes',
  'hard_noes',
  'escalated',
  'waiting_internal_ms',
] as const;

/** Internal waits under way, per linked policy and team, in the period (cur) or the comparison. */
export interface OpenPolicyWaitRow {
  cur: boolean;
  policy_id: string;
  team_id: string | null;
  wait_ms: number;
}

export interface CellRow {
  cur: boolean;
  policy_id: string;
  team_id: string | null;
  linked: number;
  explicit: number;
  mentions: number;
  complaints: number;
  requests: number;
  negative: number;
  granted: number;
  refused: number;
  soft: number;
  hard: number;
  escalated: number;
  wait_ms: number;
}

export type Activity = PolicyActivity & {
  explicitLinks: number;
  mentions: number;
  requests: number;
};

export const emptyActivity = (policyId: string, name: string): Activity => ({
  policyId,
  name,
  linkedItems: 0,
  explicitLinks: 0,
  mentions: 0,
  complaints: 0,
  requests: 0,
  negativeItems: 0,
  exceptionsGranted: 0,
  exceptionsRefused: 0,
  softNoes: 0,
  hardNoes: 0,
  escalations: 0,
  addedWaitHours: 0,
});

export function addCell(activity: Activity, row: CellRow): Activity {
  return {
    ...activity,
    linkedItems: activity.linkedItems + Number(row.linked),
    explicitLinks: activity.explicitLinks + Number(row.explicit),
    mentions: activity.mentions + Number(row.mentions),
    complaints: activity.complaints + Number(row.complaints),
    requests: activity.requests + Number(row.requests),
    negativeItems: activity.negativeItems + Number(row.negative),
    exceptionsGranted: activity.exceptionsGranted + Number(row.granted),
    exceptionsRefused: activity.exceptionsRefused + Number(row.refused),
    softNoes: activity.softNoes + Number(row.soft),
    hardNoes: activity.hardNoes + Number(row.hard),
    escalations: activity.escalations + Number(row.escalated),
    addedWaitHours: activity.addedWaitHours + Number(row.wait_ms) / HOUR_MS,
  };
}

/**
 * Activity per policy × team in the period (cur) and the comparison: rollup rows of the wanted
 * policies (all when `policyIds` is empty) summed per cell, plus the internal waits under way.
 */
export function policyCells(
  periods: readonly { cur: boolean }[],
  counts: readonly (readonly MeasureRow[])[],
  open: readonly OpenPolicyWaitRow[],
  policyIds: readonly string[],
): CellRow[] {
  const wanted = (id: string | undefined) => !!id && (!policyIds.length || policyIds.includes(id));
  const cells = new Map<string, CellRow>();
  periods.forEach(({ cur }, index) => {
    for (const row of counts[index]) {
      if (!wanted(row.dim_id)) continue;
      const key = `${cur}|${row.dim_id}|${row.team_id ?? ''}`;
      const cell = cells.get(key) ?? {
        cur,
        policy_id: row.dim_id ?? '',
        team_id: row.team_id ?? null,
        linked: 0,
        explicit: 0,
        mentions: 0,
        complaints: 0,
        requests: 0,
        negative: 0,
        granted: 0,
        refused: 0,
        soft: 0,
        hard: 0,
        escalated: 0,
        wait_ms: 0,
      };
      cell.linked += row.arrivals;
      cell.explicit += row.explicit_links;
      cell.mentions += row.mention_links;
      if (row.kind === ItemKind.COMPLAINT) cell.complaints += row.arrivals;
      if (row.kind === ItemKind.REQUEST) cell.requests += row.arrivals;
      cell.negative += row.negative;
      cell.granted += row.exceptions_granted;
      cell.refused += row.exceptions_refused;
      cell.soft += row.soft_noes;
      cell.hard += row.hard_noes;
      cell.escalated += row.escalated;
      cell.wait_ms += row.waiting_internal_ms;
      cells.set(key, cell);
    }
  });
  for (const row of open) {
    const cell = cells.get(`${row.cur}|${row.policy_id}|${row.team_id ?? ''}`);
    if (cell) cell.wait_ms += Number(row.wait_ms);
  }
  return [...cells.values()];
}

/** Each subject policy's activity in the period (cur) or the comparison, optionally of one team. */
function activityOf(
  cells: readonly CellRow[],
  subjects: readonly string[],
  names: Names,
  cur: boolean,
  team?: string | null,
): Activity[] {
  const byPolicy = new Map(
    subjects.map((id) => [id, emptyActivity(id, names.policies.get(id) ?? 'Unknown')]),
  );
  for (const row of cells) {
    if (row.cur !== cur || (team !== undefined && row.team_id !== team)) continue;
    const current = byPolicy.get(row.policy_id);
    if (current) byPolicy.set(row.policy_id, addCell(current, row));
  }
  return [...byPolicy.values()];
}

/** Policies scored and listed, and which of them need quotes. */
export interface PolicyRanking {
  subjects: string[];
  trendOf: Map<string, RisingSignal>;
  activityById: Map<string, Activity & { trendRatio: number | null }>;
  previousScores: Map<string, number>;
  listed: ReturnType<typeof scoreFriction>;
  waste: ReturnType<typeof findWastefulPolicies>;
  /** The listed and the wasteful policies, for their quotes. */
  quoted: string[];
}

/**
 * Friction scores of the subject policies (the filter's, else all) with their complaint trend,
 * the top `limit` with linked items listed, and the wasteful candidates.
 */
export function rankPolicies(input: {
  names: Names;
  cells: readonly CellRow[];
  trends: readonly RisingSignal[];
  policyIds: readonly string[];
  hasComparison: boolean;
  limit: number;
}): PolicyRanking {
  const { names, cells, trends, policyIds, limit } = input;
  const trendOf = new Map(trends.map((signal) => [signal.subject.id, signal]));
  const subjects = policyIds.length
    ? policyIds.filter((id) => names.policies.has(id))
    : [...names.policies.keys()];
  const current = activityOf(cells, subjects, names, true).map((a) => {
    const trend = trendOf.get(a.policyId);
    return { ...a, trendRatio: trend?.tested ? trend.rateRatio : null };
  });
  const previous = input.hasComparison ? activityOf(cells, subjects, names, false) : [];
  const scores = scoreFriction(current);
  const previousScores = new Map(scoreFriction(previous).map((s) => [s.policyId, s.score]));
  const activityById = new Map(current.map((a) => [a.policyId, a]));
  const listed = scores
    .filter((s) => (activityById.get(s.policyId)?.linkedItems ?? 0) > 0)
    .slice(0, limit);
  const waste = findWastefulPolicies(current);
  const quoted = [...new Set([...listed.map((s) => s.policyId), ...waste.map((w) => w.policyId)])];
  return { subjects, trendOf, activityById, previousScores, listed, waste, quoted };
}

/** The hotspots: listed policies with their parts and quotes, the policy × team matrix and the wasteful candidates. */
export function composeHotspots(input: {
  scope: Scope;
  /** The filter of the items counted (the policy filter chooses policies, not items). */
  itemsFilter: Filter;
  names: Names;
  cells: readonly CellRow[];
  ranking: PolicyRanking;
  quotes: ReadonlyMap<string, Quote[]>;
}): PolicyHotspots {
  const { scope, itemsFilter, names, cells, ranking, quotes } = input;
  const { trendOf, activityById, previousScores, listed, waste } = ranking;
  const activity = (cur: boolean, team?: string | null) =>
    activityOf(cells, ranking.subjects, names, cur, team);
  const drilldown = (policyId: string, teamId?: string) =>
    filterDrilldown(itemsFilter, {
      receivedFrom: new Date(scope.period.from),
      receivedTo: new Date(scope.period.to),
      linkedPolicyIds: [policyId],
      ...(teamId ? { teamIds: [teamId] } : {}),
    });

  const policies = listed.map((score, index): PolicyHotspot => {
    const a = activityById.get(score.policyId) ?? emptyActivity(score.policyId, score.name);
    const trend = trendOf.get(score.policyId);
    return {
      rank: index + 1,
      policy: { id: score.policyId, name: score.name },
      score: score.score,
      previousScore: scope.comparison ? (previousScores.get(score.policyId) ?? null) : null,
      parts: score.parts.map((part) => ({ ...part, name: part.name as FrictionPartName })),
      activity: a,
      rising: trend?.severity ?? ('none' as PolicyHotspot['rising']),
      trendRatio: trend?.tested ? trend.rateRatio : null,
      explanation: score.explanation,
      trendExplanation: trend?.explanation ?? null,
      quotes: quotes.get(score.policyId) ?? [],
      drilldown: drilldown(score.policyId),
    };
  });

  // The matrix: every team with linked items of a listed policy, scored cell by cell.
  const teamIds = [
    ...new Set(
      cells
        .filter((row) => row.cur && row.team_id)
        .flatMap((row) => (row.team_id ? [row.team_id] : [])),
    ),
  ];
  const teams = teamIds
    .map((id) => ({ id, name: names.teams.get(id) ?? 'Unknown' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const cellActivities = teams.flatMap((team) =>
    activity(true, team.id)
      .filter((a) => listed.some((s) => s.policyId === a.policyId) && a.linkedItems > 0)
      .map((a) => ({ ...a, policyId: `${a.policyId}|${team.id}` })),
  );
  const matrix = scoreFriction(cellActivities).map((cell): PolicyTeamCell => {
    const [policyId, teamId] = cell.policyId.split('|');
    const a =
      cellActivities.find((c) => c.policyId === cell.policyId) ??
      emptyActivity(cell.policyId, cell.name);
    return {
      policy: { id: policyId, name: names.policies.get(policyId) ?? 'Unknown' },
      team: { id: teamId, name: names.teams.get(teamId) ?? 'Unknown' },
      score: cell.score,
      linkedItems: a.linkedItems,
      complaints: a.complaints,
      exceptions: a.exceptionsGranted + a.exceptionsRefused,
      drilldown: drilldown(policyId, teamId),
    };
  });

  const wastefulCandidates = waste.map((candidate): WastefulPolicy => ({
    policy: { id: candidate.policyId, name: candidate.name },
    waiverRate: toShare(candidate.waiverRate),
    complaints: candidate.complaints,
    reasons: candidate.reasons,
    quotes: quotes.get(candidate.policyId) ?? [],
    drilldown: drilldown(candidate.policyId),
  }));
  return {
    period: periodRange(scope.period),
    comparisonPeriod: scope.comparison ? periodRange(scope.comparison) : null,
    policies,
    teams,
    matrix,
    wastefulCandidates,
  };
}
