// The pure half of an improvement action's impact: what it touched against what it did not
// (the design), the before and after windows, weekly series and the verdicts of the
// before/after-with-control estimates from @fulcrum/signals.
import {
  countImpact,
  DAY_MS,
  type Impact,
  meanImpact,
  type Period,
  WEEK_MS,
} from '@fulcrum/signals';
import { ActionStatus } from '../../actions/action.enums';
import { ItemKind } from '../../items/item.enums';
import type { Drilldown } from '../read-model/drilldown.types';
import { toInterval } from '../read-model/figures';
import type { ActionRow, Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { dayMs, type Filter, periodRange } from '../read-model/scope';
import { filterDrilldown, type Sql } from '../read-model/sql';
import { type ImpactMeasure, ImpactMetric, type ImprovementImpact } from './impact.types';

/** Items per group (and window) that per-item measures resample; larger groups are sampled. */
export const MAX_VALUES = 400;
const RESAMPLES = 800;
/** Fewer events than this before and after together say nothing about a rate's change. */
const MIN_COUNT = 10;

/** A label inside a sentence: only its first letter goes small, names keep their capitals. */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export interface Design {
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

/** The weeks compared: `weeks` before the start, and up to `weeks` whole weeks after done. */
export interface ImpactWindows {
  before: Period;
  after: Period;
}

/** Before and after values of the treated items and of the control. */
export interface BeforeAfter<T> {
  treated: { before: T; after: T };
  control: { before: T; after: T };
}

/** Complaints and friction events per 7-day block. */
export interface WeeklyCounts {
  complaints: BeforeAfter<number[]>;
  friction: BeforeAfter<number[]>;
}

/** Per-item internal waiting and lead hours of finished items. */
export interface ItemHours {
  waits: BeforeAfter<number[]>;
  leads: BeforeAfter<number[]>;
}

/** What the action touched (its policy, else its theme, else its team) and what it did not. */
export function impactDesign(action: ActionRow, names: Names, filter: Filter): Design | null {
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
 * The windows an action is measured over, or null when it cannot be yet: it needs a start (else
 * its done date), a done date and at least two whole weeks after it.
 */
export function impactWindows(action: ActionRow, weeks: number, now: number): ImpactWindows | null {
  const start = action.startedOn
    ? dayMs(action.startedOn)
    : action.doneOn
      ? dayMs(action.doneOn)
      : null;
  const done = action.doneOn ? dayMs(action.doneOn) : null;
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const afterWeeks = done === null ? 0 : Math.min(weeks, Math.floor((today - done) / WEEK_MS));
  if (start === null || done === null || afterWeeks < 2) return null;
  return {
    before: { from: start - weeks * WEEK_MS, to: start },
    after: { from: done, to: done + afterWeeks * WEEK_MS },
  };
}

/** Actions done in the half year before `to` and not abandoned: the review's "did it help?". */
export const isRecentlyDone = (action: ActionRow, to: number): boolean => {
  if (!action.doneOn || action.status === ActionStatus.ABANDONED) return false;
  const done = dayMs(action.doneOn);
  return done < to && done >= to - 183 * DAY_MS;
};

/** The share (1–100) of the items' sample numbers to read so that about MAX_VALUES items come back. */
export const sampleShare = (arrivals: number): number =>
  Math.max(1, Math.min(100, Math.ceil((100 * MAX_VALUES) / Math.max(1, arrivals))));

/** Daily rollup rows of each window, per kind: treated, total of the control's teams, and treated inside those teams. */
export interface WeeklyRows {
  treatedBefore: MeasureRow[];
  treatedAfter: MeasureRow[];
  totalBefore: MeasureRow[];
  totalAfter: MeasureRow[];
  treatedInTotalBefore: MeasureRow[];
  treatedInTotalAfter: MeasureRow[];
}

/** Complaints and friction per 7-day block; control = total of the control teams − treated among them. */
export function weeklyCounts(rows: WeeklyRows, { before, after }: ImpactWindows): WeeklyCounts {
  const tb = rows.treatedBefore;
  const ta = rows.treatedAfter;
  const xb = rows.totalBefore;
  const xa = rows.totalAfter;
  const ob = rows.treatedInTotalBefore;
  const oa = rows.treatedInTotalAfter;
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

/** An action's effect: for each measure an estimate against the control, or why there is none. */
export function composeImpact(input: {
  action: ActionRow;
  names: Names;
  design: Design | null;
  windows: ImpactWindows | null;
  counts?: WeeklyCounts;
  values?: ItemHours;
}): ImprovementImpact {
  const { action, names, design, windows } = input;
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
  if (!design) {
    return {
      ...base,
      measurable: false,
      treated: 'nothing',
      control: 'nothing',
      summary: `"${action.title}" links no policy, theme or team, so there is nothing to measure it on.`,
    };
  }
  if (!windows || !input.counts || !input.values) {
    return {
      ...base,
      measurable: false,
      treated: design.treatedLabel,
      control: design.controlLabel,
      summary: `"${action.title}" cannot be measured yet: it needs a start, a done date and at least two weeks after it.`,
    };
  }
  const { before, after } = windows;
  const counts = input.counts;
  const { waits, leads } = input.values;
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
