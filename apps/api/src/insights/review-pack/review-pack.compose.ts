// The pure half of the review pack: its headline figures from the sections already computed,
// and the actions of the period.
import type { Period } from '@fulcrum/signals';
import { ActionStatus } from '../../actions/action.enums';
import {
  type Backlog,
  type DurationFigure,
  FlowDimension,
  type ServiceLevels,
} from '../bottlenecks/bottlenecks.types';
import { countChange, shareChange } from '../read-model/figures';
import type { Change } from '../read-model/scope.types';
import type { ActionRow, Names } from '../read-model/insight-data.service';
import { dayMs, periodLabel, type Scope } from '../read-model/scope';
import type { RisingSignals } from '../rising/rising.types';
import { type Trends, ValueFormat } from '../trends/trends.types';
import { IndicatorState, type WarningSigns } from '../warning-signs/warning-signs.types';
import { changeVerdict } from '../read-model/verdicts';
import type { Kpi, ReviewAction } from './review-pack.types';

/** The sections the headline figures are taken from. */
export interface KpiSources {
  scope: Scope;
  trends: Trends;
  firstResponses: DurationFigure[];
  leadTimes: DurationFigure[];
  sla: ServiceLevels;
  backlog: Backlog;
  warnings: WarningSigns;
  rising: RisingSignals;
}

