import {
  type Analyzer,
  createAnalyzer,
  OutdatedModelError,
  SentimentModel,
  SignModel,
  ThemeModel,
} from '@fulcrum/analysis';

/**
 * Everything an analyzer is built from, as plain JSON: the API builds its own from it, and sends
 * it to the analysis worker threads, which cannot share the API's objects.
 */
export interface AnalyzerConfiguration {
  themes: { name: string; keywords: string[] }[];
  policies: { id: string; name: string; aliases: string[] }[];
  /** The active models as stored (ThemeModel / SentimentModel / SignModel JSON). */
  themeModel?: unknown;
  sentimentModel?: unknown;
  signModel?: unknown;
}

// A model trained on another feature set would weigh the wrong words: the analysis uses the
// shipped model or rules instead (the model listing says to retrain, and the API's thread logs
// it). Any other fault throws.
function load<Model>(json: unknown, fromJson: (json: unknown) => Model): Model | undefined {
  if (!json) return undefined;
  try {
    return fromJson(json);
  } catch (error) {
    if (!(error instanceof OutdatedModelError)) throw error;
    return undefined;
  }
}

export function analyzerFrom(configuration: AnalyzerConfiguration): Analyzer {
  return createAnalyzer({
    themes: configuration.themes,
    policies: configuration.policies,
    themeModel: load(configuration.themeModel, ThemeModel.fromJson),
    sentimentModel: load(configuration.sentimentModel, SentimentModel.fromJson),
    signModel: load(configuration.signModel, SignModel.fromJson),
  });
}
