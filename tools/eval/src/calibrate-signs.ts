// Chooses each warning sign's threshold (and the confidence it needs from the model alone) on the training split of the shipped labelled set
// (10-fold out-of-fold confidences, never the held-out examples) and prints the values for
// libs/analysis/src/lib/signs/sign-thresholds.ts: `npx tsx tools/eval/src/calibrate-signs.ts`.
import { calibrateSignThresholds, createAnalyzer, SIGN_EXAMPLES } from '@fulcrum/analysis';

const { thresholds, modelOnly } = calibrateSignThresholds(SIGN_EXAMPLES, createAnalyzer);
console.log('DEFAULT_SIGN_THRESHOLDS', thresholds);
console.log('DEFAULT_MODEL_ONLY_THRESHOLDS', modelOnly);
