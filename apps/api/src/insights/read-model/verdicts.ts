// Verdict sentences: every judged figure says what it is judged against, in its own sentence, and
// two judgements of one measure that disagree get one sentence that reconciles them.
import { formatAmount, formatPercent } from '@fulcrum/signals';
import { ValueFormat } from '../trends/trends.types';
import { hoursLabel } from './figures';
import { type Change, ChangeDirection } from './scope.types';

/** A value as the review writes it. */
export function formatFigure(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined) return '–';
  switch (format) {
    case ValueFormat.SHARE:
      return formatPercent(value);
    case ValueFormat.HOURS:
      return hoursLabel(value);
    case ValueFormat.SCORE:
      return value.toFixed(2);
    case ValueFormat.RATING:
      return value.toFixed(1);
    case ValueFormat.RATIO:
      return `${formatAmount(value)}×`;
    case ValueFormat.COUNT:
      return formatAmount(value);
  }
}

/** How a change against the comparison period reads: good news, bad news, neither, or none. */
export type ChangeTone = 'better' | 'worse' | 'unchanged' | 'none';

export function changeTone(change: Change, higherIsBetter: boolean | null): ChangeTone {
  if (change.current === null || change.previous === null) return 'none';
  if (change.direction === ChangeDirection.FLAT) return 'unchanged';
  if (higherIsBetter === null) return 'none';
  return (change.direction === ChangeDirection.UP) === higherIsBetter ? 'better' : 'worse';
}

export interface ChangeFigure {
  label: string;
  format: ValueFormat;
  change: Change;
  higherIsBetter: boolean | null;
}

/**
 * "Complaints: 202, −0.4% against Oct 2026 (203): better." `against` is the comparison period's
 * label, null when the review has none.
 */
export function changeVerdict(figure: ChangeFigure, against: string | null): string {
  const { label, format, change } = figure;
  const now = formatFigure(change.current, format);
  if (change.current === null) return `${label}: no data in the period.`;
  if (against === null) return `${label}: ${now}, not compared (no comparison period chosen).`;
  if (change.previous === null) return `${label}: ${now}; nothing to compare with in ${against}.`;
  const tone = changeTone(change, figure.higherIsBetter);
  const judged = tone === 'better' || tone === 'worse' ? `: ${tone}` : '';
  return `${label}: ${now}, ${change.label} against ${against} (${formatFigure(change.previous, format)})${judged}.`;
}

/** How a figure stands against its own history (a rise test) or its thresholds. */
export type UsualState = 'alert' | 'watch' | 'ok' | 'no-data';

/** The words for a judgement: "alert", "to watch", "within the usual range", "not judged". */
export const USUAL_WORDS: Record<UsualState, string> = {
  alert: 'alert',
  watch: 'to watch',
  ok: 'no alert',
  'no-data': 'not judged',
};

/** "fixed thresholds (watch at 5%, alert at 10%)". */
export function thresholdWords(
  limits: { watchAt: number | null; alertAt: number | null },
  format: ValueFormat,
): string {
  const words = [
    limits.watchAt === null ? null : `watch at ${formatFigure(limits.watchAt, format)}`,
    limits.alertAt === null ? null : `alert at ${formatFigure(limits.alertAt, format)}`,
  ].filter(Boolean);
  return words.length ? `fixed thresholds (${words.join(', ')})` : 'no threshold';
}

/**
 * "Excuses: 12% against fixed thresholds (watch at 5%, alert at 10%): alert (9% in Oct 2026,
 * shown for context)."
 */
export function thresholdVerdict(input: {
  label: string;
  value: number | null;
  format: ValueFormat;
  state: UsualState;
  /** What thresholdWords says. */
  thresholds: string;
  previous: number | null;
  against: string | null;
}): string {
  const { label, value, format, state } = input;
  if (value === null) return `${label}: not judged, too little data in the period.`;
  const before =
    input.previous !== null && input.against !== null
      ? ` (${formatFigure(input.previous, format)} in ${input.against}, shown for context)`
      : '';
  return `${label}: ${formatFigure(value, format)} against ${input.thresholds}: ${USUAL_WORDS[state]}${before}.`;
}

/**
 * "Complaints: 1.3× the usual weekly rate in 3–30 Nov 2026, against the same weeks (±3) of
 * 2023–2025: alert."
 */
export function usualVerdict(input: {
  label: string;
  ratio: number | null;
  state: UsualState;
  window: string | null;
  baseline: string;
}): string {
  const where = input.window ? ` in ${input.window}` : '';
  if (input.ratio === null || input.state === 'no-data')
    return `${input.label}${where}: not judged, too little history to compare with.`;
  return `${input.label}: ${formatFigure(input.ratio, ValueFormat.RATIO)} the usual weekly rate${where}, against ${input.baseline}: ${USUAL_WORDS[input.state]}.`;
}

/** One measure judged twice: against the comparison period, and against its usual level. */
export interface TwoVerdicts {
  /** "complaints" */
  measure: string;
  change: Change;
  higherIsBetter: boolean;
  /** The comparison period's label, null without one. */
  against: string | null;
  usual: {
    state: UsualState;
    ratio: number | null;
    window: string | null;
    /** What the usual level comes from: "the same weeks (±3) of 2023–2025". */
    baseline: string;
  };
}

/**
 * One sentence that reconciles the two verdicts when they disagree — better or unchanged against
 * the comparison period but on watch or alert against the usual level, or worse against the
 * comparison period while within the usual level — and null when they agree or only one exists.
 */
export function reconcileVerdicts(v: TwoVerdicts): string | null {
  const tone = changeTone(v.change, v.higherIsBetter);
  if (tone === 'none' || v.against === null) return null;
  if (v.usual.state === 'no-data' || v.usual.ratio === null) return null;
  const raised = v.usual.state === 'alert' || v.usual.state === 'watch';
  const periodGood = tone === 'better' || tone === 'unchanged';
  if (periodGood === !raised) return null;
  const moved =
    tone === 'unchanged'
      ? `were unchanged from ${v.against}`
      : `${v.change.direction === ChangeDirection.UP ? 'rose' : 'fell'} ${v.change.label.replace(/^[+−-]/, '')} from ${v.against}`;
  const ratio = formatFigure(v.usual.ratio, ValueFormat.RATIO);
  const where = v.usual.window ? `in ${v.usual.window} ` : '';
  const Measure = v.measure.charAt(0).toUpperCase() + v.measure.slice(1);
  if (raised)
    return `${Measure} ${moved}, but ${where}they ran at ${ratio} the usual rate for ${v.usual.baseline}. Both hold, as they compare with different baselines: ${v.against} was itself high, or the usual level for these weeks is lower; the ${v.usual.state}, against ${v.usual.baseline}, is the one to act on.`;
  return `${Measure} ${moved}, but ${where}they stayed within the usual range for ${v.usual.baseline} (${ratio}). Both hold, as they compare with different baselines: the rise from ${v.against} is within what ${v.usual.baseline} show as usual, so it raises no alert.`;
}
