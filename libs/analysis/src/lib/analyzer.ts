import { contentHash } from './models/model-json';
import type { SentimentModel } from './models/sentiment-model';
import type { ThemeModel } from './models/theme-model';
import type { Redaction } from './pii/redact';
import {
  PolicyMatcher,
  type PolicyDefinition,
  type PolicyMention,
} from './policies/policy-matcher';
import { scoreWithLexicon, withWarningSigns } from './sentiment/lexicon-sentiment';
import { sentimentFromLexicon, sentimentFromModel, type Sentiment } from './sentiment/sentiment';
import { DEFAULT_SIGN_RULES } from './signs/default-sign-rules';
import { combineConfidences, SignDetector, type Flag } from './signs/sign-detector';
import { defaultSignModel, type SignModel } from './signs/sign-model';
import { WARNING_SIGNS, type SignRule, type WarningSign, type Writer } from './signs/sign-types';
import { boundEvidence } from './evidence/evidence';
import {
  detectLanguageOfTokens,
  isAnalysedLanguage,
  type LanguageCode,
} from './language/detect-language';
import { prepareText } from './text/prepare';
import type { ThemeDefinition } from './themes/theme-definition';
import { ThemeTagger, type ThemeTag } from './themes/theme-tagger';

/** Version of the rules, lexicon and scoring in this library; recorded in every analysis. */
export const ENGINE_VERSION = 'fulcrum-analysis-3';
const LEXICON_SENTIMENT = 'lexicon';
// The sign model trained on the shipped sentences (its version changes with ENGINE_VERSION).
const BUILT_IN_SIGNS = 'built-in';
const KEYWORD_THEMES = 'keywords';

export interface AnalyzerConfig {
  themes?: readonly ThemeDefinition[];
  policies?: readonly PolicyDefinition[];
  themeModel?: ThemeModel;
  sentimentModel?: SentimentModel;
  /** Rules added to the built-in warning-sign rules (e.g. the organisation's own phrases). */
  extraSignRules?: readonly SignRule[];
  /** Minimum theme score to tag (default 0.5); below it a text stays untagged. */
  minThemeScore?: number;
  /**
   * Share of a text's content words the theme model must know for it to tag the text (default:
   * the model's own bar, fitted in training on held-out examples): below it the text is out of
   * the model's domain and the model abstains. 0 disables.
   */
  minKnownWordShare?: number;
  /** Minimum confidence to link a policy (default 0.7). */
  minPolicyConfidence?: number;
  /**
   * Per-sign minimum confidence of a warning-sign flag (default: the calibrated thresholds,
   * DEFAULT_SIGN_THRESHOLDS). 0 returns every candidate, for review tools.
   */
  signThresholds?: Partial<Record<WarningSign, number>>;
  /**
   * Per-sign confidence a warning sign needs from the model alone, with no rule of it in the
   * sentence (default: the calibrated DEFAULT_MODEL_ONLY_THRESHOLDS); 1 keeps only rule-backed flags.
   */
  signModelOnlyThresholds?: Partial<Record<WarningSign, number>>;
  /** The warning-sign model (default: the one trained on the shipped labelled set). */
  signModel?: SignModel;
  /** Warning signs from the rules alone, without the built-in sign model (for comparison). */
  rulesOnlySigns?: boolean;
}

export interface AnalysisContext {
  /** Who wrote the text. Defaults to staff when `kind` is a staff report or reply, else customer. */
  source?: Writer;
  /** The item's kind (request, complaint, feedback, compliment, staff_report, reply, …). */
  kind?: string;
  /** The team the item belongs to: themes and policies of other teams are left out. */
  team?: string;
}

/** `not-analysed`: the text's language is not one the analysis is written for; nothing was read from it. */
export type AnalysisStatus = 'analysed' | 'not-analysed';

export interface Analysis {
  /** ISO 639-1 code of the text's language (`und`: too short to tell, read as English; `other`: another script). */
  language: LanguageCode;
  status: AnalysisStatus;
  themes: ThemeTag[];
  sentiment: Sentiment;
  flags: Flag[];
  policyMentions: PolicyMention[];
  /** The text with personal data masked; every evidence offset refers to this text. */
  redactedText: string;
  redactions: Redaction[];
  /** Engine, theme model and sentiment model versions plus a fingerprint of the taxonomy and policies. */
  modelVersion: string;
}

export interface Analyzer {
  analyze(text: string, context?: AnalysisContext): Analysis;
  /**
   * Only the warning signs and protocol cues a text's own words raise, for texts whose themes,
   * sentiment and policy links are not wanted (staff replies on a timeline); far cheaper.
   */
  flags(text: string, context?: AnalysisContext): Flag[];
  readonly modelVersion: string;
}

