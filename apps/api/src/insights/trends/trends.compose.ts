import {
  addBuckets,
  DAY_MS,
  type BucketUnit,
  bucketStart,
  bucketStarts,
  formatBucket,
  type Period,
} from '@fulcrum/signals';
import { ItemKind, SentimentLabel } from '../../items/item.enums';
import type { Drilldown } from '../read-model/drilldown.types';
import type { Change } from '../read-model/scope.types';
import {
  ActionMilestone,
  type ChangeMarker,
  TrendMetric,
  type TrendPoint,
  type TrendSeries,
  type Trends,
  ValueFormat,
} from './trends.types';
import type { Interval } from '../item-volume/item-volume.types';
import { countChange, mean, ratio, scoreChange, shareChange } from '../read-model/figures';
import { dayMs, dayOf, type Filter, periodRange } from '../read-model/scope';
import { filterDrilldown } from '../read-model/sql';

/** Sums per bucket and kind, as readMeasures returns them. */
export interface TrendRow {
  bucket: string | null;
  kind?: string;
  arrivals: number;
  analysed: number;
  negative: number;
  sentiment_sum: number;
  rated: number;
  satisfaction_sum: number;
}

export interface ActionDates {
  id: string;
  title: string;
  startedOn: string | null;
  doneOn: string | null;
}

export interface TrendsData {
  period: Period;
  comparison: Period | null;
  interval: Interval;
  filter: Filter;
  rows: readonly TrendRow[];
  comparisonRows: readonly TrendRow[];
  actions: readonly ActionDates[];
}

type Totals = Omit<TrendRow, 'bucket' | 'kind'>;
const ZERO: Totals = {
  arrivals: 0,
  analysed: 0,
  negative: 0,
  sentiment_sum: 0,
  rated: 0,
  satisfaction_sum: 0,
};

const add = (a: Totals, b: Totals): Totals => ({
  arrivals: a.arrivals + b.arrivals,
  analysed: a.analysed + b.analysed,
  negative: a.negative + b.negative,
  sentiment_sum: a.sentiment_sum + b.sentiment_sum,
  rated: a.rated + b.rated,
  satisfaction_sum: a.satisfaction_sum + b.satisfaction_sum,
});

/** One metric: how to read a value and its basis from totals, and what its items are. */
export interface MetricSpec {
  metric: TrendMetric;
  kind: ItemKind | null;
  label: string;
  format: ValueFormat;
  /** Only rows of this kind count. */
  onlyKind: ItemKind | null;
  value: (totals: Totals) => number | null;
  basis: (totals: Totals) => number;
  change: (current: number | null, previous: number | null) => Change;
  extra: Drilldown;
}

const KIND_LABELS: Record<ItemKind, string> = {
  [ItemKind.REQUEST]: 'Requests',
  [ItemKind.COMPLAINT]: 'Complaints',
  [ItemKind.FEEDBACK]: 'Feedback',
  [ItemKind.COMPLIMENT]: 'Compliments',
};

function specs(kinds: readonly ItemKind[]): MetricSpec[] {
  const volume = kinds.map((kind): MetricSpec => ({
    metric: TrendMetric.VOLUME,
    kind,
    label: KIND_LABELS[kind],
    format: ValueFormat.COUNT,
    onlyKind: kind,
    value: (t) => t.arrivals,
    basis: (t) => t.arrivals,
    change: countChange,
    extra: { kinds: [kind] },
  }));
  return [
    ...volume,
    {
      metric: TrendMetric.COMPLAINTS,
      kind: ItemKind.COMPLAINT,
      label: 'Complaints',
      format: ValueFormat.COUNT,
      onlyKind: ItemKind.COMPLAINT,
      value: (t) => t.arrivals,
      basis: (t) => t.arrivals,
      change: countChange,
      extra: { kinds: [ItemKind.COMPLAINT] },
    },
    {
      metric: TrendMetric.NEGATIVE_SHARE,
      kind: null,
      label: 'Negative sentiment',
      format: ValueFormat.SHARE,
      onlyKind: null,
      value: (t) => ratio(t.negative, t.analysed),
      basis: (t) => t.analysed,
      change: shareChange,
      extra: { sentiments: [SentimentLabel.NEGATIVE] },
    },
    {
      metric: TrendMetric.SENTIMENT,
      kind: null,
      label: 'Mean sentiment',
      format: ValueFormat.SCORE,
      onlyKind: null,
      value: (t) => mean(t.sentiment_sum, t.analysed),
      basis: (t) => t.analysed,
      change: (current, previous) => scoreChange(current, previous, 2),
      // The analysed items: the ones the mean is over.
      extra: { sentiments: Object.values(SentimentLabel) },
    },
    {
      metric: TrendMetric.SATISFACTION,
      kind: null,
      label: 'Mean satisfaction',
      format: ValueFormat.RATING,
      onlyKind: null,
      value: (t) => mean(t.satisfaction_sum, t.rated),
      basis: (t) => t.rated,
      change: (current, previous) => scoreChange(current, previous, 1),
      // The rated items: the ones the mean is over.
      extra: { rated: true },
    },
  ];
}

/** Totals per bucket start (YYYY-MM-DD) for the rows of one kind (or all kinds). */
function byBucket(rows: readonly TrendRow[], onlyKind: ItemKind | null): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const row of rows) {
    if (row.bucket === null || (onlyKind !== null && row.kind !== onlyKind)) continue;
    totals.set(row.bucket, add(totals.get(row.bucket) ?? ZERO, row));
  }
  return totals;
}

