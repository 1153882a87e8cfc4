import { Injectable } from '@nestjs/common';
import { DAY_MS, laggedCorrelation, type Period, quantileSorted, WEEK_MS } from '@fulcrum/signals';
import { ItemKind } from '../../items/item.enums';
import { StaffingEventType } from '../../staff/staff.enums';
import {
  type LaggedRelation,
  LoadDriver,
  LoadOutcome,
  LoadState,
  type StaffLoad,
  type StaffLoadInput,
  type TeamLoad,
  type TeamLoadWeek,
} from './staff-load.types';
import { BEGINNING, measuredEnd } from '../bottlenecks/bottlenecks.service';
import { InsightData, type TeamRow } from '../read-model/insight-data.service';
import { mean } from '../read-model/figures';
import type { MeasureRow } from '../read-model/rollups';
import { testedWeeks } from '../read-model/weeks';
import { dayOf, type Filter, periodRange, resolveScope, type Scope } from '../read-model/scope';
import { pulseGroups, pulseSummary, teamPulse, teamVerdicts } from './staff-load.compose';
import {
  monthsPeriod,
  NO_PULSE,
  type PulseCounts,
  reportingMonths,
  selectCells,
  teamCells,
} from '../read-model/anonymous-pulse.compose';
import { readNamedPulse, readPublishedPulse } from '../read-model/anonymous-pulse';
import { filterDrilldown } from '../read-model/sql';

export const MAX_PERIOD_DAYS = 366;
const CAPACITY_WEEKS = 52;

interface StaffingRow {
  team_id: string;
  type: StaffingEventType;
  occurred_on: string;
  sick_days: number | null;
}

/** Rows grouped by a key, in their order. */
function groupRows<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
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

const rank = { [LoadState.OVERLOADED]: 0, [LoadState.STRETCHED]: 1, [LoadState.OK]: 2 };

@Injectable()
export class StaffLoadService {
  constructor(private readonly data: InsightData) {}

  async staffLoad(input: StaffLoadInput): Promise<StaffLoad> {
    return this.load(
      resolveScope(input, MAX_PERIOD_DAYS, this.data.now()),
      input.historyWeeks,
      input.maxLagWeeks,
    );
  }

