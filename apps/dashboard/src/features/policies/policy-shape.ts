import type { PolicyFrictionQuery } from '../../graphql/generated/graphql';
import { narrowDrilldown, type Drilldown } from '../../lib/drilldown-url';

type Friction = PolicyFrictionQuery['policyHotspots'];
type Cell = Friction['matrix'][number];

export interface HeatRow {
  policy: { id: string; name: string };
  /** One cell per matrix column (team), null where no item was linked. */
  cells: (Cell | null)[];
}

/**
 * The policy × team matrix as rows (policies in rank order) and columns (teams, busiest first),
 * leaving out teams with no linked item for any listed policy.
 */
export function heatMap(friction: Pick<Friction, 'policies' | 'teams' | 'matrix'>): {
  teams: { id: string; name: string }[];
  rows: HeatRow[];
} {
  const key = (policyId: string, teamId: string) => `${policyId}:${teamId}`;
  const cells = new Map(friction.matrix.map((cell) => [key(cell.policy.id, cell.team.id), cell]));
  const load = new Map<string, number>();
  for (const cell of friction.matrix)
    load.set(cell.team.id, (load.get(cell.team.id) ?? 0) + cell.linkedItems);
  const teams = friction.teams
    .filter((team) => (load.get(team.id) ?? 0) > 0)
    .sort((a, b) => (load.get(b.id) ?? 0) - (load.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .map((team) => ({ id: team.id, name: team.name }));
  const rows = friction.policies.map((hotspot) => ({
    policy: { id: hotspot.policy.id, name: hotspot.policy.name },
    cells: teams.map((team) => cells.get(key(hotspot.policy.id, team.id)) ?? null),
  }));
  return { teams, rows };
}

/**
 * A sequential blue scale (light to dark) in five steps: one hue, so it reads the same with any
 * colour vision; the score is written in every cell too.
 */
export const HEAT_STEPS = [
  { from: 0, color: 'var(--heat-1)', text: 'var(--color-text)' },
  { from: 20, color: 'var(--heat-2)', text: 'var(--color-text)' },
  { from: 35, color: 'var(--heat-3)', text: 'var(--color-text)' },
  { from: 50, color: 'var(--heat-4)', text: 'var(--color-text-inverse)' },
  { from: 65, color: 'var(--heat-5)', text: 'var(--color-text-inverse)' },
] as const;

export function heatStep(score: number): (typeof HEAT_STEPS)[number] {
  let step: (typeof HEAT_STEPS)[number] = HEAT_STEPS[0];
  for (const candidate of HEAT_STEPS) if (score >= candidate.from) step = candidate;
  return step;
}

type Hotspot = Friction['policies'][number];

export interface ActivityFigure {
  label: string;
  value: number;
  /** The linked items narrowed to those behind this figure; null when none can be named. */
  drilldown: Drilldown | null;
}

/** What happened around a policy, each figure with the linked items it is about. */
export function activityFigures(hotspot: Hotspot): ActivityFigure[] {
  const base = hotspot.drilldown;
  const narrow = (extra: Drilldown) => narrowDrilldown(base, extra);
  const a = hotspot.activity;
  return [
    { label: 'Linked items', value: a.linkedItems, drilldown: narrow({}) },
    { label: 'Complaints', value: a.complaints, drilldown: narrow({ kinds: ['COMPLAINT'] }) },
    { label: 'Requests', value: a.requests, drilldown: narrow({ kinds: ['REQUEST'] }) },
    {
      label: 'Negative sentiment',
      value: a.negativeItems,
      drilldown: narrow({ sentiments: ['NEGATIVE'] }),
    },
    {
      label: 'Exceptions granted',
      value: a.exceptionsGranted,
      drilldown: narrow({ eventTypes: ['EXCEPTION_GRANTED'] }),
    },
    {
      label: 'Exceptions refused',
      value: a.exceptionsRefused,
      drilldown: narrow({ eventTypes: ['EXCEPTION_REFUSED'] }),
    },
    {
      label: 'Soft noes (alternative offered)',
      value: a.softNoes,
      drilldown: narrow({ viabilities: ['SOFT_NO'] }),
    },
    { label: 'Hard noes', value: a.hardNoes, drilldown: narrow({ viabilities: ['HARD_NO'] }) },
    {
      label: 'Escalations',
      value: a.escalations,
      drilldown: narrow({ eventTypes: ['ESCALATED'] }),
    },
    { label: 'Linked explicitly', value: a.explicitLinks, drilldown: null },
    { label: 'Cited in the text', value: a.mentions, drilldown: null },
  ];
}

/** The link that opens a new improvement action about a policy. */
export function newActionUrl(policyId: string): string {
  return `/actions/new?policy=${encodeURIComponent(policyId)}`;
}