const sumAll = (totals: Map<string, Totals>) => [...totals.values()].reduce(add, ZERO);

/** The one series of a metric a split line shows: for volume, every kind of the filter together. */
export function lineSpec(metric: TrendMetric, filter: Filter): MetricSpec {
  if (metric !== TrendMetric.VOLUME)
    return specs([]).find((spec) => spec.metric === metric) as MetricSpec;
  const [only] = filter.kinds.length === 1 ? filter.kinds : [null];
  return {
    metric,
    kind: only,
    label: only ? KIND_LABELS[only] : 'Items',
    format: ValueFormat.COUNT,
    onlyKind: only,
    value: (t) => t.arrivals,
    basis: (t) => t.arrivals,
    change: countChange,
    extra: {},
  };
}

/**
 * One metric's series from per-bucket sums of the period and of the comparison period: dense
 * buckets (empty ones count 0, partial ones say so), comparison buckets paired by position, the
 * whole-period change and a drilldown for every point.
 */
export function composeSeries(data: Omit<TrendsData, 'actions'>, spec: MetricSpec): TrendSeries {
  const unit = data.interval as BucketUnit;
  const starts = bucketStarts(data.period, unit);
  const comparisonStarts = data.comparison ? bucketStarts(data.comparison, unit) : [];
  const current = byBucket(data.rows, spec.onlyKind);
  const previous = byBucket(data.comparisonRows, spec.onlyKind);
  const points = starts.map((start, index): TrendPoint => {
    const totals = current.get(dayOf(start)) ?? ZERO;
    const comparisonStart = comparisonStarts[index];
    const comparisonTotals =
      comparisonStart === undefined ? null : (previous.get(dayOf(comparisonStart)) ?? ZERO);
    return {
      periodStart: dayOf(start),
      label: formatBucket(start, unit),
      value: spec.value(totals),
      basis: spec.basis(totals),
      ...bucketCoverage(start, unit, data.period),
      comparisonStart: comparisonStart === undefined ? null : dayOf(comparisonStart),
      comparisonValue: comparisonTotals ? spec.value(comparisonTotals) : null,
      drilldown: filterDrilldown(data.filter, {
        receivedFrom: new Date(Math.max(start, data.period.from)),
        receivedTo: new Date(Math.min(addBuckets(start, unit, 1), data.period.to)),
        ...spec.extra,
      }),
    };
  });
  return {
    metric: spec.metric,
    kind: spec.kind,
    label: spec.label,
    format: spec.format,
    points,
    total: spec.change(
      spec.value(sumAll(current)),
      data.comparison ? spec.value(sumAll(previous)) : null,
    ),
    drilldown: filterDrilldown(data.filter, {
      receivedFrom: new Date(data.period.from),
      receivedTo: new Date(data.period.to),
      ...spec.extra,
    }),
  };
}

/** Every trend series of a period (volume per kind of the filter, and each other metric). */
export function composeTrends(data: TrendsData): Trends {
  const kinds = data.filter.kinds.length ? data.filter.kinds : Object.values(ItemKind);
  const series = specs(kinds).map((spec) => composeSeries(data, spec));
  const find = (metric: TrendMetric) => series.find((s) => s.metric === metric) as TrendSeries;
  return {
    period: periodRange(data.period),
    comparisonPeriod: data.comparison ? periodRange(data.comparison) : null,
    interval: data.interval,
    volumeByKind: series.filter((s) => s.metric === TrendMetric.VOLUME),
    complaints: find(TrendMetric.COMPLAINTS),
    negativeShare: find(TrendMetric.NEGATIVE_SHARE),
    sentiment: find(TrendMetric.SENTIMENT),
    satisfaction: find(TrendMetric.SATISFACTION),
    markers: actionMarkers(data.actions, data.period, data.interval as BucketUnit),
  };
}

/**
 * How much of a bucket the period covers: a month's weekly chart starts and ends with partial
 * weeks, whose counts cover only their days in the month and must not read as a collapse.
 */
export function bucketCoverage(
  start: number,
  unit: BucketUnit,
  period: Period,
): { days: number; bucketDays: number; partial: boolean } {
  const end = addBuckets(start, unit, 1);
  const bucketDays = Math.round((end - start) / DAY_MS);
  const days = Math.max(
    0,
    Math.round((Math.min(end, period.to) - Math.max(start, period.from)) / DAY_MS),
  );
  return { days, bucketDays, partial: days < bucketDays };
}

/** Improvement actions that started or were done inside the period, grouped by chart bucket. */
export function actionMarkers(
  actions: readonly ActionDates[],
  period: Period,
  unit: BucketUnit,
): ChangeMarker[] {
  const byStart = new Map<string, ChangeMarker>();
  const milestones = actions.flatMap((action) =>
    (
      [
        [ActionMilestone.STARTED, action.startedOn],
        [ActionMilestone.DONE, action.doneOn],
      ] as const
    ).flatMap(([milestone, on]) => (on ? [{ action, milestone, on, at: dayMs(on) }] : [])),
  );
  milestones
    .filter(({ at }) => at >= period.from && at < period.to)
    .sort((a, b) => a.at - b.at || a.action.title.localeCompare(b.action.title))
    .forEach(({ action, milestone, on, at }) => {
      const start = dayOf(bucketStart(at, unit));
      const marker = byStart.get(start) ?? { periodStart: start, actions: [] };
      marker.actions.push({ actionId: action.id, title: action.title, milestone, on });
      byStart.set(start, marker);
    });
  return [...byStart.values()];
}
