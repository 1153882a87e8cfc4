import {
  SENTIMENT_FEATURE_VERSION,
  SIGN_FEATURE_VERSION,
  storedFeatureVersion,
  THEME_FEATURE_VERSION,
} from '@fulcrum/analysis';
import { ModelKind } from './analysis.enums';

const CURRENT_FEATURE_VERSION: Record<ModelKind, number> = {
  [ModelKind.THEME]: THEME_FEATURE_VERSION,
  [ModelKind.SENTIMENT]: SENTIMENT_FEATURE_VERSION,
  [ModelKind.SIGN]: SIGN_FEATURE_VERSION,
};

/**
 * Whether a stored model was trained on another feature set than this version reads: the
 * analysis does not use it (the library refuses it on load), so it must be retrained.
 */
export function featureSetOutdated(model: {
  kind: ModelKind;
  featureVersion: number | null;
}): boolean {
  return storedFeatureVersion(model.featureVersion) !== CURRENT_FEATURE_VERSION[model.kind];
}
