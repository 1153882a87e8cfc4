import { Injectable } from '@nestjs/common';
import type { Period } from '@fulcrum/signals';
import { HOUR_MS } from '@fulcrum/signals';
import { notFound } from '../../common/domain-error';
import { type ActionRow, InsightData } from '../read-model/insight-data.service';
import { type Filter, normaliseFilter } from '../read-model/scope';
import { filterConditions, iso, Sql, where } from '../read-model/sql';
import {
  composeImpact,
  type Design,
  impactDesign,
  type ImpactWindows,
  impactWindows,
  isRecentlyDone,
  type ItemHours,
  sampleShare,
  type WeeklyCounts,
  weeklyCounts,
} from './impact.compose';
import type { ImprovementImpact } from './impact.types';
import type { ImprovementImpactInput } from './impact.input';

/** Reads an action's before and after figures (rollups, sampled item facts); impact.compose estimates the effect. */
@Injectable()
export class ImpactService {
  constructor(private readonly data: InsightData) {}

  async improvementImpact(input: ImprovementImpactInput): Promise<ImprovementImpact> {
    const actions = await this.data.actions();
    const action = actions.find((a) => a.id === input.actionId);
    if (!action) throw notFound('Improvement action', input.actionId);
    return this.impact(action, input.weeks, normaliseFilter(input.filter), this.data.now());
  }

  /** Impacts of actions done in the half year before `to` (the review's "did last period's changes help?"). */
  async recentImpacts(filter: Filter, to: number, now: number): Promise<ImprovementImpact[]> {
    const actions = await this.data.actions(filter);
    return Promise.all(
      actions
        .filter((a) => isRecentlyDone(a, to))
        .map((a) =>
          this.impact(a, 12, { ...filter, teamIds: [], themeIds: [], policyIds: [] }, now),
        ),
    );
  }

  async impact(
    action: ActionRow,
    weeks: number,
    filter: Filter,
    now: number,
  ): Promise<ImprovementImpact> {
    const names = await this.data.names();
    const design = impactDesign(action, names, filter);
    const windows = design ? impactWindows(action, weeks, now) : null;
    if (!design || !windows) return composeImpact({ action, names, design, windows });
    const [counts, values] = await Promise.all([
      this.weeklyCounts(design, windows),
      this.values(design, windows),
    ]);
    return composeImpact({ action, names, design, windows, counts, values });
  }

  /**
   * Complaints and friction events per 7-day block before and after, treated and control. From
   * the rollups: control = (total of the control teams) − (treated items among them).
   */
  private async weeklyCounts(design: Design, windows: ImpactWindows): Promise<WeeklyCounts> {
    const { before, after } = windows;
    const read = (filter: Filter, period: Period) =>
      this.data.measures({
        filter,
        from: period.from,
        to: period.to,
        unit: 'day',
        measures: [
          'arrivals',
          'exceptions_granted',
          'exceptions_refused',
          'escalated',
          'hard_noes',
        ],
        groupBy: ['kind'],
      });
    const treatedInTotal: Filter = {
      ...design.treatedFilter,
      teamIds: design.totalFilter.teamIds,
    };
    const disjoint =
      design.totalFilter.teamIds.length > 0 &&
      design.treatedFilter.teamIds.length > 0 &&
      !design.totalFilter.teamIds.some((id) => design.treatedFilter.teamIds.includes(id));
    const [tb, ta, xb, xa, ob, oa] = await Promise.all([
      read(design.treatedFilter, before),
      read(design.treatedFilter, after),
      read(design.totalFilter, before),
      read(design.totalFilter, after),
      // Treated items inside the control's teams, taken off the total (none when the teams differ).
      disjoint ? Promise.resolve([]) : read(treatedInTotal, before),
      disjoint ? Promise.resolve([]) : read(treatedInTotal, after),
    ]);
    return weeklyCounts(
      {
        treatedBefore: tb,
        treatedAfter: ta,
        totalBefore: xb,
        totalAfter: xa,
        treatedInTotalBefore: ob,
        treatedInTotalAfter: oa,
      },
      windows,
    );
  }

  /**
   * Per-item waiting and lead hours before and after: every treated item, and a stable sample
   * (by the items' sample number) of about MAX_VALUES control items per window.
   */
  private async values(design: Design, { before, after }: ImpactWindows): Promise<ItemHours> {
    const read = async (group: 'treated' | 'control', period: Period) => {
      // Large groups are sampled to about MAX_VALUES items: the bootstrap's cost grows with them.
      const [total] = await this.data.measures({
        filter: group === 'treated' ? design.treatedFilter : design.totalFilter,
        from: period.from,
        to: period.to,
        unit: null,
        measures: ['arrivals'],
      });
      const sample = sampleShare(total?.arrivals ?? 0);
      const sql = new Sql();
      const conditions = filterConditions(sql, {
        ...design.treatedFilter,
        teamIds: [],
        themeIds: [],
        policyIds: [],
      });
      conditions.push(
        group === 'treated' ? design.treatedSql(sql) : design.controlSql(sql),
        `f.received_at >= ${sql.p(iso(period.from), 'timestamptz')}`,
        `f.received_at < ${sql.p(iso(period.to), 'timestamptz')}`,
      );
      if (sample < 100) conditions.push(`f.sample < ${sample}`);
      // Finished items only: a wait still under way would be aged to today, longer for the older window.
      conditions.push('f.lead_ms IS NOT NULL');
      const rows = await this.data.query<{ wait_ms: number; lead_ms: number | null }>(
        `SELECT f.waiting_internal_ms::float8 AS wait_ms, f.lead_ms::float8 AS lead_ms
           FROM insight_item_facts f ${where(conditions)}`,
        sql.params,
      );
      return {
        wait: rows.map((row) => Number(row.wait_ms) / HOUR_MS),
        lead: rows
          .filter((row) => row.lead_ms !== null)
          .map((row) => Number(row.lead_ms) / HOUR_MS),
      };
    };
    const [tb, ta, cb, ca] = await Promise.all([
      read('treated', before),
      read('treated', after),
      read('control', before),
      read('control', after),
    ]);
    const pick = (key: 'wait' | 'lead') => ({
      treated: { before: tb[key], after: ta[key] },
      control: { before: cb[key], after: ca[key] },
    });
    return { waits: pick('wait'), leads: pick('lead') };
  }
}
