import { analyseClauses, type Clause } from '../clauses/clause-analysis';
import { negationScope } from '../clauses/negation';
import { DEFAULT_SOFTMAX_OPTIONS } from '../linear/softmax-regression';
import { TextClassifier, type ClassifierExample } from '../linear/text-classifier';
import {
  contentHash,
  ModelFormatError,
  parseEnvelope,
  type ModelEnvelope,
} from '../models/model-json';
import { scoreWithLexicon } from '../sentiment/lexicon-sentiment';
import { prepareText } from '../text/prepare';
import { stem } from '../text/stem';
import { STOPWORDS } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import { DEFAULT_SIGN_RULES } from './default-sign-rules';
import { SIGN_EXAMPLES } from './labelled';
import { conceptAt, SIGN_FEATURE_VERSION, signFeatureTokens } from './sign-features';
import { ruleFeatures, SignRuleMatcher, type RuleHit } from './sign-rule-matcher';
import { WARNING_SIGNS, type WarningSign, type Writer } from './sign-types';

/** A labelled text for the sign model: the warning signs it shows (none: a negative of every sign). */
export interface SignTrainingExample {
  text: string;
  writer: Writer;
  signs: readonly WarningSign[];
}

const NONE = 'none';
export const SIGN_MODEL_FORMAT = 'fulcrum.sign-model';
export type SignModelJson = ModelEnvelope<typeof SIGN_MODEL_FORMAT>;
// In weight units of a tf-idf feature (values ~0.2–0.4 in a sentence): a word must favour a
// sign over "none" by this much to open the gate. On the 2,000 labelled sentences it changes
// the flags of one (sign-model.spec.ts allows 1 in 1,000); it skips ~25% of sentences.
const GATE_MARGIN = 2;
const ACTOR_TAG = /^[a-z-]+:/;
const ZEROS: readonly number[] = WARNING_SIGNS.map(() => 0);
const FUNCTION_STEMS = new Set([...STOPWORDS].map((word) => stem(word)));

export interface SignModelOptions {
  l2: number;
  balanceClasses: boolean;
  charNgramSizes: number[];
  epochs: number;
  learningRate: number;
  gated: boolean;
}

export const DEFAULT_SIGN_MODEL_OPTIONS: SignModelOptions = {
  // Weak regularisation and more passes: with ~1,000 short sentences the model underfits
  // paraphrases at 1e-4 (held-out recall 0.45 → 0.59 at the same precision); 80 epochs train
  // in about 2 s.
  l2: 1e-6,
  balanceClasses: false,
  charNgramSizes: [],
  epochs: 80,
  learningRate: 1,
  gated: true,
};

/** Everything the sign model and rules need to know about one text, computed once. */
export interface SignReading {
  tokens: readonly Token[];
  /** Lexicon valence summed per tokeniser clause (lexicon-sentiment.ts). */
  valenceByClause: ReadonlyMap<number, number>;
  clauses: Clause[];
  negated: Uint8Array;
  hits: RuleHit[];
}

export function readForSigns(
  tokens: readonly Token[],
  text: string,
  writer: Writer,
  rules: SignRuleMatcher,
  valenceByClause: ReadonlyMap<number, number>,
): SignReading {
  const clauses = analyseClauses(tokens, text, writer);
  const negated = negationScope(tokens, clauses);
  return {
    tokens,
    valenceByClause,
    clauses,
    negated,
    hits: rules.hits(tokens, clauses, negated, writer),
  };
}

// How positive and how negative a token range reads: most innocent uses of a trigger word are
// in neutral or glad sentences ("transferred to a specialist who knew exactly what to do").
function valenceFeatures(reading: SignReading, from: number, to: number): number[] {
  let positive = 0;
  let negative = 0;
  let clause = -1;
  for (let i = from; i < to; i++) {
    if (reading.tokens[i].clause === clause) continue;
    clause = reading.tokens[i].clause;
    const valence = reading.valenceByClause.get(clause) ?? 0;
    if (valence > 0) positive += valence;
    else negative -= valence;
  }
  return [Math.tanh(positive / 2), Math.tanh(negative / 2)];
}

