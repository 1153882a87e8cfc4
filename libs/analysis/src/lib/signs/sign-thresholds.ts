import type { WarningSign } from './sign-types';

/**
 * The confidence a warning-sign flag needs to be raised, per sign. Chosen on the training split
 * only (10-fold cross-validation of rules + model: the lowest threshold whose precision reaches
 * the target, sign-calibration.ts; print them with
 * `npx tsx tools/eval/src/calibrate-signs.ts`), never on the held-out examples the
 * evaluation reports. A sign with no rule of its own in the sentence also needs the model's
 * confidence to reach MODEL_ONLY (sign-detector.ts). A unit test recomputes them, so they cannot drift from the data silently.
 */
export const DEFAULT_SIGN_THRESHOLDS: Readonly<Record<WarningSign, number>> = {
  excuse: 0.1,
  blame: 0.43,
  'policy-friction': 0.1,
  runaround: 0.48,
  overload: 0.1,
  'churn-risk': 0.1,
  escalation: 0.22,
  delay: 0.39,
  'staff-conduct': 0.1,
};
