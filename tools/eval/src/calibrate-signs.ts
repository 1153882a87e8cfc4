// Chooses each warning sign's threshold on the training split of the shipped labelled set
// (5-fold out-of-fold probabilities, never the held-out examples) and prints
// libs/analysis/src/lib/signs/sign-thresholds.ts values: `npx tsx tools/eval/src/calibrate-signs.ts`.
import { SIGN_EXAMPLES, WARNING_SIGNS, type WarningSign } from '@fulcrum/analysis';
import { chooseThreshold, outOfFoldProbabilities } from './evaluations/sign-examples';

export const SIGN_CALIBRATION_FOLDS = 5;
// The precision floor, reached on out-of-fold predictions of the training split.
export const TARGET_PRECISION = 0.85;

export function calibrateSignThresholds(): Record<WarningSign, number> {
  const train = SIGN_EXAMPLES.filter((example) => !example.heldOut);
  const probabilities = outOfFoldProbabilities(train, SIGN_CALIBRATION_FOLDS);
  return Object.fromEntries(
    WARNING_SIGNS.map((sign) => [
      sign,
      chooseThreshold(train, probabilities, sign, TARGET_PRECISION),
    ]),
  ) as Record<WarningSign, number>;
}

if (require.main === module) console.log(calibrateSignThresholds());