function extraFeatures(reading: SignReading, from: number, to: number): number[] {
  const features = ruleFeatures(reading.hits, reading.tokens, from, to);
  const [positive, negative] = valenceFeatures(reading, from, to);
  features.push(positive, negative);
  return features;
}

/**
 * One multinomial logistic regression over the warning signs and "none", reading a sentence's
 * stems with roles and negation made explicit (sign-features.ts) plus which rules fired there.
 * Trained in well under a second on the shipped labelled set; probabilities are temperature-
 * calibrated and serve as the flags' confidences.
 */
export class SignModel {
  private readonly signIndex: Int32Array;
  // Words that can lift a sentence towards a sign: a sentence with none of them (and no rule
  // hit) is not run through the model, which is most sentences (see GATE_MARGIN).
  private readonly triggers: Set<string>;

  private constructor(
    /** Identifies the trained weights (a hash of them); analysis output records it. */
    readonly version: string,
    readonly trainingExamples: number,
    private readonly classifier: TextClassifier,
    /** Skip sentences with no word that favours a sign (off only to check the gate). */
    readonly gated = true,
  ) {
    this.signIndex = Int32Array.from(WARNING_SIGNS, (sign) => classifier.labels.indexOf(sign));
    // Function words carry weight only beside others ("to", "that"): never a reason alone.
    // A family tagged with its actor (`staff:~§reply`) opens the gate as the family itself.
    // Negated or not, a trigger opens the gate: stored without its "~", so reading a sentence
    // looks each word up once and builds no strings.
    this.triggers = new Set(
      [...classifier.wordsFavouring(WARNING_SIGNS, NONE, GATE_MARGIN)]
        .map((word) => word.replace(ACTOR_TAG, '').replace(/^~/, ''))
        .filter((word) => !STOPWORDS.has(word) && !FUNCTION_STEMS.has(word)),
    );
  }

  /** Whether a sentence holds a word or rule hit that could raise a sign (else every probability is near zero). */
  private worthReading(reading: SignReading, clauses: readonly Clause[], writer: Writer): boolean {
    const from = clauses[0].startToken;
    const to = clauses[clauses.length - 1].endToken;
    for (const hit of reading.hits) if (hit.startToken >= from && hit.startToken < to) return true;
    for (let i = from; i < to; i++) {
      const token = reading.tokens[i];
      const stem = conceptAt(reading.tokens, i) ?? token.stem;
      if (this.triggers.has(stem)) return true;
    }
    return this.triggers.has(`§w-${writer}`);
  }

  static fromJson(json: unknown): SignModel {
    const envelope = parseEnvelope(json, SIGN_MODEL_FORMAT, SIGN_FEATURE_VERSION);
    const labels = envelope.classifier.labels;
    const unknownLabel = labels.find(
      (label) => label !== NONE && !(WARNING_SIGNS as readonly string[]).includes(label),
    );
    if (unknownLabel !== undefined || !labels.includes(NONE))
      throw new ModelFormatError(
        `model.classifier.labels: expected "${NONE}" and warning signs (${WARNING_SIGNS.join(', ')}), found ${JSON.stringify(labels)}`,
      );
    try {
      return new SignModel(
        envelope.version,
        envelope.trainingExamples,
        TextClassifier.fromJson(envelope.classifier),
      );
    } catch (error) {
      throw new ModelFormatError(`model.classifier: ${(error as Error).message}`);
    }
  }

  toJson(): SignModelJson {
    return {
      format: SIGN_MODEL_FORMAT,
      formatVersion: 1,
      featureVersion: SIGN_FEATURE_VERSION,
      version: this.version,
      trainingExamples: this.trainingExamples,
      classifier: this.classifier.toJson(),
    };
  }

