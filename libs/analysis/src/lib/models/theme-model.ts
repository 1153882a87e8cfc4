import { DEFAULT_FEATURE_OPTIONS } from '../linear/feature-space';
import { DEFAULT_SOFTMAX_OPTIONS } from '../linear/softmax-regression';
import {
  TextClassifier,
  type ClassifierExample,
  type ClassifierTrainingOptions,
  type TokenContribution,
} from '../linear/text-classifier';
import { prepareText } from '../text/prepare';
import type { Token } from '../text/tokenize';
import { contentHash, ModelFormatError, parseEnvelope, type ModelEnvelope } from './model-json';
import type { TrainingOptions } from './training-options';

/** Bump when what the theme model reads from a text changes: stored models of another set are refused. */
export const THEME_FEATURE_VERSION = 1;
export const THEME_MODEL_FORMAT = 'fulcrum.theme-model';
export type ThemeModelJson = ModelEnvelope<typeof THEME_MODEL_FORMAT>;

/** A labelled text: the themes a person gave it (none: "no theme applies", which is learned too). */
export interface ThemeExample {
  text: string;
  themes: readonly string[];
}

export interface ThemeProbability {
  theme: string;
  probability: number;
}

export interface ThemePrediction {
  /** The most likely themes, most likely first. */
  themes: ThemeProbability[];
  /** The words that pushed the text towards one of those themes, strongest first. */
  explain(theme: string, limit: number): TokenContribution[];
}

// Texts a person marked as having no theme form their own class, so the model can say "none".
const NO_THEME = '';

/** A theme classifier trained on labelled examples; see trainThemeModel. */
export class ThemeModel {
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
  ): ThemeModel {
    const json = classifier.toJson();
    const resolved = version ?? `themes-${json.labels.length}-${contentHash(JSON.stringify(json))}`;
    return new ThemeModel(resolved, trainingExamples, classifier);
  }

  static fromJson(json: unknown): ThemeModel {
    const envelope = parseEnvelope(json, THEME_MODEL_FORMAT, THEME_FEATURE_VERSION);
    try {
      return new ThemeModel(
        envelope.version,
        envelope.trainingExamples,
        TextClassifier.fromJson(envelope.classifier),
      );
    } catch (error) {
      throw new ModelFormatError(`model.classifier: ${(error as Error).message}`);
    }
  }

  /** Theme names the model knows (without the "no theme" class). */
  get themes(): string[] {
    return this.classifier.labels.filter((label) => label !== NO_THEME);
  }

  toJson(): ThemeModelJson {
    return {
      format: THEME_MODEL_FORMAT,
      formatVersion: 1,
      featureVersion: THEME_FEATURE_VERSION,
      version: this.version,
      trainingExamples: this.trainingExamples,
      classifier: this.classifier.toJson(),
    };
  }

  /** The `limit` most likely themes of a text, however unlikely (e.g. suggestions for a person correcting tags). */
  classify(text: string, limit = 5): ThemeProbability[] {
    return this.predict(prepareText(text).tokenized.tokens, limit).themes;
  }

  /**
   * Share of a text's content words seen in training: out-of-domain texts score low. Cheaper
   * than `predict` (no scoring), so a text found out of domain need not be classified at all.
   */
  knownWordShare(tokens: readonly Token[]): number {
    return this.classifier.knownWordShare(tokens);
  }

  /**
   * Below this known-word share a text is out of the model's domain: the share that 95% of the
   * in-domain texts held out in training reach (0.9 for a model trained without calibration).
   */
  get minKnownWordShare(): number {
    return this.classifier.minKnownWordShare;
  }

  /** The `limit` most likely themes of a tokenised text, with a way to explain each. */
  predict(tokens: readonly Token[], limit: number): ThemePrediction {
    const { probabilities, vector } = this.classifier.classify(tokens);
    const labels = this.classifier.labels;
    const top: ThemeProbability[] = [];
    labels.forEach((theme, label) => {
      if (theme === NO_THEME) return;
      const probability = probabilities[label];
      if (top.length === limit && probability <= top[limit - 1].probability) return;
      top.splice(insertionIndex(top, probability), 0, { theme, probability });
      if (top.length > limit) top.pop();
    });
    return {
      themes: top,
      explain: (theme, count) =>
        this.classifier.contributions(tokens, vector, labels.indexOf(theme), count),
    };
  }
}

function insertionIndex(sorted: readonly ThemeProbability[], probability: number): number {
  let index = 0;
  while (index < sorted.length && sorted[index].probability >= probability) index++;
  return index;
}

// 20 passes rather than 12: on an intent benchmark (77 themes) 12 stop short of convergence
// (0.894 → 0.900 accuracy on one fold, with the weights kept at 30%).
const DEFAULT_THEME_TRAINING: ClassifierTrainingOptions = {
  ...DEFAULT_SOFTMAX_OPTIONS,
  epochs: 20,
  l2: 1e-5,
  calibrate: true,
};

/**
 * Trains a theme classifier. A text with several themes counts once per theme; a text
 * with none teaches the model what "no theme" looks like. Synchronous and CPU-bound
 * (about 13 s for 10,000 short texts and 77 themes on a quiet core, half of it calibration): run it off the request path.
 */
export function trainThemeModel(
  examples: readonly ThemeExample[],
  options: TrainingOptions = {},
): ThemeModel {
  const classifierExamples: ClassifierExample[] = [];
  examples.forEach((example, index) => {
    if (typeof example.text !== 'string')
      throw new Error(`examples[${index}].text: expected a string`);
    const tokens = prepareText(example.text).tokenized.tokens;
    const themes = example.themes.length > 0 ? example.themes : [NO_THEME];
    for (const theme of themes) classifierExamples.push({ tokens, label: theme });
  });
  const classifier = TextClassifier.train(
    classifierExamples,
    { ...DEFAULT_FEATURE_OPTIONS, ...options.features },
    { ...DEFAULT_THEME_TRAINING, ...options.training },
  );
  return ThemeModel.create(options.version, examples.length, classifier);
}