/** The review's headline figures, in a fixed order, each against the comparison period. */
export function composeKpis(sources: KpiSources): Kpi[] {
  const { scope, trends, firstResponses, leadTimes, sla, backlog, warnings, rising } = sources;
  const hasComparison = scope.comparison !== null;
  const all = (figures: DurationFigure[]) => figures.find((f) => f.dimension === FlowDimension.ALL);
  const items = trends.volumeByKind.reduce(
    (acc, series) => ({
      current: acc.current + (series.total.current ?? 0),
      previous: acc.previous + (series.total.previous ?? 0),
    }),
    { current: 0, previous: 0 },
  );
  const periodDrill = trends.complaints.drilldown;
  /** What a figure's drill-down opens: its items, or for a rate or median the part it is over. */
  interface Opens {
    drilldown: Kpi['drilldown'];
    label: string | null;
    count: number | null;
  }
  const against = scope.comparison ? periodLabel(scope.comparison) : null;
  const kpi = (
    key: string,
    label: string,
    value: number | null,
    format: ValueFormat,
    change: Change,
    higherIsBetter: boolean,
    opens: Opens,
  ): Kpi => ({
    key,
    label,
    value,
    format,
    change,
    higherIsBetter,
    drilldown: opens.drilldown,
    drilldownLabel: opens.drilldown ? opens.label : null,
    drilldownCount: opens.drilldown ? opens.count : null,
    // More items received is demand, not a score: its change is said without a verdict word.
    verdict: changeVerdict(
      { label, format, change, higherIsBetter: key === 'items' ? null : higherIsBetter },
      against,
    ),
  });
  const none: Opens = { drilldown: null, label: null, count: null };
  const fr = all(firstResponses);
  const lead = all(leadTimes);
  const rated = pointsBasis(trends.satisfaction);
  const negative = trends.negativeShare.points.reduce(
    (sum, p) => sum + Math.round((p.value ?? 0) * p.basis),
    0,
  );
  const late = (clock: 'first responses' | 'resolutions', breached: number) =>
    `The ${breached} late ${clock} (the rest of those with a target were on time)`;
  const alertSigns = warnings.signs.filter((s) => s.state === IndicatorState.ALERT).length;
  const complaints = kpi(
    'complaints',
    'Complaints',
    trends.complaints.total.current,
    ValueFormat.COUNT,
    trends.complaints.total,
    false,
    {
      drilldown: trends.complaints.drilldown,
      label: `The ${trends.complaints.total.current ?? 0} complaints`,
      count: trends.complaints.total.current,
    },
  );
  return [
    kpi(
      'items',
      'Items received',
      items.current,
      ValueFormat.COUNT,
      countChange(items.current, hasComparison ? items.previous : null),
      false,
      {
        drilldown: {
          ...periodDrill,
          kinds: scope.filter.kinds.length ? scope.filter.kinds : undefined,
        },
        label: `The ${items.current} items received`,
        count: items.current,
      },
    ),
    complaints,
    kpi(
      'negative-share',
      'Negative sentiment',
      trends.negativeShare.total.current,
      ValueFormat.SHARE,
      trends.negativeShare.total,
      false,
      {
        drilldown: trends.negativeShare.drilldown,
        label: `The ${negative} items with negative sentiment (of ${pointsBasis(trends.negativeShare)} analysed)`,
        count: negative,
      },
    ),
    kpi(
      'satisfaction',
      'Mean satisfaction (1–5)',
      trends.satisfaction.total.current,
      ValueFormat.RATING,
      trends.satisfaction.total,
      true,
      {
        drilldown: trends.satisfaction.drilldown,
        label: `The ${rated} rated items the mean is over`,
        count: rated,
      },
    ),
    kpi(
      'first-response-p50',
      'Median time to first response',
      fr?.p50Hours ?? null,
      ValueFormat.HOURS,
      fr?.change ?? countChange(null, null),
      false,
      fr
        ? {
            // The median is over the answered items (a resolution answers too), so those are its items.
            drilldown: { ...fr.drilldown, answered: true },
            label: `The ${fr.finished} answered items (a first response, or resolved without one) the median is over`,
            count: fr.finished,
          }
        : none,
    ),
    kpi(
      'lead-time-p50',
      'Median lead time',
      lead?.p50Hours ?? null,
      ValueFormat.HOURS,
      lead?.change ?? countChange(null, null),
      false,
      lead
        ? {
            drilldown: lead.drilldown,
            label: `The ${lead.finished} items resolved in the period the median is over`,
            count: lead.finished,
          }
        : none,
    ),
    kpi(
      'first-response-sla',
      'First responses on time',
      sla.firstResponse.attainment.share,
      ValueFormat.SHARE,
      shareChange(sla.firstResponse.attainment.share, sla.previousFirstResponseAttainment),
      true,
      {
        drilldown: sla.firstResponse.breachesDrilldown,
        label: late('first responses', sla.firstResponse.breached),
        count: sla.firstResponse.breached,
      },
    ),
    kpi(
      'resolution-sla',
      'Resolutions on time',
      sla.resolution.attainment.share,
      ValueFormat.SHARE,
      shareChange(sla.resolution.attainment.share, sla.previousResolutionAttainment),
      true,
      {
        drilldown: sla.resolution.breachesDrilldown,
        label: late('resolutions', sla.resolution.breached),
        count: sla.resolution.breached,
      },
    ),
    kpi(
      'backlog',
      'Open items at the end',
      backlog.count,
      ValueFormat.COUNT,
      backlog.change,
      false,
      {
        drilldown: backlog.drilldown,
        label: `The ${backlog.count} items open at the end`,
        count: backlog.count,
      },
    ),
    {
      ...kpi(
        'warning-alerts',
        'Warning signs on alert',
        alertSigns,
        ValueFormat.COUNT,
        countChange(alertSigns, null),
        false,
        none,
      ),
      verdict: `Warning signs on alert: ${alertSigns} of ${warnings.signs.length}, each judged against its own thresholds (rising complaints against the usual level for its weeks), not against ${against ?? 'another period'}.`,
    },
    {
      ...kpi(
        'rising-alerts',
        'Rising themes and policies on alert',
        rising.alerts,
        ValueFormat.COUNT,
        countChange(rising.alerts, null),
        false,
        none,
      ),
      verdict: `Rising themes and policies on alert: ${rising.alerts}, each judged against its own history${rising.testedWeeks ? ` in ${rising.testedWeeks.label}` : ''} (the same weeks of past years where there are any), not against ${against ?? 'another period'}.`,
    },
  ];
}

/** The items a series' points are computed over (rated, analysed, received). */
function pointsBasis(series: Trends['satisfaction']): number {
  return series.points.reduce((sum, p) => sum + p.basis, 0);
}

/** Improvement actions planned, or active or done in the period. */
export function reviewActions(
  actions: readonly ActionRow[],
  names: Names,
  { from, to }: Period,
): ReviewAction[] {
  const ref = (id: string | null, map: Map<string, string>) =>
    id ? { id, name: map.get(id) ?? 'Unknown' } : null;
  return actions
    .filter((a) => {
      const started = a.startedOn ? dayMs(a.startedOn) : null;
      const done = a.doneOn ? dayMs(a.doneOn) : null;
      if (a.status === ActionStatus.PLANNED) return true;
      if (done !== null && done >= from && done < to) return true;
      return started !== null && started < to && (done === null || done >= from);
    })
    .map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner,
      status: a.status as ActionStatus,
      startedOn: a.startedOn,
      doneOn: a.doneOn,
      policy: ref(a.policyId, names.policies),
      theme: ref(a.themeId, names.themes),
      team: ref(a.teamId, names.teams),
    }));
}
