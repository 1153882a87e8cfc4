import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WEEK_MS } from '@fulcrum/signals';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import {
  type DurationMetric,
  type DurationRow,
  type DurationSet,
  readDurations,
} from './durations';
import { Dimension, type MeasureQuery, type MeasureRow, readMeasures, ZERO_UUID } from './rollups';
import type { Filter } from './scope';

export interface Names {
  teams: Map<string, string>;
  themes: Map<string, string>;
  policies: Map<string, string>;
}

export interface TeamRow {
  id: string;
  name: string;
  staffCount: number;
}

export interface ActionRow {
  id: string;
  title: string;
  owner: string;
  status: string;
  policyId: string | null;
  themeId: string | null;
  teamId: string | null;
  startedOn: string | null;
  doneOn: string | null;
}

/** Reads for the insight queries: rollups, item facts and the few small reference tables. */
@Injectable()
export class InsightData {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.dataSource.query<T[]>(sql, params);
  }

  measures(query: MeasureQuery): Promise<MeasureRow[]> {
    return readMeasures(this.dataSource.manager, query);
  }

  durations(query: {
    filter: Filter;
    metric: DurationMetric;
    sets: DurationSet[];
  }): Promise<DurationRow[][]> {
    return readDurations(this.dataSource.manager, query);
  }

  private cachedNames: { at: number; names: Promise<Names> } | null = null;

  /** Names of teams, themes and policies; one read serves the calls of the same second. */
  names(): Promise<Names> {
    const now = Date.now();
    if (!this.cachedNames || now - this.cachedNames.at > 1000) {
      const names = this.readNames();
      this.cachedNames = { at: now, names };
      names.catch(() => (this.cachedNames = null));
    }
    return this.cachedNames.names;
  }

  private async readNames(): Promise<Names> {
    const rows = await this.query<{ kind: string; id: string; name: string }>(
      `SELECT 'team' AS kind, id, name FROM teams
       UNION ALL SELECT 'theme', id, name FROM themes
       UNION ALL SELECT 'policy', id, name FROM policies`,
    );
    const names: Names = { teams: new Map(), themes: new Map(), policies: new Map() };
    for (const row of rows) {
      const map =
        row.kind === 'team' ? names.teams : row.kind === 'theme' ? names.themes : names.policies;
      map.set(row.id, row.name);
    }
    return names;
  }

  async teams(filter?: Filter): Promise<TeamRow[]> {
    const ids = filter?.teamIds.length ? filter.teamIds : null;
    return this.query<TeamRow>(
      `SELECT id, name, staff_count AS "staffCount" FROM teams
        WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]) ORDER BY name`,
      [ids],
    );
  }

  /** Improvement actions; with a filter naming teams, themes or policies, those touching them. */
  async actions(filter?: Filter): Promise<ActionRow[]> {
    const rows = await this.query<ActionRow>(
      `SELECT id, title, owner, status, policy_id AS "policyId", theme_id AS "themeId",
              team_id AS "teamId", started_on AS "startedOn", done_on AS "doneOn"
         FROM improvement_actions ORDER BY coalesce(done_on, started_on) NULLS LAST, title`,
    );
    if (!filter) return rows;
    const { teamIds, themeIds, policyIds } = filter;
    if (!teamIds.length && !themeIds.length && !policyIds.length) return rows;
    return rows.filter(
      (action) =>
        (action.teamId !== null && teamIds.includes(action.teamId)) ||
        (action.themeId !== null && themeIds.includes(action.themeId)) ||
        (action.policyId !== null && policyIds.includes(action.policyId)),
    );
  }

  /** Monday of the first complete week with any item (series start there), or null when empty. */
  async firstWeek(): Promise<number | null> {
    const [row] = await this.query<{ week: string | null }>(
      `SELECT min(week)::text AS week FROM insight_rollup_weekly WHERE dim = $1 AND dim_id = $2`,
      [Dimension.ALL, ZERO_UUID],
    );
    return row?.week ? Date.parse(`${row.week}T00:00:00Z`) + WEEK_MS : null;
  }

  /** "Today" for periods and whole months: the injected clock (FULCRUM_NOW in browser tests). */
  now(): number {
    return this.clock.now().getTime();
  }
}
