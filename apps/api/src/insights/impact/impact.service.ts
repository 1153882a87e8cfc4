import { Injectable } from '@nestjs/common';
import {
  countImpact,
  DAY_MS,
  type Impact,
  meanImpact,
  type Period,
  WEEK_MS,
} from '@fulcrum/signals';
import { ActionStatus } from '../../actions/action.enums';
import { notFound } from '../../common/domain-error';
import { ItemKind } from '../../items/item.enums';
import type { Drilldown } from '../read-model/drilldown.types';
import {
  type ImpactMeasure,
  ImpactMetric,
  type ImprovementImpact,
  type ImprovementImpactInput,
} from './impact.types';
import { HOUR_MS, toInterval } from '../read-model/figures';
import { type ActionRow, InsightData, type Names } from '../read-model/insight-data.service';
import { type MeasureRow } from '../read-model/rollups';
import { dayMs, type Filter, normaliseFilter, periodRange } from '../read-model/scope';
import { filterConditions, filterDrilldown, iso, Sql, where } from '../read-model/sql';

/** Items per group (and window) that per-item measures resample; larger groups are sampled. */
const MAX_VALUES = 400;
const RESAMPLES = 800;
/** Fewer events than this before and after together say nothing about a rate's change. */
const MIN_COUNT = 10;

/** A label inside a sentence: only its first letter goes small, names keep their capitals. */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

interface Design {
  treatedLabel: string;
  controlLabel: string;
  treatedFilter: Filter;
  /** Control = total − treated, both as rollup filters. */
  totalFilter: Filter;
  treatedSql: (sql: Sql) => string;
  controlSql: (sql: Sql) => string;
}

const NOT_MEASURED = (metric: ImpactMetric, label: string, verdict: string): ImpactMeasure => ({
  metric,
  label,
  estimable: false,
  ratio: null,
  interval: null,
  relativeChange: null,
  significant: false,
  treatedBefore: null,
  treatedAfter: null,
  controlBefore: null,
  controlAfter: null,
  expectedAfter: null,
  treatedCount: 0,
  verdict,
});

