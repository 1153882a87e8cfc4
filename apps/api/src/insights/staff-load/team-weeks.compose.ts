// The pure half of a team's staff-load facts: staffing events, weekly rollup rows and pulse
// counts read by StaffLoadService in; sick days, vacancies, capacity, weekly rows and the
// pulse → outcome relations out. No database, no clock.
import { DAY_MS, laggedCorrelation, quantileSorted, WEEK_MS } from '@fulcrum/signals';
import { ItemKind } from '../../items/item.enums';
import { StaffingEventType } from '../../staff/staff.enums';
import { mean } from '../read-model/figures';
import type { MeasureRow } from '../read-model/rollups';
import { dayOf } from '../read-model/scope';
import type { NamedRef } from '../read-model/scope.types';
import { NO_PULSE, type PulseCounts } from '../read-model/anonymous-pulse.compose';
import { pulseSummary } from './staff-load.compose';
import {
  type LaggedRelation,
  LoadDriver,
  LoadOutcome,
  type TeamLoadWeek,
} from './staff-load.types';

/** Weeks of completions a team's capacity is judged from, and the fewest that will do. */
export const CAPACITY_WEEKS = 52;
export const MIN_CAPACITY_WEEKS = 8;
/** Fewest weeks with a known value before a series is related to another. */
export const MIN_KNOWN_WEEKS = 6;

export interface StaffingRow {
  team_id: string;
  type: StaffingEventType;
  occurred_on: string;
  sick_days: number | null;
}

/** Rows grouped by a key, in their order. */
export function groupRows<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Hours from Σ ln(1 + minutes) over n items: the geometric mean the rollups allow. */
export const geometricHours = (logSum: number, n: number) =>
  (Math.exp(mean(logSum, n) ?? 0) - 1) / 60;

/** Working days of absence as calendar days (five working days a week). */
export const calendarDaysOf = (workingDays: number) => Math.ceil((workingDays * 7) / 5);

const dayOfRow = (row: StaffingRow) => Date.parse(`${row.occurred_on}T00:00:00Z`);

/**
 * Working days of a sick-leave spell that fall in [from, to): the working days are spread evenly
 * over the spell's calendar days (five working days a week) and rounded.
 */
export function sickDaysIn(row: StaffingRow, from: number, to: number): number {
  if (row.type !== StaffingEventType.SICK_LEAVE || !row.sick_days) return 0;
  const start = dayOfRow(row);
  const calendar = calendarDaysOf(row.sick_days);
  const overlap =
    Math.max(0, Math.min(to, start + calendar * DAY_MS) - Math.max(from, start)) / DAY_MS;
  return Math.round((row.sick_days * overlap) / calendar);
}

/** Events of one type on days in [from, to). */
export const eventsIn = (
  rows: readonly StaffingRow[],
  type: StaffingEventType,
  from: number,
  to: number,
) => rows.filter((row) => row.type === type && dayOfRow(row) >= from && dayOfRow(row) < to).length;

/** Departures not yet replaced by hires before `end` (never below zero). */
export function vacanciesAt(rows: readonly StaffingRow[], end: number): number {
  return Math.max(
    0,
    eventsIn(rows, StaffingEventType.DEPARTURE, -Infinity, end) -
      eventsIn(rows, StaffingEventType.HIRE, -Infinity, end),
  );
}

/**
 * Completions per staff member in a busy week: the 90th percentile of the team's weekly
 * completions per person; null with fewer than MIN_CAPACITY_WEEKS weeks or when it is zero.
 */
export function capacityPerStaffPerWeek(
  weeklyCompletions: readonly number[],
  staffCount: number,
): number | null {
  if (weeklyCompletions.length < MIN_CAPACITY_WEEKS) return null;
  const perStaff = weeklyCompletions.map((c) => c / Math.max(1, staffCount)).sort((a, b) => a - b);
  return quantileSorted(perStaff, 0.9) || null;
}

/**
 * Gaps filled with the last known value (leading gaps with the first), so a weekly series has
 * no holes; null when fewer than MIN_KNOWN_WEEKS values are known.
 */
export function carryForward(values: readonly (number | null)[]): number[] | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < MIN_KNOWN_WEEKS) return null;
  let last = known[0];
  return values.map((v) => (v === null ? last : (last = v)));
}

