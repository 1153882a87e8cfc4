import { formatAmount, formatPercent, loadVsCapacity, protectAnonymity } from '@fulcrum/signals';
import { LoadState, type PulseGroup, type PulseSummary } from './staff-load.types';
import type { NamedRef } from '../read-model/scope.types';

/** Fewer anonymous pulse entries than this in a group are never shown on their own. */
export const MIN_ANONYMOUS_GROUP = 5;
/**
 * Signs of overload, each at two strengths. A team is overloaded on one strong sign or two
 * ordinary ones, stretched on one: a single noisy measure does not condemn a team.
 */
export const LOAD_SIGNS = {
  /** Arrivals per available person ÷ completions per person in the team's busy weeks. */
  utilisation: { sign: 1, strong: 1.2 },
  /** Share of pulse responses at 4 or 5 of 5. */
  pulse: { sign: 0.4, strong: 0.6 },
  /** Available staff ÷ staff on the books (below these). */
  available: { sign: 0.75, strong: 0.6 },
  /** Open items per person against the median team, with a growing backlog of at least this many per person. */
  backlog: { relative: 2, minPerStaff: 5 },
} as const;

export interface PulseCounts {
  responses: number;
  anonymous: number;
  workloadSum: number;
  overwhelmed: number;
}

export interface TeamLoadFacts {
  team: NamedRef;
  staff: number;
  vacancies: number;
  sickDays: number;
  departures: number;
  arrivals: number;
  completions: number;
  openItems: number;
  periodDays: number;
  /** Completions per staff member in a busy week (the team's p90 over the past year); null if unknown. */
  capacityPerStaffPerWeek: number | null;
  pulse: PulseCounts;
}

export interface TeamVerdict {
  state: LoadState;
  reasons: string[];
  availableStaff: number;
  openPerStaff: number;
  arrivalsPerStaffPerWeek: number;
  utilisation: number | null;
  backlogGrowthPerWeek: number;
  pulse: PulseSummary;
}

/** A group's pulse may be shown when it holds no anonymous entries or at least five of them. */
export function pulseSummary(counts: PulseCounts): PulseSummary {
  const shown =
    counts.responses > 0 && (counts.anonymous === 0 || counts.anonymous >= MIN_ANONYMOUS_GROUP);
  return {
    responses: counts.responses,
    shown,
    meanWorkload: shown ? counts.workloadSum / counts.responses : null,
    overwhelmedShare: shown ? counts.overwhelmed / counts.responses : null,
    note:
      counts.responses === 0
        ? 'No pulse responses.'
        : shown
          ? null
          : `Fewer than ${MIN_ANONYMOUS_GROUP} anonymous responses: hidden so that no one's answer can be told.`,
  };
}

/**
 * The load verdict per team from arrivals and open items against the staff actually available
 * (vacancies and sick leave taken off), the staff pulse and staff availability. Pulse and
 * absences move before response times slip, so this turns before the waits do.
 */
