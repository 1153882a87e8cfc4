export { createAnalyzer, ENGINE_VERSION } from './lib/analyzer';
export type {
  Analysis,
  AnalysisContext,
  AnalysisStatus,
  Analyzer,
  AnalyzerConfig,
} from './lib/analyzer';
export { ANALYSED_LANGUAGES, detectLanguage } from './lib/language/detect-language';
export type { DetectedLanguage, LanguageCode } from './lib/language/detect-language';
export { LABELLED_SENTIMENT } from './lib/sentiment/labelled-sentiment';
export type { SentimentSample } from './lib/sentiment/labelled-sentiment';
export type { Evidence } from './lib/evidence/evidence';

export type { ThemeDefinition } from './lib/themes/theme-definition';
export type { ThemeTag } from './lib/themes/theme-tagger';
export { examplesFromTaxonomy } from './lib/themes/taxonomy-examples';
export {
  ThemeModel,
  trainThemeModel,
  THEME_FEATURE_VERSION,
  THEME_MODEL_FORMAT,
} from './lib/models/theme-model';
export type {
  ThemeExample,
  ThemeModelJson,
  ThemePrediction,
  ThemeProbability,
} from './lib/models/theme-model';

export {
  SentimentModel,
  trainSentimentModel,
  SENTIMENT_FEATURE_VERSION,
  SENTIMENT_MODEL_FORMAT,
} from './lib/models/sentiment-model';
export type { SentimentExample, SentimentModelJson } from './lib/models/sentiment-model';
export { SENTIMENT_LABELS } from './lib/sentiment/sentiment-label';
export type { SentimentLabel } from './lib/sentiment/sentiment-label';
export type { Sentiment } from './lib/sentiment/sentiment';
export type { WeightedEvidence } from './lib/sentiment/lexicon-sentiment';

export {
  ModelFormatError,
  OutdatedModelError,
  storedFeatureVersion,
} from './lib/models/model-json';
export type { TrainingOptions } from './lib/models/training-options';

export { DEFAULT_SIGN_RULES } from './lib/signs/default-sign-rules';
export { PROTOCOL_CUES, WARNING_SIGNS } from './lib/signs/sign-types';
export type { FlagType, ProtocolCue, SignRule, WarningSign, Writer } from './lib/signs/sign-types';
export type { Flag } from './lib/signs/sign-detector';
export {
  SignModel,
  defaultSignModel,
  trainSignModel,
  SIGN_MODEL_FORMAT,
} from './lib/signs/sign-model';
export { SIGN_FEATURE_VERSION } from './lib/signs/sign-features';
export type { SignModelJson, SignTrainingExample } from './lib/signs/sign-model';
export { SIGN_EXAMPLES } from './lib/signs/labelled';
export type { SignExample } from './lib/signs/labelled';
export {
  DEFAULT_MODEL_ONLY_THRESHOLDS,
  DEFAULT_SIGN_THRESHOLDS,
} from './lib/signs/sign-thresholds';
export { calibrateSignThresholds, SIGN_CALIBRATION } from './lib/signs/sign-calibration';
export { MAX_EVIDENCE_CHARS, MAX_EVIDENCE_PER_FLAG } from './lib/evidence/evidence';

export type { PolicyDefinition, PolicyMention } from './lib/policies/policy-matcher';

export { redactPii, PLACEHOLDERS } from './lib/pii/redact';
export type { RedactedText, Redaction, RedactionType } from './lib/pii/redact';
export { findPii } from './lib/pii/find-pii';
export type { PiiKind, PiiSpan } from './lib/pii/pii-span';

export { atLeastDoubled, findEmergingTopics } from './lib/topics/emerging-topics';
export type { EmergingTopic, EmergingTopicOptions, PhraseRise } from './lib/topics/emerging-topics';
