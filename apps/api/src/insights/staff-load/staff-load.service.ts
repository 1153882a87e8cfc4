import { Injectable } from '@nestjs/common';
import { DAY_MS, type Period, WEEK_MS } from '@fulcrum/signals';
import { StaffingEventType } from '../../staff/staff.enums';
import { LoadState, type StaffLoad, type TeamLoad } from './staff-load.types';
import type { StaffLoadInput } from './staff-load.input';
import { BEGINNING, measuredEnd } from '../bottlenecks/bottlenecks.service';
import { InsightData } from '../read-model/insight-data.service';
import { testedWeeks } from '../read-model/weeks';
import { dayOf, type Filter, periodRange, resolveScope, type Scope } from '../read-model/scope';
import { pulseGroups, teamPulse, teamVerdicts } from './staff-load.compose';
import {
  CAPACITY_WEEKS,
  capacityPerStaffPerWeek,
  eventsIn,
  geometricHours,
  groupRows,
  sickDaysIn,
  type StaffingRow,
  teamRelations,
  teamWeeks,
  vacanciesAt,
} from './team-weeks.compose';
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

    const facts = teams.map((team) => {
      const own = staffingOf.get(team.id) ?? [];
      const cells = teamCells(published.cells, team.id);
      return {
        team: { id: team.id, name: team.name },
        staff: team.staffCount,
        vacancies: vacanciesAt(own, end),
        sickDays: own.reduce((total, row) => total + sickDaysIn(row, period.from, period.to), 0),
        departures: eventsIn(own, StaffingEventType.DEPARTURE, period.from, period.to),
        arrivals: sum(counts, team.id, (row) => row.arrivals),
        completions: sum(counts, team.id, (row) => row.completions),
        openItems: Math.max(
          0,
          sum(open, team.id, (row) => row.arrivals - row.completions),
        ),
        periodDays,
        capacityPerStaffPerWeek: capacityPerStaffPerWeek(
          capacity.filter((row) => row.team_id === team.id).map((row) => row.completions),
          team.staffCount,
        ),
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
    const teamWeekInputs = teams.map((team) => ({
      team: { id: team.id, name: team.name },
      weeks,
      rowsOf: weeklyOf,
      pulseOf: weeklyPulse,
      staffing: staffingOf.get(team.id) ?? [],
    }));
    const weeklyRows = teamWeekInputs.flatMap(teamWeeks);
    const relations = teamWeekInputs.flatMap((input) => teamRelations(input, maxLagWeeks));
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