// A policy cited in a negative text is evidence of friction, weaker than an explicit complaint about rules.
const POLICY_IN_NEGATIVE_TEXT = 0.6;

function writerOf(context: AnalysisContext): Writer {
  if (context.source !== undefined) return context.source;
  const kind = context.kind?.toLowerCase() ?? '';
  return kind.startsWith('staff') || kind === 'reply' ? 'staff' : 'customer';
}

/**
 * Builds an analyzer for one organisation's configuration. Construction compiles the rules,
 * keywords and policy names once; `analyze` is then a pure, synchronous call of well under
 * a millisecond on a typical text.
 */
export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const themes = config.themes ?? [];
  const policies = config.policies ?? [];
  const tagger = new ThemeTagger(
    themes,
    config.themeModel,
    config.minThemeScore,
    config.minKnownWordShare,
  );
  const policyMatcher = new PolicyMatcher(policies, config.minPolicyConfidence);
  const signs = new SignDetector(DEFAULT_SIGN_RULES, {
    model: config.rulesOnlySigns === true ? undefined : (config.signModel ?? defaultSignModel()),
    extraRules: config.extraSignRules,
    thresholds: config.signThresholds,
    modelOnlyThresholds: config.signModelOnlyThresholds,
  });
  const configuration = contentHash(
    JSON.stringify({ themes, policies, rules: config.extraSignRules ?? [] }),
  );
  const modelVersion = [
    ENGINE_VERSION,
    `themes:${config.themeModel?.version ?? KEYWORD_THEMES}`,
    `sentiment:${config.sentimentModel?.version ?? LEXICON_SENTIMENT}`,
    `signs:${config.rulesOnlySigns === true ? 'rules' : (config.signModel?.version ?? BUILT_IN_SIGNS)}`,
    `config:${configuration}`,
  ].join('/');

  function analyze(text: string, context: AnalysisContext = {}): Analysis {
    const { tokenized, redactions } = prepareText(text);
    const { language } = detectLanguageOfTokens(tokenized.tokens);
    if (!isAnalysedLanguage(language)) {
      // Read as English, a German complaint would come out neutral with no flags: say instead
      // that it was not analysed, so it is counted apart rather than as calm.
      return {
        language,
        status: 'not-analysed',
        themes: [],
        sentiment: { label: 'neutral', score: 0, confidence: 0, evidence: [], method: 'lexicon' },
        flags: [],
        policyMentions: [],
        redactedText: tokenized.text,
        redactions,
        modelVersion,
      };
    }
    const lexicon = scoreWithLexicon(tokenized);
    const flags = signs.detect(tokenized, writerOf(context), lexicon.byClause);
    const sentiment =
      config.sentimentModel === undefined
        ? sentimentFromLexicon(withWarningSigns(lexicon, flags.filter(isWarningSign)))
        : sentimentFromModel(config.sentimentModel.predict(tokenized, lexicon), lexicon);
    const policyMentions = policyMatcher.find(tokenized, context.team);
    if (
      policyMentions.length > 0 &&
      (sentiment.label === 'negative' || sentiment.label === 'mixed')
    ) {
      addPolicyFriction(flags, policyMentions);
    }
    return {
      language,
      status: 'analysed',
      themes: tagger.tag(tokenized, lexicon.byClause, context.team),
      sentiment,
      flags,
      policyMentions,
      redactedText: tokenized.text,
      redactions,
      modelVersion,
    };
  }

  function flags(text: string, context: AnalysisContext = {}): Flag[] {
    const { tokenized } = prepareText(text);
    if (!isAnalysedLanguage(detectLanguageOfTokens(tokenized.tokens).language)) return [];
    return signs.detect(tokenized, writerOf(context));
  }

  return { analyze, flags, modelVersion };
}

const isWarningSign = (flag: Flag) => (WARNING_SIGNS as readonly string[]).includes(flag.type);

function addPolicyFriction(flags: Flag[], mentions: readonly PolicyMention[]): void {
  const confidences = mentions.map((mention) => POLICY_IN_NEGATIVE_TEXT * mention.confidence);
  const evidence = mentions.flatMap((mention) => mention.evidence);
  const existing = flags.find((flag) => flag.type === 'policy-friction');
  if (existing === undefined) {
    flags.push({
      type: 'policy-friction',
      confidence: combineConfidences(confidences),
      evidence: boundEvidence(evidence),
    });
    return;
  }
  existing.confidence = combineConfidences([existing.confidence, ...confidences]);
  existing.evidence = boundEvidence([
    ...existing.evidence,
    ...evidence.filter((span) => !existing.evidence.some((kept) => kept.start === span.start)),
  ]);
}
