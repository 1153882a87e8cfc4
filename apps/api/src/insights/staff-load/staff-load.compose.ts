import { formatAmount, formatPercent, loadVsCapacity } from '@fulcrum/signals';
import { LoadState, type PulseGroup, type PulseSummary } from './staff-load.types';
import type { NamedRef } from '../read-model/scope.types';
import {
  addCounts,
  monthLabel,
  NO_PULSE,
  type PublishedCell,
  type PulseCounts,
} from '../read-model/anonymous-pulse.compose';

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
  /** Named entries of the reporting window and the team's own published anonymous cells. */
  pulse: TeamPulse;
}

export interface TeamPulse extends PulseCounts {
  anonymous: number;
  /** Why some of the team's anonymous entries are not in its figures (null when all are). */
  note: string | null;
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

/** Figures of entries that are safe to publish as they are (named, or whole published cells). */
export function pulseSummary(
  counts: PulseCounts & { anonymous?: number },
  note: string | null = null,
): PulseSummary {
  const shown = counts.responses > 0;
  return {
    responses: counts.responses,
    anonymousResponses: counts.anonymous ?? 0,
    shown,
    meanWorkload: shown ? counts.workloadSum / counts.responses : null,
    overwhelmedShare: shown ? counts.overwhelmed / counts.responses : null,
    note: shown ? note : (note ?? 'No pulse responses.'),
  };
}

/**
 * A team's window pulse: its named entries plus those months whose anonymous entries were
 * published as the team's own cell; the rest stay only in "Other teams" or unpublished.
 */
export function teamPulse(
  named: PulseCounts,
  own: readonly PublishedCell[],
  mergedMonths: readonly string[],
): TeamPulse {
  const anonymous = own.reduce((sum, cell) => addCounts(sum, cell.counts), NO_PULSE);
  return {
    ...addCounts(named, anonymous),
    anonymous: anonymous.responses,
    note:
      mergedMonths.length > 0
        ? `Anonymous entries of ${mergedMonths.map(monthLabel).join(', ')} are counted only with other teams, to keep them anonymous.`
        : null,
  };
}

/** The published cells as the API shows them. */
export const pulseGroups = (cells: readonly PublishedCell[]): PulseGroup[] =>
  cells.map((cell) => ({
    month: cell.month,
    label: cell.label,
    teams: cell.teams,
    responses: cell.counts.responses,
    meanWorkload: cell.counts.workloadSum / cell.counts.responses,
    overwhelmedShare: cell.counts.overwhelmed / cell.counts.responses,
  }));

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
    const pulse = pulseSummary(t.pulse, t.pulse.note);
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
