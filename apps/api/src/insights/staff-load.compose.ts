import { formatAmount, formatPercent, loadVsCapacity, protectAnonymity } from '@fulcrum/signals';
import { LoadState, type PulseGroup, type PulseSummary } from './dto/staff-load.types';
import type { NamedRef } from './dto/scope.types';

/** Fewer anonymous pulse entries than this in a group are never shown on their own. */
export const MIN_ANONYMOUS_GROUP = 5;
/** Share of pulse responses at 4–5 that makes a team stretched, and overloaded. */
export const PULSE_STRETCHED = 0.25;
export const PULSE_OVERLOADED = 0.4;
/** Available staff as a share of staff on the books below which a team is stretched, and overloaded. */
export const AVAILABLE_STRETCHED = 0.8;
export const AVAILABLE_OVERLOADED = 0.65;

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

const RANK: Record<LoadState, number> = {
  [LoadState.OK]: 0,
  [LoadState.STRETCHED]: 1,
  [LoadState.OVERLOADED]: 2,
};

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
 * The load verdict per team: arrivals and open items against the staff actually available
 * (vacancies and sick leave taken off), the staff pulse and staff availability, whichever is
 * worst, with the reasons in words. Pulse and absences move before response times slip, so
 * this turns before the waits do.
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
    let state = load.state as LoadState;
    const reasons = [...load.reasons];
    const raise = (to: LoadState, reason: string) => {
      if (RANK[to] > RANK[state]) state = to;
      reasons.push(reason);
    };
    const pulse = pulseSummary(t.pulse);
    if (pulse.shown && pulse.overwhelmedShare !== null) {
      const said = `${formatPercent(pulse.overwhelmedShare)} of ${t.pulse.responses} pulse responses report a workload of 4 or 5`;
      if (pulse.overwhelmedShare >= PULSE_OVERLOADED) raise(LoadState.OVERLOADED, `${said}.`);
      else if (pulse.overwhelmedShare >= PULSE_STRETCHED) raise(LoadState.STRETCHED, `${said}.`);
    }
    if (t.staff > 0) {
      const share = available[i] / t.staff;
      const missing = [
        t.vacancies ? `${t.vacancies} unfilled vacanc${t.vacancies === 1 ? 'y' : 'ies'}` : null,
        t.sickDays ? `${t.sickDays} days of sick leave` : null,
      ].filter(Boolean);
      const said = `Only ${formatAmount(available[i])} of ${t.staff} staff available (${missing.join(', ')}).`;
      if (share < AVAILABLE_OVERLOADED) raise(LoadState.OVERLOADED, said);
      else if (share < AVAILABLE_STRETCHED) raise(LoadState.STRETCHED, said);
    }
    return {
      state,
      reasons,
      availableStaff: available[i],
      openPerStaff: load.openPerStaff,
      arrivalsPerStaffPerWeek: load.arrivalsPerStaffPerWeek,
      utilisation: load.utilisation,
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
