// A generic indicator: a value judged against direction-aware watch and alert thresholds, with
// a sentence saying where it stands.

import { formatAmount, formatPercent, formatRatio } from './format';
import { SignalsInputError, requireFinite } from './validate';

export type IndicatorState = 'ok' | 'watch' | 'alert' | 'no-data';
export type IndicatorDirection = 'higher-is-worse' | 'lower-is-worse';
export type IndicatorFormat = 'percent' | 'number' | 'ratio';

export interface IndicatorSpec {
  id: string;
  // Subject of the sentence: "Staff turnover".
  label: string;
  // null when there is nothing to measure this period.
  value: number | null;
  // Thresholds; "at or beyond" a threshold reaches it.
  watchAt: number;
  alertAt: number;
  direction: IndicatorDirection;
  // How the value and thresholds are written (default 'number').
  format?: IndicatorFormat;
  // Words after the value: " a year", " per staff member".
  unit?: string;
  // A sentence of context appended to the explanation, e.g. the counts behind a share.
  detail?: string;
}

export interface Indicator {
  id: string;
  label: string;
  value: number | null;
  state: IndicatorState;
  direction: IndicatorDirection;
  // null for indicators judged by a test rather than by thresholds (rising complaints).
  watchAt: number | null;
  alertAt: number | null;
  explanation: string;
}

/** Judges a value against its watch and alert thresholds (direction-aware) and explains the verdict. */
export function evaluateIndicator(spec: IndicatorSpec): Indicator {
  requireFinite(spec.watchAt, 'watchAt');
  requireFinite(spec.alertAt, 'alertAt');
  if (spec.value !== null) requireFinite(spec.value, 'value');
  const worse = (a: number, b: number) => (spec.direction === 'higher-is-worse' ? a >= b : a <= b);
  if (!worse(spec.alertAt, spec.watchAt)) {
    throw new SignalsInputError(
      'alertAt',
      `must be at or beyond watchAt for a ${spec.direction} indicator`,
      spec.alertAt,
    );
  }
  const { value } = spec;
  const state: IndicatorState =
    value === null
      ? 'no-data'
      : worse(value, spec.alertAt)
        ? 'alert'
        : worse(value, spec.watchAt)
          ? 'watch'
          : 'ok';
  return {
    id: spec.id,
    label: spec.label,
    value,
    state,
    direction: spec.direction,
    watchAt: spec.watchAt,
    alertAt: spec.alertAt,
    explanation: explainIndicator(spec, state),
  };
}

/** Writes a value as the indicator's format says: "24%", "2.6×", "3.5". */
export function formatIndicatorValue(value: number, format: IndicatorFormat = 'number'): string {
  switch (format) {
    case 'percent':
      return formatPercent(value);
    case 'ratio':
      return formatRatio(value);
    case 'number':
      return formatAmount(value);
  }
}

function explainIndicator(spec: IndicatorSpec, state: IndicatorState): string {
  const detail = spec.detail ? ` ${spec.detail}` : '';
  if (spec.value === null) return `${spec.label}: no data for this period.${detail}`;
  const show = (v: number) => formatIndicatorValue(v, spec.format);
  const unit = spec.unit ?? '';
  const beyond = spec.direction === 'higher-is-worse' ? 'above' : 'below';
  const within = spec.direction === 'higher-is-worse' ? 'below' : 'above';
  const lead = `${spec.label}: ${show(spec.value)}${unit}`;
  switch (state) {
    case 'alert':
      return `${lead}, at or ${beyond} the alert level of ${show(spec.alertAt)}.${detail}`;
    case 'watch':
      return `${lead}, at or ${beyond} the watch level of ${show(spec.watchAt)} (alert at ${show(spec.alertAt)}).${detail}`;
    case 'ok':
    case 'no-data':
      return `${lead}, ${within} the watch level of ${show(spec.watchAt)}.${detail}`;
  }
}