  static train(
    examples: readonly SignTrainingExample[],
    options: Partial<SignModelOptions> = {},
  ): SignModel {
    const settings = { ...DEFAULT_SIGN_MODEL_OPTIONS, ...options };
    const rules = new SignRuleMatcher(DEFAULT_SIGN_RULES);
    const prepared: ClassifierExample[] = [];
    for (const example of examples) {
      const { tokenized } = prepareText(example.text);
      const reading = readForSigns(
        tokenized.tokens,
        tokenized.text,
        example.writer,
        rules,
        scoreWithLexicon(tokenized).byClause,
      );
      const tokens = signFeatureTokens(
        reading.tokens,
        reading.clauses,
        reading.negated,
        example.writer,
      );
      const extra = extraFeatures(reading, 0, reading.tokens.length);
      const labels = example.signs.length > 0 ? example.signs : [NONE];
      for (const label of labels) prepared.push({ tokens, label, extra });
    }
    const featureOptions = {
      maxWordNgram: 2,
      charNgramSizes: settings.charNgramSizes,
      minDocumentFrequency: 2,
    };
    const trainingOptions = {
      ...DEFAULT_SOFTMAX_OPTIONS,
      epochs: settings.epochs,
      keepFraction: 1,
      learningRate: settings.learningRate,
      l2: settings.l2,
      balanceClasses: settings.balanceClasses,
      calibrate: true,
    };
    const classifier = TextClassifier.train(prepared, featureOptions, trainingOptions);
    const version = `signs-${contentHash(JSON.stringify(classifier.toJson()))}`;
    return new SignModel(version, examples.length, classifier, settings.gated);
  }

  /**
   * Share of the content words of a sentence's clauses that the model has learned (a word family
   * counts as learned). Unseen words drop out of the model's vector, so in a sentence mostly made
   * of them ("to start 3xweekly #B737 flights from #Newark") the few known words decide alone.
   */
  knownShare(reading: SignReading, clauses: readonly Clause[]): number {
    const from = clauses[0].startToken;
    const to = clauses[clauses.length - 1].endToken;
    let families = 0;
    const others: Token[] = [];
    for (let i = from; i < to; i++) {
      const token = reading.tokens[i];
      if (token.kind !== 'word' || STOPWORDS.has(token.norm)) continue;
      if (conceptAt(reading.tokens, i) !== undefined) families++;
      else others.push(token);
    }
    const content = families + others.length;
    return content === 0
      ? 1
      : (families + others.length * this.classifier.knownWordShare(others)) / content;
  }

  /** Probability of each warning sign (in WARNING_SIGNS order) for one sentence's clauses. */
  predict(reading: SignReading, clauses: readonly Clause[], writer: Writer): readonly number[] {
    if (this.gated && !this.worthReading(reading, clauses, writer)) return ZEROS;
    const from = clauses[0].startToken;
    const to = clauses[clauses.length - 1].endToken;
    const tokens = signFeatureTokens(reading.tokens, clauses, reading.negated, writer);
    const { probabilities } = this.classifier.classify(tokens, extraFeatures(reading, from, to));
    const signs: number[] = [];
    for (const index of this.signIndex) signs.push(index < 0 ? 0 : probabilities[index]);
    return signs;
  }
}

let defaultModel: SignModel | undefined;

/** The shipped labelled set's training split (the held-out sentences only ever measure). */
const shippedTrainingExamples = () => SIGN_EXAMPLES.filter((example) => !example.heldOut);

/** The model trained on the shipped labelled set's training split (trained once, on first use). */
export function defaultSignModel(): SignModel {
  defaultModel ??= SignModel.train(shippedTrainingExamples());
  return defaultModel;
}

/**
 * The next version of the sign model: the shipped sentences plus an organisation's own
 * (flags its people confirmed or rejected, as the evidence that raised them). The calibrated
 * thresholds stay: a few hundred corrections are too few to move them reliably.
 */
export function trainSignModel(corrections: readonly SignTrainingExample[]): SignModel {
  corrections.forEach((example, index) => {
    const unknown = example.signs.find(
      (sign) => !(WARNING_SIGNS as readonly string[]).includes(sign),
    );
    if (unknown !== undefined)
      throw new Error(`examples[${index}].signs: "${unknown}" is not a warning sign`);
  });
  return SignModel.train([...shippedTrainingExamples(), ...corrections]);
}
