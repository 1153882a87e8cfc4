// Chooses each warning sign's threshold on the training split of the shipped labelled set
// (10-fold out-of-fold confidences, never the held-out examples) and prints the values for
// libs/analysis/src/lib/signs/sign-thresholds.ts: `npx tsx tools/eval/src/calibrate-signs.ts`.
import { calibrateSignThresholds, createAnalyzer, SIGN_EXAMPLES } from '@fulcrum/analysis';

console.log(calibrateSignThresholds(SIGN_EXAMPLES, createAnalyzer));
