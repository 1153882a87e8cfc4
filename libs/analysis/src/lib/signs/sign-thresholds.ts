import type { WarningSign } from './sign-types';

/**
 * The confidence a warning-sign flag needs to be raised, per sign. Chosen on the training split
 * only (5-fold cross-validation of rules + model: the lowest threshold whose precision reaches
 * the target, sign-calibration.ts; print them with
 * `npx tsx tools/eval/src/calibrate-signs.ts`), never on the held-out examples the
 * evaluation reports. A unit test recomputes them, so they cannot drift from the data silently.
 */
export const DEFAULT_SIGN_THRESHOLDS: Readonly<Record<WarningSign, number>> = {
  excuse: 0.27,
  blame: 0.43,
  'policy-friction': 0.59,
  runaround: 0.67,
  overload: 0.55,
  'churn-risk': 0.32,
  escalation: 0.2,
  delay: 0.56,
  'staff-conduct': 0.51,
};
