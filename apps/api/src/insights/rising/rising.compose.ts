import {
  detectShift,
  detectSpike,
  rankSpikes,
  type SpikeResult,
  type SpikeTest,
  WEEK_MS,
} from '@fulcrum/signals';
import type { Drilldown } from '../read-model/drilldown.types';
import {
  type RisingSignal,
  Severity,
  ShiftState,
  SignalDimension,
  SpikeDirection,
  type WeekCount,
} from './rising.types';
import { toInterval } from '../read-model/figures';
import { dayOf } from '../read-model/scope';

/** One theme's or policy's weekly counts, oldest first; the last `recent` weeks are tested. */
export interface SubjectSeries {
  id: string;
  name: string;
  counts: number[];
}

export interface RisingOptions {
  dimension: SignalDimension;
  /** "Complaints", "Items", "Negative items". */
  counted: string;
  /** Monday of the first week of every series. */
  firstWeek: number;
  recent: number;
  /** The tested weeks' items of one subject. */
  drilldown: (subjectId: string) => Drilldown;
}

const SPARKLINE_WEEKS = 26;
const SEASON_WEEKS = 52;

/**
 * Seasonal baseline options for weekly counts: the same weeks ±3 in up to three past years; with
 * only one past year, ±6 weeks, so the baseline holds enough weeks to judge by.
 */
export function seasonalBaseline(length: number, recent: number) {
  const start = length - recent;
  const twoYears = start - 2 * SEASON_WEEKS - 3 >= 0;
  const oneYearWide = start - SEASON_WEEKS - 6 >= 0;
  return {
    seasonalPeriod: SEASON_WEEKS,
    seasonalHalfWidth: !twoYears && oneYearWide ? 6 : 3,
  };
}

export const subjectLabel = (dimension: SignalDimension, counted: string, name: string) =>
  `${counted} ${dimension === SignalDimension.THEME ? 'about' : 'linked to'} "${name}"`;

const severityOf = (value: string): Severity =>
  value === 'alert' ? Severity.ALERT : value === 'watch' ? Severity.WATCH : Severity.NONE;

/**
 * Tests every subject's tested weeks against its own history (seasonal baseline when a year of
 * history exists, rises only), ranks the tests with false-discovery control, adds a CUSUM view of
 * sustained shifts, and returns the signals most severe first (untested ones last).
 */
export function composeRising(
  subjects: readonly SubjectSeries[],
  options: RisingOptions,
): RisingSignal[] {
  const tests = new Map<string, SpikeResult>();
  for (const subject of subjects) {
    tests.set(
      subject.id,
      detectSpike(subject.counts, {
        label: subjectLabel(options.dimension, options.counted, subject.name),
        unit: 'week',
        recent: options.recent,
        ...seasonalBaseline(subject.counts.length, options.recent),
        alternative: 'greater',
      }),
    );
  }
  const ranked = rankSpikes([...tests.values()]);
  const byLabel = new Map(ranked.map((test) => [test.label, test]));
  const signals = subjects.map((subject): RisingSignal & { rank: number } => {
    const result = tests.get(subject.id) as SpikeResult;
    const label = subjectLabel(options.dimension, options.counted, subject.name);
    const shift = detectShift(subject.counts, { label, unit: 'week', direction: 'rise' });
    const base = {
      dimension: options.dimension,
      subject: { id: subject.id, name: subject.name },
      weekly: sparkline(subject.counts, options.firstWeek, options.recent),
      drilldown: options.drilldown(subject.id),
      shift:
        shift.status === 'tested'
          ? {
              state: shift.state as ShiftState,
              since:
                shift.shiftStart === null
                  ? null
                  : dayOf(options.firstWeek + shift.shiftStart * WEEK_MS),
              ratio: shift.ratio,
              explanation: shift.explanation,
            }
          : null,
    };
    if (result.status !== 'tested') {
      return {
        ...base,
        tested: false,
        severity: Severity.NONE,
        direction: SpikeDirection.NONE,
        observed: result.observed,
        expected: 0,
        observedPerWeek: result.observed / options.recent,
        expectedPerWeek: 0,
        rateRatio: 1,
        rateRatioInterval: null,
        pValue: null,
        qValue: null,
        usualLower: null,
        usualUpper: null,
        baseline: 'none',
        explanation: result.explanation,
        rank: Number.MAX_SAFE_INTEGER,
      };
    }
    const rankedTest = byLabel.get(label);
    const test: SpikeTest = rankedTest ?? result;
    return {
      ...base,
      tested: true,
      severity: severityOf(test.severity),
      direction: test.direction as SpikeDirection,
      observed: test.observed,
      expected: test.expected,
      observedPerWeek: test.observedPerBucket,
      expectedPerWeek: test.expectedPerBucket,
      rateRatio: test.rateRatio,
      rateRatioInterval: toInterval(test.rateRatioInterval),
      pValue: test.pValue,
      qValue: rankedTest?.qValue ?? null,
      usualLower: test.usualRange.lower,
      usualUpper: test.usualRange.upper,
      baseline: test.baseline.method,
      explanation: test.explanation,
      rank: rankedTest?.rank ?? Number.MAX_SAFE_INTEGER - 1,
    };
  });
  return signals
    .sort((a, b) => a.rank - b.rank || a.subject.name.localeCompare(b.subject.name))
    .map(({ rank: _rank, ...signal }) => signal);
}

function sparkline(counts: readonly number[], firstWeek: number, recent: number): WeekCount[] {
  const from = Math.max(0, counts.length - SPARKLINE_WEEKS);
  return counts.slice(from).map((count, offset) => {
    const index = from + offset;
    return {
      weekStart: dayOf(firstWeek + index * WEEK_MS),
      count,
      tested: index >= counts.length - recent,
    };
  });
}

/**
 * The whole ISO weeks to test for a period: those inside it and complete by `now`; when there are
 * none, the last complete week ending by the period's end. Null before any complete week.
 */
export function testedWeeks(
  period: { from: number; to: number },
  now: number,
): { from: number; to: number } | null {
  const monday = (ms: number) => {
    const day = Math.floor(ms / 86_400_000) * 86_400_000;
    return day - ((new Date(day).getUTCDay() + 6) % 7) * 86_400_000;
  };
  const end = Math.min(monday(period.to), monday(now));
  const ceilMonday = (ms: number) => {
    const m = monday(ms);
    return m === ms ? m : m + WEEK_MS;
  };
  const start = ceilMonday(period.from);
  if (end > start) return { from: start, to: end };
  return end > 0 ? { from: end - WEEK_MS, to: end } : null;
}
