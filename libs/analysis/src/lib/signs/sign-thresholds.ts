import type { WarningSign } from './sign-types';

/**
 * The confidence a warning-sign flag needs to be raised, per sign, and the higher confidence it
 * needs from the model alone when no rule of the sign fired in the sentence (sign-detector.ts).
 * Chosen on the training split only (10-fold cross-validation of rules + model, the most recall
 * whose precision holds at the target: sign-calibration.ts; print them with
 * `npx tsx tools/eval/src/calibrate-signs.ts`), never on the held-out examples the evaluation
 * reports. A unit test recomputes them, so they cannot drift from the data silently.
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

export const DEFAULT_MODEL_ONLY_THRESHOLDS: Readonly<Record<WarningSign, number>> = {
  excuse: 0.35,
  blame: 0.4,
  'policy-friction': 0.35,
  runaround: 0.5,
  overload: 0.35,
  'churn-risk': 0.35,
  escalation: 0.35,
  delay: 0.35,
  'staff-conduct': 0.35,
};
