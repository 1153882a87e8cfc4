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
import { dayOf, periodLabel } from '../read-model/scope';
import { usualVerdict } from '../read-model/verdicts';
import { baselineWords, seasonalBaseline, testedWeeks } from '../read-model/weeks';

// Kept importable from here until staff-load.service.ts (being edited elsewhere) imports weeks.ts.
export { seasonalBaseline, testedWeeks };

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
  // Every series ends with the tested weeks.
  const length = subjects[0]?.counts.length ?? 0;
  const testedFrom = options.firstWeek + (length - options.recent) * WEEK_MS;
  const testedLabel = periodLabel({ from: testedFrom, to: testedFrom + options.recent * WEEK_MS });
  const byLabel = new Map(ranked.map((test) => [test.label, test]));
  const signals = subjects.map((subject): RisingSignal & { rank: number } => {
    const result = tests.get(subject.id) as SpikeResult;
    const label = subjectLabel(options.dimension, options.counted, subject.name);
    const shift = detectShift(subject.counts, { label, unit: 'week', direction: 'rise' });
    const judgedAgainst = baselineWords(testedFrom, subject.counts.length, options.recent).words;
    const verdict = (ratio: number | null, severity: Severity) =>
      usualVerdict({
        label,
        ratio,
        state: ratio === null ? 'no-data' : severity === Severity.NONE ? 'ok' : severity,
        window: testedLabel,
        baseline: judgedAgainst,
      });
    const base = {
      judgedAgainst,
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
        verdict: verdict(null, Severity.NONE),
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
      verdict: verdict(test.rateRatio, severityOf(test.severity)),
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