function measureOf(
  metric: ImpactMetric,
  label: string,
  impact: Impact,
  treatedCount: number,
): ImpactMeasure {
  return {
    metric,
    label,
    estimable: true,
    ratio: impact.ratio,
    interval: toInterval(impact.interval),
    relativeChange: impact.relativeChange,
    significant: impact.significant,
    treatedBefore: impact.treated.before,
    treatedAfter: impact.treated.after,
    controlBefore: impact.control.before,
    controlAfter: impact.control.after,
    expectedAfter: impact.expectedAfter,
    treatedCount,
    verdict: impact.verdict,
  };
}

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
    const recent = actions.filter((a) => {
      if (!a.doneOn || a.status === ActionStatus.ABANDONED) return false;
      const done = dayMs(a.doneOn);
      return done < to && done >= to - 183 * DAY_MS;
    });
    return Promise.all(
      recent.map((a) =>
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
    const ref = (id: string | null, map: Map<string, string>) =>
      id ? { id, name: map.get(id) ?? 'Unknown' } : null;
    const base = {
      action: {
        id: action.id,
        title: action.title,
        status: action.status as ActionStatus,
        startedOn: action.startedOn,
        doneOn: action.doneOn,
        policy: ref(action.policyId, names.policies),
        theme: ref(action.themeId, names.themes),
        team: ref(action.teamId, names.teams),
      },
      measures: [],
      before: null,
      after: null,
      treatedBeforeDrilldown: null,
      treatedAfterDrilldown: null,
    };
    const design = this.design(action, names, filter);
    if (!design) {
      return {
        ...base,
        measurable: false,
        treated: 'nothing',
        control: 'nothing',
        summary: `"${action.title}" links no policy, theme or team, so there is nothing to measure it on.`,
      };
    }
    const start = action.startedOn
      ? dayMs(action.startedOn)
      : action.doneOn
        ? dayMs(action.doneOn)
        : null;
    const done = action.doneOn ? dayMs(action.doneOn) : null;
    const today = Math.floor(now / DAY_MS) * DAY_MS;
    const afterWeeks = done === null ? 0 : Math.min(weeks, Math.floor((today - done) / WEEK_MS));
    if (start === null || done === null || afterWeeks < 2) {
      return {
        ...base,
        measurable: false,
        treated: design.treatedLabel,
        control: design.controlLabel,
        summary: `"${action.title}" cannot be measured yet: it needs a start, a done date and at least two weeks after it.`,
      };
    }
    const before: Period = { from: start - weeks * WEEK_MS, to: start };
    const after: Period = { from: done, to: done + afterWeeks * WEEK_MS };
    const [counts, { waits, leads }] = await Promise.all([
      this.weeklyCounts(design, before, after),
      this.values(design, before, after),
    ]);
    const labels = (subject: string) => ({
      subject,
      controlLabel: design.controlLabel.replace(/^Items/, 'those'),
    });
    const measures: ImpactMeasure[] = [];
    const perItem = (metric: ImpactMetric, label: string, values: typeof waits) => {
      const means = [
        values.treated.before,
        values.treated.after,
        values.control.before,
        values.control.after,
      ].map((v) => (v.length ? v.reduce((s, x) => s + x, 0) / v.length : 0));
      if (
        values.treated.before.length < 5 ||
        values.treated.after.length < 5 ||
        means[0] === 0 ||
        means[2] === 0 ||
        means[3] === 0
      ) {
        return NOT_MEASURED(
          metric,
          label,
          `${label}: too few items (or none of them waited) before or after to compare.`,
        );
      }
      return measureOf(
        metric,
        label,
        meanImpact(values.treated, values.control, { ...labels(label), resamples: RESAMPLES }),
        values.treated.before.length + values.treated.after.length,
      );
    };
    measures.push(
      perItem(
        ImpactMetric.WAITING_HOURS,
        `Internal waiting hours per finished item (${inSentence(design.treatedLabel)})`,
        waits,
      ),
    );
    measures.push(
      perItem(
        ImpactMetric.LEAD_TIME_HOURS,
        `Lead time hours per finished item (${inSentence(design.treatedLabel)})`,
        leads,
      ),
    );
    for (const [metric, label, series] of [
      [ImpactMetric.COMPLAINTS_PER_WEEK, 'Complaints a week', counts.complaints],
      [
        ImpactMetric.FRICTION_PER_WEEK,
        'Exceptions, escalations and hard noes a week',
        counts.friction,
      ],
    ] as const) {
      const total =
        series.treated.before.reduce((s, x) => s + x, 0) +
        series.treated.after.reduce((s, x) => s + x, 0);
      measures.push(
        total < MIN_COUNT
          ? NOT_MEASURED(
              metric,
              label,
              `${label}: ${total === 0 ? 'none' : `only ${total}`} before and after among ${inSentence(design.treatedLabel)}, too few to compare.`,
            )
          : measureOf(
              metric,
              label,
              countImpact(
                series.treated,
                series.control,
                labels(`${label} (${inSentence(design.treatedLabel)})`),
              ),
              series.treated.before.length + series.treated.after.length,
            ),
      );
    }
    const significant = measures.filter((m) => m.significant);
    const estimated = measures.filter((m) => m.estimable);
    const drill = (p: Period): Drilldown =>
      filterDrilldown(design.treatedFilter, {
        receivedFrom: new Date(p.from),
        receivedTo: new Date(p.to),
      });
    return {
      ...base,
      measurable: true,
      treated: design.treatedLabel,
      control: design.controlLabel,
      before: periodRange(before),
      after: periodRange(after),
      measures,
      treatedBeforeDrilldown: drill(before),
      treatedAfterDrilldown: drill(after),
      summary: significant.length
        ? significant.map((m) => m.verdict).join(' ')
        : estimated.length
          ? `No significant change in ${inSentence(design.treatedLabel)} relative to ${inSentence(design.controlLabel)}.`
          : `Too few ${inSentence(design.treatedLabel)} in these weeks to measure a change; a longer window may have enough.`,
    };
  }

  /** What the action touched (its policy, else its theme, else its team) and what it did not. */
  private design(action: ActionRow, names: Names, filter: Filter): Design | null {
    const team = action.teamId;
    const otherTeams = team ? [...names.teams.keys()].filter((id) => id !== team) : [];
    const teamName = team ? (names.teams.get(team) ?? 'its team') : '';
    const controlOf =
      (treatedCondition: (sql: Sql) => string): Design['controlSql'] =>
      (sql) =>
        team
          ? `NOT (${treatedCondition(sql)}) AND f.team_id IS DISTINCT FROM ${sql.p(team, 'uuid')}`
          : `NOT (${treatedCondition(sql)})`;
    if (action.policyId) {
      const policy = action.policyId;
      const treatedSql = (sql: Sql) => `f.linked_policy_ids @> ARRAY[${sql.p(policy, 'uuid')}]`;
      return {
        treatedLabel: `Items linked to "${names.policies.get(policy) ?? 'the policy'}"`,
        controlLabel: team ? `Items of teams other than ${teamName}` : 'Items not linked to it',
        treatedFilter: { ...filter, policyIds: [policy] },
        totalFilter: { ...filter, teamIds: team ? otherTeams : filter.teamIds },
        treatedSql,
        controlSql: controlOf(treatedSql),
      };
    }
    if (action.themeId) {
      const theme = action.themeId;
      const treatedSql = (sql: Sql) => `f.theme_ids @> ARRAY[${sql.p(theme, 'uuid')}]`;
      return {
        treatedLabel: `Items about "${names.themes.get(theme) ?? 'the theme'}"`,
        controlLabel: team ? `Items of teams other than ${teamName}` : 'Items about other themes',
        treatedFilter: { ...filter, themeIds: [theme] },
        totalFilter: { ...filter, teamIds: team ? otherTeams : filter.teamIds },
        treatedSql,
        controlSql: controlOf(treatedSql),
      };
    }
    if (team) {
      const treatedSql = (sql: Sql) => `f.team_id = ${sql.p(team, 'uuid')}`;
      return {
        treatedLabel: `Items of ${teamName}`,
        controlLabel: 'Items of other teams',
        treatedFilter: { ...filter, teamIds: [team] },
        totalFilter: { ...filter, teamIds: otherTeams },
        treatedSql,
        controlSql: (sql) => `NOT (${treatedSql(sql)})`,
      };
    }
    return null;
  }

  /**
   * Complaints and friction events per 7-day block before and after, treated and control. From
   * the rollups: control = (total of the control teams) − (treated items among them).
   */
  private async weeklyCounts(design: Design, before: Period, after: Period) {
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
    const blocks = (rows: MeasureRow[], period: Period, pick: (row: MeasureRow) => number) => {
      const values = new Array<number>(Math.round((period.to - period.from) / WEEK_MS)).fill(0);
      for (const row of rows) {
        if (row.bucket === null) continue;
        const index = Math.floor((dayMs(row.bucket) - period.from) / WEEK_MS);
        if (index >= 0 && index < values.length) values[index] += pick(row);
      }
      return values;
    };
    const minus = (a: number[], b: number[]) => a.map((v, i) => Math.max(0, v - (b[i] ?? 0)));
    const series = (pick: (row: MeasureRow) => number) => ({
      treated: { before: blocks(tb, before, pick), after: blocks(ta, after, pick) },
      control: {
        before: minus(blocks(xb, before, pick), blocks(ob, before, pick)),
        after: minus(blocks(xa, after, pick), blocks(oa, after, pick)),
      },
    });
    return {
      complaints: series((row) => (row.kind === ItemKind.COMPLAINT ? row.arrivals : 0)),
      friction: series(
        (row) => row.exceptions_granted + row.exceptions_refused + row.escalated + row.hard_noes,
      ),
    };
  }

  /**
   * Per-item waiting and lead hours before and after: every treated item, and a stable sample
   * (by the items' sample number) of about MAX_VALUES control items per window.
   */
  private async values(design: Design, before: Period, after: Period) {
    const read = async (group: 'treated' | 'control', period: Period) => {
      // Large groups are sampled to about MAX_VALUES items: the bootstrap's cost grows with them.
      let sample = 100;
      {
        const [total] = await this.data.measures({
          filter: group === 'treated' ? design.treatedFilter : design.totalFilter,
          from: period.from,
          to: period.to,
          unit: null,
          measures: ['arrivals'],
        });
        sample = Math.max(
          1,
          Math.min(100, Math.ceil((100 * MAX_VALUES) / Math.max(1, total?.arrivals ?? 0))),
        );
      }
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
