import type { StaffLoadQuery, TeamLoadFieldsFragment } from '../../graphql/generated/graphql';
import { formatNumber, formatPercent } from '../../lib/format';

/** The smallest group of anonymous pulse entries whose figures are shown. */
export const ANONYMITY_THRESHOLD = 5;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 2026" for "2026-10". */
export const monthText = (month: string) =>
  `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The whole months the pulse covers: "Oct 2026", "Sep 2026 – Nov 2026", or null for none. */
export function monthsText(months: readonly string[]): string | null {
  if (months.length === 0) return null;
  const first = monthText(months[0]);
  const last = monthText(months[months.length - 1]);
  return first === last ? first : `${first} – ${last}`;
}

/** "4.3 of 5 · 86% at 4–5", or why there is nothing to show. */
export function pulseText(pulse: TeamLoadFieldsFragment['pulse']): string {
  if (!pulse.shown || pulse.meanWorkload === null) {
    // Entries that exist only inside "Other teams" are not the team's to show.
    return pulse.note ? 'Only within “Other teams”' : 'No pulse entries';
  }
  const overwhelmed =
    pulse.overwhelmedShare === null ? '' : ` · ${formatPercent(pulse.overwhelmedShare)} at 4–5`;
  return `${pulse.meanWorkload.toFixed(1)} of 5${overwhelmed}`;
}

/** "114%" of capacity, or a dash when capacity cannot be judged yet. */
export function utilisationText(utilisation: number | null): string {
  return utilisation === null ? '—' : formatPercent(utilisation);
}

/** "8 of 14" staff available. */
export function availabilityText(
  team: Pick<TeamLoadFieldsFragment, 'availableStaff' | 'staff'>,
): string {
  return `${formatNumber(Math.round(team.availableStaff * 10) / 10)} of ${formatNumber(team.staff)}`;
}

type Week = StaffLoadQuery['staffLoad']['weekly'][number];

export interface TeamWeekRow {
  weekStart: string;
  arrivals: number;
  completions: number;
  complaints: number;
  /** Mean workload of the week's named pulse entries; null when there were none. */
  pulseWorkload: number | null;
  pulseResponses: number;
  sickDays: number;
  departures: number;
  hires: number;
}

/** One team's weeks, oldest first, for its history chart. */
export function teamWeeks(weekly: readonly Week[], teamId: string): TeamWeekRow[] {
  return weekly
    .filter((week) => week.team.id === teamId)
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .map((week) => ({
      weekStart: week.weekStart,
      arrivals: week.arrivals,
      completions: week.completions,
      complaints: week.complaints,
      pulseWorkload: week.pulseWorkload,
      pulseResponses: week.pulseResponses,
      sickDays: week.sickDays,
      departures: week.departures,
      hires: week.hires,
    }));
}

export interface StaffTotals {
  staff: number;
  available: number;
  vacancies: number;
  sickDays: number;
  departures: number;
  overloaded: number;
  stretched: number;
}

export function staffTotals(teams: readonly TeamLoadFieldsFragment[]): StaffTotals {
  return teams.reduce<StaffTotals>(
    (sum, team) => ({
      staff: sum.staff + team.staff,
      available: sum.available + team.availableStaff,
      vacancies: sum.vacancies + team.vacancies,
      sickDays: sum.sickDays + team.sickDays,
      departures: sum.departures + team.departures,
      overloaded: sum.overloaded + (team.state === 'OVERLOADED' ? 1 : 0),
      stretched: sum.stretched + (team.state === 'STRETCHED' ? 1 : 0),
    }),
    {
      staff: 0,
      available: 0,
      vacancies: 0,
      sickDays: 0,
      departures: 0,
      overloaded: 0,
      stretched: 0,
    },
  );
}