  async load(scope: Scope, historyWeeks: number, maxLagWeeks: number): Promise<StaffLoad> {
    const { period, filter } = scope;
    const end = measuredEnd(period, scope.now);
    const weeksEnd = testedWeeks(period, scope.now)?.to ?? end;
    const weeksFrom = weeksEnd - historyWeeks * WEEK_MS;
    const teams = await this.data.teams(filter);
    const teamIds = teams.map((t) => t.id);
    const teamFilter = { ...filter, teamIds };
    const months = reportingMonths(period, scope.now);
    const window = monthsPeriod(months);
    const [
      counts,
      open,
      capacity,
      weekly,
      published,
      namedPulse,
      weeklyPulse,
      staffing,
      responses,
    ] = await Promise.all([
      this.data.measures({
        filter: teamFilter,
        from: period.from,
        to: period.to,
        unit: null,
        measures: ['arrivals', 'completions', 'overload_flags'],
        groupBy: ['team_id'],
      }),
      this.data.measures({
        filter: teamFilter,
        from: BEGINNING,
        to: Math.floor(end / DAY_MS) * DAY_MS,
        unit: null,
        measures: ['arrivals', 'completions'],
        groupBy: ['team_id'],
      }),
      this.data.measures({
        filter: { ...teamFilter, themeIds: [], policyIds: [], kinds: [], channels: [] },
        from: weeksEnd - CAPACITY_WEEKS * WEEK_MS,
        to: weeksEnd,
        unit: 'week',
        measures: ['completions'],
        groupBy: ['team_id'],
      }),
      this.data.measures({
        filter: teamFilter,
        from: weeksFrom,
        to: weeksEnd,
        unit: 'week',
        measures: ['arrivals', 'completions', 'responded', 'response_log_sum'],
        groupBy: ['team_id', 'kind'],
      }),
      readPublishedPulse(this.data, months),
      window ? readNamedPulse(this.data, teamIds, window, false) : new Map<string, PulseCounts>(),
      // Weeks are finer than the anonymity windows, so they count named entries only.
      readNamedPulse(this.data, teamIds, { from: weeksFrom, to: weeksEnd }, true),
      this.data.query<StaffingRow>(
        `SELECT team_id, type, occurred_on::text AS occurred_on, sick_days FROM staffing_events
          WHERE occurred_on < $1::date AND team_id = ANY($2::uuid[]) ORDER BY occurred_on`,
        [dayOf(Math.max(period.to, weeksEnd)), teamIds],
      ),
      this.typicalResponses(teamFilter, scope),
    ]);
    const periodDays = (period.to - period.from) / DAY_MS;
    const weeklyOf = groupRows(weekly, (row) => `${row.team_id}|${row.bucket}`);
    const staffingOf = groupRows(staffing, (row) => row.team_id);
    const sum = <T extends { team_id?: string | null }>(
      rows: T[],
      team: string,
      pick: (row: T) => number,
    ) => rows.filter((row) => row.team_id === team).reduce((total, row) => total + pick(row), 0);
    const day = (row: StaffingRow) => Date.parse(`${row.occurred_on}T00:00:00Z`);
    const sickDaysIn = (row: StaffingRow, from: number, to: number) => {
      if (row.type !== StaffingEventType.SICK_LEAVE || !row.sick_days) return 0;
      // Working days, spread evenly over the calendar days of the absence.
      const start = day(row);
      const calendar = Math.ceil((row.sick_days * 7) / 5);
      const overlap =
        Math.max(0, Math.min(to, start + calendar * DAY_MS) - Math.max(from, start)) / DAY_MS;
      return Math.round((row.sick_days * overlap) / calendar);
    };

    const facts = teams.map((team) => {
      const own = staffingOf.get(team.id) ?? [];
      const upToEnd = own.filter((row) => day(row) < end);
      const vacancies = Math.max(
        0,
        upToEnd.filter((row) => row.type === StaffingEventType.DEPARTURE).length -
          upToEnd.filter((row) => row.type === StaffingEventType.HIRE).length,
      );
      const weeklyCompletions = capacity
        .filter((row) => row.team_id === team.id)
        .map((row) => row.completions / Math.max(1, team.staffCount))
        .sort((a, b) => a - b);
      const cells = teamCells(published.cells, team.id);
      return {
        team: { id: team.id, name: team.name },
        staff: team.staffCount,
        vacancies,
        sickDays: own.reduce((total, row) => total + sickDaysIn(row, period.from, period.to), 0),
        departures: own.filter(
          (row) =>
            row.type === StaffingEventType.DEPARTURE &&
            day(row) >= period.from &&
            day(row) < period.to,
        ).length,
        arrivals: sum(counts, team.id, (row) => row.arrivals),
        completions: sum(counts, team.id, (row) => row.completions),
        openItems: Math.max(
          0,
          sum(open, team.id, (row) => row.arrivals - row.completions),
        ),
        periodDays,
        capacityPerStaffPerWeek:
          weeklyCompletions.length >= 8 ? quantileSorted(weeklyCompletions, 0.9) || null : null,
        pulse: teamPulse(namedPulse.get(`${team.id}|`) ?? NO_PULSE, cells.own, cells.mergedMonths),
        overloadMentions: sum(counts, team.id, (row) => row.overload_flags),
      };
    });
    const verdicts = teamVerdicts(facts);
    const teamLoads = facts
      .map((f, i): TeamLoad => {
        const verdict = verdicts[i];
        const response = responses.get(f.team.id);
        return {
          team: f.team,
          state: verdict.state,
          reasons: verdict.reasons,
          staff: f.staff,
          availableStaff: verdict.availableStaff,
          vacancies: f.vacancies,
          sickDays: f.sickDays,
          departures: f.departures,
          arrivals: f.arrivals,
          completions: f.completions,
          openItems: f.openItems,
          openPerStaff: verdict.openPerStaff,
          arrivalsPerStaffPerWeek: verdict.arrivalsPerStaffPerWeek,
          utilisation: verdict.utilisation,
          backlogGrowthPerWeek: verdict.backlogGrowthPerWeek,
          pulse: verdict.pulse,
          overloadMentions: f.overloadMentions,
          firstResponseHours: response?.current ?? null,
          previousFirstResponseHours: response?.previous ?? null,
          drilldown: filterDrilldown(filter, { teamIds: [f.team.id], openAt: new Date(end) }),
        };
      })
      .sort((a, b) => rank[a.state] - rank[b.state] || (b.utilisation ?? 0) - (a.utilisation ?? 0));

    const weeks: number[] = [];
    for (let at = weeksFrom; at < weeksEnd; at += WEEK_MS) weeks.push(at);
    const weeklyRows: TeamLoadWeek[] = teams.flatMap((team) =>
      weeks.map((at) => {
        const rows = weeklyOf.get(`${team.id}|${dayOf(at)}`) ?? [];
        const total = (pick: (row: (typeof rows)[number]) => number) =>
          rows.reduce((s, row) => s + pick(row), 0);
        const responded = total((row) => row.responded);
        const summary = pulseSummary(weeklyPulse.get(`${team.id}|${dayOf(at)}`) ?? NO_PULSE);
        const own = staffingOf.get(team.id) ?? [];
        const inWeek = (row: StaffingRow) => day(row) >= at && day(row) < at + WEEK_MS;
        return {
          weekStart: dayOf(at),
          team: { id: team.id, name: team.name },
          arrivals: total((row) => row.arrivals),
          completions: total((row) => row.completions),
          complaints: total((row) => (row.kind === ItemKind.COMPLAINT ? row.arrivals : 0)),
          firstResponseHours:
            responded > 0
              ? geometricHours(
                  total((row) => row.response_log_sum),
                  responded,
                )
              : null,
          pulseWorkload: summary.meanWorkload,
          pulseResponses: summary.responses,
          sickDays: own.reduce((s, row) => s + sickDaysIn(row, at, at + WEEK_MS), 0),
          departures: own.filter((row) => row.type === StaffingEventType.DEPARTURE && inWeek(row))
            .length,
          hires: own.filter((row) => row.type === StaffingEventType.HIRE && inWeek(row)).length,
        };
      }),
    );

    const relations = teams.flatMap((team) =>
      this.relations(team, weeks, weeklyOf, weeklyPulse, maxLagWeeks),
    );
    return {
      period: periodRange(period),
      comparisonPeriod: scope.comparison ? periodRange(scope.comparison) : null,
      teams: teamLoads,
      weekly: weeklyRows,
      relations,
      pulseMonths: months,
      anonymousPulse: pulseGroups(selectCells(published.cells, filter.teamIds)),
      anonymityNotes: published.notes,
    };
  }

