import type { ImpactFieldsFragment, ImpactMetric } from '../../graphql/generated/graphql';
import { formatHours } from '../../lib/format';
import type { BadgeTone } from '../../ui/Badge';

type Measure = ImpactFieldsFragment['measures'][number];

/** Short names for the measures (the API's labels name the treated items too). */
export const metricLabel: Record<ImpactMetric, string> = {
  WAITING_HOURS: 'Internal waiting per item',
  LEAD_TIME_HOURS: 'Lead time per item',
  COMPLAINTS_PER_WEEK: 'Complaints a week',
  FRICTION_PER_WEEK: 'Exceptions, escalations and hard noes a week',
};

/** Every measure is one where less is better: waits, lead times, complaints, friction. */
const PER_ITEM_HOURS: readonly ImpactMetric[] = ['WAITING_HOURS', 'LEAD_TIME_HOURS'];

/** A measure's value in its unit: hours per item, or a count a week. */
export function formatMeasure(metric: ImpactMetric, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (PER_ITEM_HOURS.includes(metric)) return formatHours(value);
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} a week`;
}

/** Changes beyond this read as "over +999%": more digits would only show noise. */
const LARGEST_PERCENT = 999;

/** "−84%", "+105%", as a signed whole percentage (true minus sign). */
export function signedPercent(relative: number): string {
  const rounded = Math.round(relative * 100);
  if (rounded > LARGEST_PERCENT) return `over +${LARGEST_PERCENT}%`;
  if (rounded === 0) return '±0%';
  return rounded > 0 ? `+${rounded}%` : `−${Math.abs(rounded)}%`;
}

export interface MeasureEffect {
  tone: BadgeTone;
  icon: string;
  /** "Internal waiting per item −84%" */
  headline: string;
  /** "95% interval: −96% to −55%", or that the upper end cannot be bounded. */
  interval: string;
}

/** How a measure moved against the control, as a badge: better, worse or not clear. */
export function measureEffect(measure: Measure): MeasureEffect {
  const relative = measure.relativeChange;
  // The verdict names its baseline: the "Expected" bar, where the items would have been had they
  // moved like the comparison group.
  const headline = `${metricLabel[measure.metric]} ${
    relative === null ? 'not measured' : `${signedPercent(relative)} against the expected level`
  }`;
  const interval =
    measure.interval === null
      ? 'no interval'
      : `${Math.round(measure.interval.level * 100)}% interval: ${signedPercent(measure.interval.lower - 1)} to ${
          measure.interval.upper === null
            ? 'no upper bound'
            : signedPercent(measure.interval.upper - 1)
        }`;
  if (!measure.estimable || relative === null)
    return { tone: 'neutral', icon: '–', headline, interval };
  if (!measure.significant)
    return { tone: 'neutral', icon: '≈', headline: `${headline} (not clear)`, interval };
  return relative < 0
    ? { tone: 'success', icon: '✓', headline: `${headline} (better)`, interval }
    : { tone: 'danger', icon: '!', headline: `${headline} (worse)`, interval };
}

export interface ImpactBar {
  key: 'before' | 'expected' | 'after';
  label: string;
  value: number;
  /** For the measured bar: the distance down and up to the interval's ends. */
  error?: [number, number];
}

/**
 * The before/after chart of one measure: the treated items before, the level they would have
 * reached had they moved like the control, and the level measured, with its 95% interval
 * (the ratio's interval applied to the expected level). Empty when not estimable.
 */
export function impactBars(measure: Measure): ImpactBar[] {
  const { treatedBefore, expectedAfter, treatedAfter } = measure;
  if (
    !measure.estimable ||
    treatedBefore === null ||
    expectedAfter === null ||
    treatedAfter === null
  )
    return [];
  const bars: ImpactBar[] = [
    { key: 'before', label: 'Before', value: treatedBefore },
    { key: 'expected', label: 'After, had it moved like the control', value: expectedAfter },
    { key: 'after', label: 'After, measured', value: treatedAfter },
  ];
  if (measure.interval) {
    const low = expectedAfter * measure.interval.lower;
    // An interval the data cannot bound above is drawn to twice the expected level.
    const high =
      measure.interval.upper === null
        ? Math.max(treatedAfter, expectedAfter) * 2
        : expectedAfter * measure.interval.upper;
    bars[2].error = [Math.max(0, treatedAfter - low), Math.max(0, high - treatedAfter)];
  }
  return bars;
}
