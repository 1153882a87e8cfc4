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

/** Told of an active model that is not used because it was trained on an older feature set. */
export type OutdatedModelListener = (kind: string, error: OutdatedModelError) => void;

// A model trained on another feature set would weigh the wrong words: the analysis uses the
// shipped model or rules instead (the model listing says to retrain). Any other fault throws.
function load<Model>(
  kind: string,
  json: unknown,
  fromJson: (json: unknown) => Model,
  onOutdated: OutdatedModelListener,
): Model | undefined {
  if (!json) return undefined;
  try {
    return fromJson(json);
  } catch (error) {
    if (!(error instanceof OutdatedModelError)) throw error;
    onOutdated(kind, error);
    return undefined;
  }
}

export function analyzerFrom(
  configuration: AnalyzerConfiguration,
  onOutdated: OutdatedModelListener = () => undefined,
): Analyzer {
  return createAnalyzer({
    themes: configuration.themes,
    policies: configuration.policies,
    themeModel: load('theme', configuration.themeModel, ThemeModel.fromJson, onOutdated),
    sentimentModel: load(
      'sentiment',
      configuration.sentimentModel,
      SentimentModel.fromJson,
      onOutdated,
    ),
    signModel: load('sign', configuration.signModel, SignModel.fromJson, onOutdated),
  });
}
