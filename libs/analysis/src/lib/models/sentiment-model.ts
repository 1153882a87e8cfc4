import { DEFAULT_FEATURE_OPTIONS, type FeatureToken } from '../linear/feature-space';
import { DEFAULT_SOFTMAX_OPTIONS } from '../linear/softmax-regression';
import { TextClassifier, type ClassifierTrainingOptions } from '../linear/text-classifier';
import { scoreWithLexicon, type LexiconScore } from '../sentiment/lexicon-sentiment';
import { SENTIMENT_LABELS, type SentimentLabel } from '../sentiment/sentiment-label';
import { prepareText } from '../text/prepare';
import type { Token, TokenizedText } from '../text/tokenize';
import { contentHash, ModelFormatError, parseEnvelope, type ModelEnvelope } from './model-json';
import type { TrainingOptions } from './training-options';

/** Bump when what the sentiment model reads from a text changes: stored models of another set are refused. */
export const SENTIMENT_FEATURE_VERSION = 2; // 2: words inside a negation are their own features
export const SENTIMENT_MODEL_FORMAT = 'fulcrum.sentiment-model';
export type SentimentModelJson = ModelEnvelope<typeof SENTIMENT_MODEL_FORMAT>;

export interface SentimentExample {
  text: string;
  label: SentimentLabel;
}

// The lexicon's reading enters the model as features, so a trained model starts from what
// the lexicon knows (negation, intensity) and learns the organisation's own vocabulary on top.
function lexiconFeatures(tokenized: TokenizedText, lexicon: LexiconScore): number[] {
  return [
    lexicon.score,
    Math.tanh(lexicon.positive / 3),
    Math.tanh(lexicon.negative / 3),
    tokenized.questions > 0 ? 1 : 0,
    Math.min(tokenized.exclamations, 3) / 3,
  ];
}

// Words inside a negation's scope are read as their own features ("not helpful" shares no
// feature with "helpful"): the classic negation marking of Das & Chen (2001). Character
// n-grams still read the surface word.
function featureTokens(tokens: readonly Token[], negated: Uint8Array): readonly FeatureToken[] {
  if (!negated.includes(1)) return tokens;
  return tokens.map((token, index) =>
    negated[index] === 1 ? { kind: token.kind, norm: token.norm, stem: `~${token.stem}` } : token,
  );
}

/** A sentiment classifier trained on labelled examples; see trainSentimentModel. */
export class SentimentModel {
  private constructor(
    readonly version: string,
    readonly trainingExamples: number,
    private readonly classifier: TextClassifier,
  ) {}

  /** @internal */
  static create(
    version: string | undefined,
    trainingExamples: number,
    classifier: TextClassifier,
  ): SentimentModel {
    const resolved = version ?? `sentiment-${contentHash(JSON.stringify(classifier.toJson()))}`;
    return new SentimentModel(resolved, trainingExamples, classifier);
  }

  static fromJson(json: unknown): SentimentModel {
    const envelope = parseEnvelope(json, SENTIMENT_MODEL_FORMAT, SENTIMENT_FEATURE_VERSION);
    const unknownLabel = envelope.classifier.labels.find(
      (label) => !(SENTIMENT_LABELS as readonly string[]).includes(label),
    );
    if (unknownLabel !== undefined) {
      throw new ModelFormatError(
        `model.classifier.labels: "${unknownLabel}" is not one of ${SENTIMENT_LABELS.join(', ')}`,
      );
    }
    try {
      return new SentimentModel(
        envelope.version,
        envelope.trainingExamples,
        TextClassifier.fromJson(envelope.classifier),
      );
    } catch (error) {
      throw new ModelFormatError(`model.classifier: ${(error as Error).message}`);
    }
  }

  toJson(): SentimentModelJson {
    return {
      format: SENTIMENT_MODEL_FORMAT,
      formatVersion: 1,
      featureVersion: SENTIMENT_FEATURE_VERSION,
      version: this.version,
      trainingExamples: this.trainingExamples,
      classifier: this.classifier.toJson(),
    };
  }

  /** Probability of each sentiment label the model was trained on. */
  predict(tokenized: TokenizedText, lexicon: LexiconScore): Map<SentimentLabel, number> {
    const { probabilities } = this.classifier.classify(
      featureTokens(tokenized.tokens, lexicon.negated),
      lexiconFeatures(tokenized, lexicon),
    );
    return new Map(
      this.classifier.labels.map((label, index) => [label as SentimentLabel, probabilities[index]]),
    );
  }
}

const DEFAULT_SENTIMENT_TRAINING: ClassifierTrainingOptions = {
  ...DEFAULT_SOFTMAX_OPTIONS,
  epochs: 20,
  l2: 5e-5,
  balanceClasses: true,
  calibrate: true,
};

/**
 * Trains a sentiment classifier on labelled texts (negative / neutral / positive, and mixed
 * if used). Classes are balanced so a rare label is not drowned out. About 1.5 s for 6,000 short texts.
 */
export function trainSentimentModel(
  examples: readonly SentimentExample[],
  options: TrainingOptions = {},
): SentimentModel {
  const prepared = examples.map((example, index) => {
    if (!(SENTIMENT_LABELS as readonly string[]).includes(example.label)) {
      throw new Error(
        `examples[${index}].label: "${example.label}" is not one of ${SENTIMENT_LABELS.join(', ')}`,
      );
    }
    const { tokenized } = prepareText(example.text);
    const lexicon = scoreWithLexicon(tokenized);
    return {
      tokens: featureTokens(tokenized.tokens, lexicon.negated),
      label: example.label,
      extra: lexiconFeatures(tokenized, lexicon),
    };
  });
  const classifier = TextClassifier.train(
    prepared,
    { ...DEFAULT_FEATURE_OPTIONS, ...options.features },
    { ...DEFAULT_SENTIMENT_TRAINING, ...options.training },
  );
  return SentimentModel.create(options.version, examples.length, classifier);
}
