import { Injectable } from '@nestjs/common';
import { bucketStart, WEEK_MS } from '@fulcrum/signals';
import { InsightData } from '../read-model/insight-data.service';
import { dayOf, EMPTY_FILTER } from '../read-model/scope';
import { addToWeek } from '../read-model/weeks';
import {
  CAPACITY_WEEKS,
  capacityPerStaffPerWeek,
  groupRows,
  type StaffingRow,
  vacanciesAt,
} from '../staff-load/team-weeks.compose';
import { byRisk, MIN_HISTORY_WEEKS, teamForecast, weeklyCapacity } from './forecast.compose';
import type { ArrivalsForecastInput } from './forecast.input';
import type { ArrivalsForecast } from './forecast.types';

@Injectable()
export class ForecastService {
  constructor(private readonly data: InsightData) {}

  /**
   * Each team's whole past weeks (up to historyWeeks, from the first complete week with items)
   * forecast from the current week on, against the capacity staff load uses.
   */
  async arrivalsForecast(input: ArrivalsForecastInput): Promise<ArrivalsForecast> {
    const now = this.data.now();
    // The current week is the first forecast week: its arrivals so far are not a whole week.
    const end = bucketStart(now, 'week');
    const filter = { ...EMPTY_FILTER, teamIds: [...new Set(input.teamIds ?? [])] };
    const [teams, first] = await Promise.all([this.data.teams(filter), this.data.firstWeek()]);
    const from = Math.max(first ?? end, end - input.historyWeeks * WEEK_MS);
    const length = Math.max(0, Math.round((end - from) / WEEK_MS));
    const base = { firstWeek: dayOf(end), horizonWeeks: input.horizonWeeks };
    if (length < MIN_HISTORY_WEEKS) {
      return {
        ...base,
        teams: [],
        notes: [`Forecasts need ${MIN_HISTORY_WEEKS} whole weeks of items; there are ${length}.`],
      };
    }
    const teamIds = teams.map((t) => t.id);
    const teamFilter = { ...filter, teamIds };
    const [arrivals, completions, staffing] = await Promise.all([
      this.data.measures({
        filter: teamFilter,
        from,
        to: end,
        unit: 'week',
        measures: ['arrivals'],
        groupBy: ['team_id'],
      }),
      this.data.measures({
        filter: teamFilter,
        from: end - CAPACITY_WEEKS * WEEK_MS,
        to: end,
        unit: 'week',
        measures: ['completions'],
        groupBy: ['team_id'],
      }),
      this.data.query<StaffingRow>(
        `SELECT team_id, type, occurred_on::text AS occurred_on, sick_days FROM staffing_events
          WHERE occurred_on < $1::date AND team_id = ANY($2::uuid[]) ORDER BY occurred_on`,
        [dayOf(end), teamIds],
      ),
    ]);
    const staffingOf = groupRows(staffing, (row) => row.team_id);
    const forecasts = teams.map((team) => {
      const series = new Array<number>(length).fill(0);
      for (const row of arrivals) {
        if (row.team_id === team.id) addToWeek(series, from, row.bucket, row.arrivals);
      }
      const perStaff = capacityPerStaffPerWeek(
        completions.filter((row) => row.team_id === team.id).map((row) => row.completions),
        team.staffCount,
      );
      const vacancies = vacanciesAt(staffingOf.get(team.id) ?? [], end);
      return teamForecast(
        {
          team: { id: team.id, name: team.name },
          from,
          arrivals: series,
          ...weeklyCapacity(perStaff, team.staffCount, vacancies),
        },
        input.horizonWeeks,
        filter,
      );
    });
    return { ...base, teams: forecasts.sort(byRisk), notes: [] };
  }
}