  /** Does the team's pulse lead its complaints and its first-response times, and by how much? */
  private relations(
    team: TeamRow,
    weeks: number[],
    weeklyOf: Map<string, MeasureRow[]>,
    pulseOf: Map<string, PulseCounts>,
    maxLag: number,
  ): LaggedRelation[] {
    const carry = (values: (number | null)[]) => {
      const known = values.filter((v): v is number => v !== null);
      if (known.length < 6) return null;
      let last = known[0];
      return values.map((v) => (v === null ? last : (last = v)));
    };
    const driver = carry(
      weeks.map((at) => {
        const counts = pulseOf.get(`${team.id}|${dayOf(at)}`);
        return counts && counts.responses > 0 ? counts.workloadSum / counts.responses : null;
      }),
    );
    const rowsOf = (at: number) => weeklyOf.get(`${team.id}|${dayOf(at)}`) ?? [];
    const complaints = weeks.map((at) =>
      rowsOf(at).reduce((s, row) => s + (row.kind === ItemKind.COMPLAINT ? row.arrivals : 0), 0),
    );
    const response = carry(
      weeks.map((at) => {
        const rows = rowsOf(at);
        const responded = rows.reduce((s, row) => s + row.responded, 0);
        return responded > 0
          ? geometricHours(
              rows.reduce((s, row) => s + row.response_log_sum, 0),
              responded,
            )
          : null;
      }),
    );
    const ref = { id: team.id, name: team.name };
    const outcomes: [LoadOutcome, number[] | null, string][] = [
      [LoadOutcome.COMPLAINTS, complaints, 'complaints'],
      [LoadOutcome.FIRST_RESPONSE, response, 'hours to first response'],
    ];
    return outcomes.map(([outcome, values, label]) => {
      if (!driver || !values) {
        return {
          team: ref,
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
        team: ref,
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

  /** Typical hours to first response per team (geometric mean, from the rollups), now and before. */
  private async typicalResponses(
    filter: Filter,
    scope: Scope,
  ): Promise<Map<string, { current: number | null; previous: number | null }>> {
    const read = (period: Period) =>
      this.data.measures({
        filter,
        from: period.from,
        to: period.to,
        unit: null,
        measures: ['responded', 'response_log_sum'],
        groupBy: ['team_id'],
      });
    const [current, previous] = await Promise.all([
      read(scope.period),
      scope.comparison ? read(scope.comparison) : Promise.resolve([]),
    ]);
    const typical = (rows: typeof current, team: string) => {
      const row = rows.find((r) => r.team_id === team);
      return row && row.responded > 0 ? geometricHours(row.response_log_sum, row.responded) : null;
    };
    const teams = new Set(current.map((row) => row.team_id ?? ''));
    return new Map(
      [...teams].map((team) => [
        team,
        { current: typical(current, team), previous: typical(previous, team) },
      ]),
    );
  }
}
