// Staff load against capacity per team: open items and arrivals per staff member, utilisation,
// backlog growth, and a verdict that turns "overloaded" before response times slip (arrivals
// outrunning capacity and a growing backlog come first).

import { quantileSorted } from './descriptive';
import { formatAmount, formatPercent } from './format';
import { requireCount, requirePositive } from './validate';

export interface TeamLoadInput {
  team: string;
  // Staff (full-time equivalents) available in the period.
  staff: number;
  // Open items at the end of the period, and arrivals and completions during it.
  openItems: number;
  arrivals: number;
  completions: number;
  periodDays: number;
  // Items one staff member can complete in a week; null/absent when unknown.
  capacityPerStaffPerWeek?: number | null;
}

export type LoadState = 'ok' | 'stretched' | 'overloaded';

export interface TeamLoad {
  team: string;
  openPerStaff: number;
  arrivalsPerStaffPerWeek: number;
  completionsPerStaffPerWeek: number;
  // Arrivals per staff-week ÷ capacity per staff-week; null without a capacity.
  utilisation: number | null;
  // Open items per staff member ÷ the median across teams.
  relativeOpen: number | null;
  // (arrivals − completions) per week: positive means the backlog is growing.
  backlogGrowthPerWeek: number;
  state: LoadState;
  reasons: string[];
}

/**
 * Load vs capacity per team. Overloaded: arrivals at or above capacity, or twice the median open
 * items per person with a growing backlog. Stretched: utilisation ≥ 85%, 1.5× the median open
 * items per person, or arrivals outrunning completions by 10% or more.
 */
export function loadVsCapacity(teams: readonly TeamLoadInput[]): TeamLoad[] {
  teams.forEach((t, i) => {
    requirePositive(t.staff, `teams[${i}].staff`);
    requireCount(t.openItems, `teams[${i}].openItems`);
    requireCount(t.arrivals, `teams[${i}].arrivals`);
    requireCount(t.completions, `teams[${i}].completions`);
    requirePositive(t.periodDays, `teams[${i}].periodDays`);
    if (t.capacityPerStaffPerWeek !== undefined && t.capacityPerStaffPerWeek !== null) {
      requirePositive(t.capacityPerStaffPerWeek, `teams[${i}].capacityPerStaffPerWeek`);
    }
  });
  const openPerStaff = teams.map((t) => t.openItems / t.staff);
  const medianOpen = quantileSorted(
    [...openPerStaff].sort((a, b) => a - b),
    0.5,
  );
  return teams.map((t, i) => {
    const weeks = t.periodDays / 7;
    const arrivalsPerStaffPerWeek = t.arrivals / t.staff / weeks;
    const capacity = t.capacityPerStaffPerWeek ?? null;
    const utilisation = capacity === null ? null : arrivalsPerStaffPerWeek / capacity;
    const relativeOpen =
      medianOpen !== null && medianOpen > 0 ? openPerStaff[i] / medianOpen : null;
    const backlogGrowthPerWeek = (t.arrivals - t.completions) / weeks;
    const outrunning =
      t.completions > 0 ? t.arrivals / t.completions - 1 : t.arrivals > 0 ? Infinity : 0;

    const reasons: string[] = [];
    let state: LoadState = 'ok';
    const raise = (to: LoadState, reason: string) => {
      if (to === 'overloaded' || state === 'ok') state = to;
      reasons.push(reason);
    };
    if (utilisation !== null && utilisation >= 1) {
      raise(
        'overloaded',
        `Arrivals are ${formatPercent(utilisation)} of what the team can handle (${formatAmount(arrivalsPerStaffPerWeek)} per person a week against ${formatAmount(capacity ?? 0)}).`,
      );
    } else if (utilisation !== null && utilisation >= 0.85) {
      raise('stretched', `Arrivals are ${formatPercent(utilisation)} of what the team can handle.`);
    }
    if (relativeOpen !== null && relativeOpen >= 2 && backlogGrowthPerWeek > 0) {
      raise(
        'overloaded',
        `${formatAmount(openPerStaff[i])} open items per person, ${formatAmount(relativeOpen)}× the median team, and the backlog is growing.`,
      );
    } else if (relativeOpen !== null && relativeOpen >= 1.5) {
      raise(
        'stretched',
        `${formatAmount(openPerStaff[i])} open items per person, ${formatAmount(relativeOpen)}× the median team.`,
      );
    }
    if (outrunning >= 0.1) {
      raise(
        'stretched',
        `Arrivals outrun completions by ${Number.isFinite(outrunning) ? formatPercent(outrunning) : 'all'}: the backlog grows by about ${formatAmount(backlogGrowthPerWeek)} a week.`,
      );
    }
    return {
      team: t.team,
      openPerStaff: openPerStaff[i],
      arrivalsPerStaffPerWeek,
      completionsPerStaffPerWeek: t.completions / t.staff / weeks,
      utilisation,
      relativeOpen,
      backlogGrowthPerWeek,
      state,
      reasons,
    };
  });
}
