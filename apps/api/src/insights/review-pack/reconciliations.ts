// The review's first screen never gives two verdicts on one measure that point different ways
// without a sentence saying why both hold. A measure is judged month on month (a headline figure's
// "better"/"worse", or a warning sign's value in the comparison period, shown beside it) and
// against another baseline (a warning sign's thresholds or usual level).
import { countChange, shareChange } from '../read-model/figures';
import { formatFigure, reconcileVerdicts, type TwoVerdicts } from '../read-model/verdicts';
import { ValueFormat } from '../trends/trends.types';
import {
  IndicatorState,
  type WarningSign,
  WarningSignKind,
} from '../warning-signs/warning-signs.types';
import type { Kpi, Reconciliation } from './review-pack.types';

/** Warning signs that judge a headline figure's own measure, by the figure's key. */
const SIGN_OF_KPI: Partial<Record<WarningSignKind, string>> = {
  [WarningSignKind.RISING_COMPLAINTS]: 'complaints',
};

/** Both verdicts on the measure a warning sign judges, or null when it has no second one. */
export function signVerdicts(
  sign: WarningSign,
  kpis: readonly Kpi[],
  against: string | null,
): TwoVerdicts | null {
  if (sign.state === IndicatorState.NO_DATA) return null;
  const kpiKey = SIGN_OF_KPI[sign.sign];
  const kpi = kpiKey ? kpis.find((k) => k.key === kpiKey) : undefined;
  const reading =
    sign.sign === WarningSignKind.RISING_COMPLAINTS
      ? `${sign.window ? `in ${sign.window.label} ` : ''}they ran at ${formatFigure(sign.value, ValueFormat.RATIO)} the usual weekly rate`
      : `the value is ${formatFigure(sign.value, sign.format)}`;
  const standing = { state: sign.state, baseline: sign.judgedAgainst, reading };
  if (kpi)
    return {
      measure: kpi.label.toLowerCase(),
      change: kpi.change,
      higherIsBetter: kpi.higherIsBetter,
      against,
      judged: true,
      standing,
    };
  // Otherwise its own value in the comparison period, which its sentence shows for context; every
  // warning sign is worse when higher.
  const change =
    sign.format === ValueFormat.SHARE
      ? shareChange(sign.value, sign.previous)
      : countChange(sign.value, sign.previous);
  return {
    measure: sign.label.toLowerCase(),
    change,
    higherIsBetter: false,
    against,
    judged: false,
    standing,
  };
}

/** One reconciling sentence per measure whose two verdicts disagree, in the signs' order. */
export function composeReconciliations(
  kpis: readonly Kpi[],
  signs: readonly WarningSign[],
  against: string | null,
): Reconciliation[] {
  return signs.flatMap((sign) => {
    const both = signVerdicts(sign, kpis, against);
    const text = both ? reconcileVerdicts(both) : null;
    return text ? [{ measure: SIGN_OF_KPI[sign.sign] ?? sign.sign, text }] : [];
  });
}