export function teamVerdicts(teams: readonly TeamLoadFacts[]): TeamVerdict[] {
  const available = teams.map((t) => {
    const workingDays = (t.periodDays * 5) / 7;
    const sickFte = workingDays > 0 ? t.sickDays / workingDays : 0;
    return Math.max(0.5, t.staff - t.vacancies - sickFte);
  });
  const loads = loadVsCapacity(
    teams.map((t, i) => ({
      team: t.team.id,
      staff: available[i],
      openItems: t.openItems,
      arrivals: t.arrivals,
      completions: t.completions,
      periodDays: t.periodDays,
      capacityPerStaffPerWeek: t.capacityPerStaffPerWeek,
    })),
  );
  return teams.map((t, i) => {
    const load = loads[i];
    const signs: { strong: boolean; reason: string }[] = [];
    const { utilisation } = load;
    if (utilisation !== null && utilisation >= LOAD_SIGNS.utilisation.sign) {
      signs.push({
        strong: utilisation >= LOAD_SIGNS.utilisation.strong,
        reason: `Arrivals are ${formatPercent(utilisation)} of what the available staff completed in a busy week (${formatAmount(load.arrivalsPerStaffPerWeek)} per person a week against ${formatAmount(t.capacityPerStaffPerWeek ?? 0)}).`,
      });
    }
    const pulse = pulseSummary(t.pulse);
    if (
      pulse.shown &&
      pulse.overwhelmedShare !== null &&
      pulse.overwhelmedShare >= LOAD_SIGNS.pulse.sign
    ) {
      signs.push({
        strong: pulse.overwhelmedShare >= LOAD_SIGNS.pulse.strong,
        reason: `${formatPercent(pulse.overwhelmedShare)} of ${t.pulse.responses} pulse responses report a workload of 4 or 5.`,
      });
    }
    if (t.staff > 0 && available[i] / t.staff < LOAD_SIGNS.available.sign) {
      const missing = [
        t.vacancies ? `${t.vacancies} unfilled vacanc${t.vacancies === 1 ? 'y' : 'ies'}` : null,
        t.sickDays ? `${t.sickDays} days of sick leave` : null,
      ].filter(Boolean);
      signs.push({
        strong: available[i] / t.staff < LOAD_SIGNS.available.strong,
        reason: `Only ${formatAmount(available[i])} of ${t.staff} staff available (${missing.join(', ')}).`,
      });
    }
    if (
      load.relativeOpen !== null &&
      load.relativeOpen >= LOAD_SIGNS.backlog.relative &&
      load.backlogGrowthPerWeek > 0 &&
      load.openPerStaff >= LOAD_SIGNS.backlog.minPerStaff
    ) {
      signs.push({
        strong: false,
        reason: `${formatAmount(load.openPerStaff)} open items per person, ${formatAmount(load.relativeOpen)}× the median team, and the backlog grows by about ${formatAmount(load.backlogGrowthPerWeek)} a week.`,
      });
    }
    const state =
      signs.some((s) => s.strong) || signs.length >= 2
        ? LoadState.OVERLOADED
        : signs.length === 1
          ? LoadState.STRETCHED
          : LoadState.OK;
    return {
      state,
      reasons: signs.map((s) => s.reason),
      availableStaff: available[i],
      openPerStaff: load.openPerStaff,
      arrivalsPerStaffPerWeek: load.arrivalsPerStaffPerWeek,
      utilisation,
      backlogGrowthPerWeek: load.backlogGrowthPerWeek,
      pulse,
    };
  });
}

export interface AnonymousPulse {
  team: NamedRef;
  counts: PulseCounts;
}

/**
 * Anonymous pulse entries per team, with every shown group holding at least five entries:
 * small teams are merged into "Other teams" (with the smallest large ones if needed) or hidden.
 */
export function anonymousPulseGroups(teams: readonly AnonymousPulse[]): {
  groups: PulseGroup[];
  notes: string[];
} {
  const byId = new Map(teams.map((t) => [t.team.id, t]));
  const protectedGroups = protectAnonymity(
    teams.map((t) => ({ key: t.team.id, label: t.team.name, count: t.counts.anonymous })),
    { minimum: MIN_ANONYMOUS_GROUP, otherLabel: 'Other teams' },
  );
  const groups = protectedGroups.shown.map((group): PulseGroup => {
    const members = group.members.flatMap((id) => byId.get(id) ?? []);
    const sum = (pick: (c: PulseCounts) => number) =>
      members.reduce((total, member) => total + pick(member.counts), 0);
    const responses = sum((c) => c.anonymous);
    return {
      label: group.label,
      teams: members.map((member) => member.team),
      responses,
      // Anonymous-only sums travel in workloadSum/overwhelmed of the anonymous counts.
      meanWorkload: responses > 0 ? sum((c) => c.workloadSum) / responses : 0,
      overwhelmedShare: responses > 0 ? sum((c) => c.overwhelmed) / responses : 0,
    };
  });
  const notes = protectedGroups.suppressed.map((s) => {
    const name = byId.get(s.key)?.team.name ?? s.key;
    return s.action === 'merged'
      ? `${name}: merged into "Other teams" (${s.reason})`
      : `${name}: hidden (${s.reason})`;
  });
  return { groups, notes };
}