/** What one team's week holds: rollup rows per kind and the week's named pulse counts. */
export interface TeamWeekInputs {
  team: NamedRef;
  /** Monday of each week, oldest first. */
  weeks: readonly number[];
  /** Weekly rollup rows by `${team}|${YYYY-MM-DD}`. */
  rowsOf: ReadonlyMap<string, MeasureRow[]>;
  /** Named pulse counts by `${team}|${YYYY-MM-DD}`. */
  pulseOf: ReadonlyMap<string, PulseCounts>;
  staffing: readonly StaffingRow[];
}

const weekKey = (team: NamedRef, at: number) => `${team.id}|${dayOf(at)}`;
const complaintsOf = (rows: readonly MeasureRow[]) =>
  rows.reduce((s, row) => s + (row.kind === ItemKind.COMPLAINT ? row.arrivals : 0), 0);
const responseHoursOf = (rows: readonly MeasureRow[]) => {
  const responded = rows.reduce((s, row) => s + row.responded, 0);
  return responded > 0
    ? geometricHours(
        rows.reduce((s, row) => s + row.response_log_sum, 0),
        responded,
      )
    : null;
};

/** One row per week: arrivals, completions, complaints, first responses, pulse and staffing. */
export function teamWeeks(input: TeamWeekInputs): TeamLoadWeek[] {
  const { team, staffing } = input;
  return input.weeks.map((at) => {
    const rows = input.rowsOf.get(weekKey(team, at)) ?? [];
    const summary = pulseSummary(input.pulseOf.get(weekKey(team, at)) ?? NO_PULSE);
    return {
      weekStart: dayOf(at),
      team,
      arrivals: rows.reduce((s, row) => s + row.arrivals, 0),
      completions: rows.reduce((s, row) => s + row.completions, 0),
      complaints: complaintsOf(rows),
      firstResponseHours: responseHoursOf(rows),
      pulseWorkload: summary.meanWorkload,
      pulseResponses: summary.responses,
      sickDays: staffing.reduce((s, row) => s + sickDaysIn(row, at, at + WEEK_MS), 0),
      departures: eventsIn(staffing, StaffingEventType.DEPARTURE, at, at + WEEK_MS),
      hires: eventsIn(staffing, StaffingEventType.HIRE, at, at + WEEK_MS),
    };
  });
}

/** Does the team's pulse lead its complaints and its first-response times, and by how much? */
export function teamRelations(input: TeamWeekInputs, maxLag: number): LaggedRelation[] {
  const { team, weeks } = input;
  const driver = carryForward(
    weeks.map((at) => {
      const counts = input.pulseOf.get(weekKey(team, at));
      return counts && counts.responses > 0 ? counts.workloadSum / counts.responses : null;
    }),
  );
  const rowsOf = (at: number) => input.rowsOf.get(weekKey(team, at)) ?? [];
  const outcomes: [LoadOutcome, number[] | null, string][] = [
    [LoadOutcome.COMPLAINTS, weeks.map((at) => complaintsOf(rowsOf(at))), 'complaints'],
    [
      LoadOutcome.FIRST_RESPONSE,
      carryForward(weeks.map((at) => responseHoursOf(rowsOf(at)))),
      'hours to first response',
    ],
  ];
  return outcomes.map(([outcome, values, label]) => {
    if (!driver || !values) {
      return {
        team,
        driver: LoadDriver.PULSE_WORKLOAD,
        outcome,
        lagWeeks: null,
        correlation: null,
        pValue: null,
        significant: false,
        explanation: `${team.name}: too few weeks with pulse responses to relate workload to ${label}.`,
      };
    }
    const relation = laggedCorrelation(driver, values, {
      driverLabel: `${team.name} pulse workload`,
      outcomeLabel: label,
      unit: 'week',
      maxLag,
    });
    return {
      team,
      driver: LoadDriver.PULSE_WORKLOAD,
      outcome,
      lagWeeks: relation.best?.lag ?? null,
      correlation: relation.best?.r ?? null,
      pValue: relation.adjustedPValue,
      significant: relation.significant,
      explanation: relation.explanation,
    };
  });
}
