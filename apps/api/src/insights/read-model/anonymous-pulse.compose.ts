import { protectAnonymity, type Period } from '@fulcrum/signals';
import type { NamedRef } from './scope.types';

/** Fewer anonymous pulse entries than this are never published as a group of their own. */
export const MIN_ANONYMOUS_GROUP = 5;
const OTHER_TEAMS = 'Other teams';

/** Additive pulse figures of a set of entries. */
export interface PulseCounts {
  responses: number;
  workloadSum: number;
  overwhelmed: number;
}

export const NO_PULSE: PulseCounts = { responses: 0, workloadSum: 0, overwhelmed: 0 };

export const addCounts = (a: PulseCounts, b: PulseCounts): PulseCounts => ({
  responses: a.responses + b.responses,
  workloadSum: a.workloadSum + b.workloadSum,
  overwhelmed: a.overwhelmed + b.overwhelmed,
});

/** The anonymous entries of one team in one calendar month (YYYY-MM). */
export interface AnonymousCell {
  teamId: string;
  month: string;
  counts: PulseCounts;
}

/** A published group of anonymous entries: one month, one team or the fixed "Other teams". */
export interface PublishedCell {
  month: string;
  label: string;
  teams: NamedRef[];
  counts: PulseCounts;
}

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const nextMonth = (ms: number) =>
  Date.UTC(new Date(ms).getUTCFullYear(), new Date(ms).getUTCMonth() + 1, 1);
const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
export const monthLabel = (month: string) =>
  `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/**
 * The reporting window of a period: the whole calendar months (UTC) it touches that have ended by
 * `now`. Anonymous entries are only ever counted by these fixed windows, so two periods a day
 * apart give the same answer instead of a difference of one person's entry.
 */
export function reportingMonths(period: Period, now: number): string[] {
  const months: string[] = [];
  const first = new Date(period.from);
  for (
    let at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
    at < period.to;
    at = nextMonth(at)
  ) {
    // The current month is released only once it has ended.
    if (nextMonth(at) <= now) months.push(monthOf(at));
  }
  return months;
}

/** [from, to) of a run of months, as epoch ms; null when there are none. */
export function monthsPeriod(months: readonly string[]): Period | null {
  if (months.length === 0) return null;
  const start = (month: string) => Date.parse(`${month}-01T00:00:00Z`);
  return { from: start(months[0]), to: nextMonth(start(months[months.length - 1])) };
}

/**
 * The published cells of each month. The groups are fixed: always computed over every team of
 * the organisation, whatever the request's filter, so no filter or page yields a new aggregate.
 * A team with fewer than five anonymous entries in a month is merged into "Other teams"; when the
 * merged teams still fall short, the smallest other teams join them (complementary suppression),
 * so that the month's total minus the published teams never isolates a small team; when the whole
 * month falls short, nothing of it is published. Notes never print a suppressed count.
 */
export function publishedCells(
  teams: readonly NamedRef[],
  cells: readonly AnonymousCell[],
  months: readonly string[],
): { cells: PublishedCell[]; notes: string[] } {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const published: PublishedCell[] = [];
  const notes: string[] = [];
  for (const month of months) {
    const own = new Map(
      cells.filter((cell) => cell.month === month).map((cell) => [cell.teamId, cell.counts]),
    );
    const groups = protectAnonymity(
      teams.map((team) => ({
        key: team.id,
        label: team.name,
        count: own.get(team.id)?.responses ?? 0,
      })),
      { minimum: MIN_ANONYMOUS_GROUP, otherLabel: OTHER_TEAMS },
    );
    for (const group of groups.shown) {
      published.push({
        month,
        label: group.label,
        teams: group.members.flatMap((id) => byId.get(id) ?? []),
        counts: group.members.reduce(
          (sum, id) => addCounts(sum, own.get(id) ?? NO_PULSE),
          NO_PULSE,
        ),
      });
    }
    const names = (action: 'merged' | 'hidden') =>
      groups.suppressed
        .filter((s) => s.action === action)
        .map((s) => byId.get(s.key)?.name ?? s.key)
        .sort();
    const merged = names('merged');
    if (merged.length > 0) {
      notes.push(
        `${monthLabel(month)}: ${merged.join(', ')} counted together as "${OTHER_TEAMS}" — fewer than ${MIN_ANONYMOUS_GROUP} anonymous entries on their own, or merged so that the smaller ones cannot be worked out.`,
      );
    }
    if (names('hidden').length > 0) {
      notes.push(
        `${monthLabel(month)}: fewer than ${MIN_ANONYMOUS_GROUP} anonymous entries in the whole organisation, so none are shown.`,
      );
    }
  }
  return { cells: published, notes };
}

/** A filter only selects published cells, those lying wholly inside it; it never re-aggregates. */
export function selectCells(
  cells: readonly PublishedCell[],
  teamIds: readonly string[],
): PublishedCell[] {
  if (teamIds.length === 0) return [...cells];
  const selected = new Set(teamIds);
  return cells.filter((cell) => cell.teams.every((team) => selected.has(team.id)));
}

/** A team's own published cells, and the months in which it is only part of "Other teams". */
export function teamCells(
  cells: readonly PublishedCell[],
  teamId: string,
): { own: PublishedCell[]; mergedMonths: string[] } {
  const holding = cells.filter((cell) => cell.teams.some((team) => team.id === teamId));
  return {
    own: holding.filter((cell) => cell.teams.length === 1),
    mergedMonths: holding.filter((cell) => cell.teams.length > 1).map((cell) => cell.month),
  };
}
