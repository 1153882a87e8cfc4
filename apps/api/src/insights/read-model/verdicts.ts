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

/**
 * One measure judged twice: against the comparison period (a month-on-month reading), and where it
 * stands against another baseline (its usual level for these weeks, or fixed thresholds).
 */
export interface TwoVerdicts {
  /** "complaints", "replies with excuses" */
  measure: string;
  change: Change;
  higherIsBetter: boolean;
  /** The comparison period's label, null without one. */
  against: string | null;
  /**
   * Whether the month-on-month reading is given as a verdict ("better", "worse") or only shown for
   * context beside the other verdict ("9% in Oct 2026, shown for context").
   */
  judged: boolean;
  standing: {
    state: UsualState;
    /** What the standing is judged against: "the same weeks (±3) of 2023–2025", "fixed thresholds (…)". */
    baseline: string;
    /** How it stands, after "but": "in 3–30 Nov 2026 they ran at 1.3× the usual weekly rate". */
    reading: string;
  };
}

/** Whether the two verdicts point different ways, so the first screen must reconcile them. */
export function verdictsDisagree(v: TwoVerdicts): boolean {
  const tone = changeTone(v.change, v.higherIsBetter);
  if (tone === 'none' || v.against === null || v.standing.state === 'no-data') return false;
  const raised = v.standing.state === 'alert' || v.standing.state === 'watch';
  // Better or unchanged beside a watch or alert; or a "worse" verdict beside no alert (a reading
  // shown only for context says no "worse", so there is nothing to reconcile).
  if (raised) return tone === 'better' || tone === 'unchanged';
  return tone === 'worse' && v.judged;
}

/**
 * One sentence that reconciles the two verdicts when they disagree, naming both baselines; null
 * when they agree or only one exists.
 */
export function reconcileVerdicts(v: TwoVerdicts): string | null {
  if (!verdictsDisagree(v) || v.against === null) return null;
  const { state, baseline, reading } = v.standing;
  // Verbs that read right after a plural ("complaints") and a singular ("staff turnover") measure.
  const rose = v.change.direction === ChangeDirection.UP;
  const moved =
    v.change.direction === ChangeDirection.FLAT
      ? `held level with ${v.against}`
      : `${rose ? 'rose' : 'fell'} ${v.change.label.replace(/^[+−-]/, '')} from ${v.against}`;
  const Measure = v.measure.charAt(0).toUpperCase() + v.measure.slice(1);
  const head = `${Measure} ${moved}, but ${reading}: judged against ${baseline}, ${USUAL_WORDS[state]}.`;
  if (state === 'alert' || state === 'watch')
    return `${head} Both hold, as they compare with different baselines: ${v.against} was itself high, or ${baseline} set a lower bar; the ${state}, against ${baseline}, is the one to act on.`;
  return `${head} Both hold, as they compare with different baselines: against ${baseline}, the ${rose ? 'rise' : 'fall'} from ${v.against} is within the usual range, so it raises no alert.`;
}
