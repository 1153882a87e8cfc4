import {
  type Analyzer,
  createAnalyzer,
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

export function analyzerFrom(configuration: AnalyzerConfiguration): Analyzer {
  return createAnalyzer({
    themes: configuration.themes,
    policies: configuration.policies,
    themeModel: configuration.themeModel
      ? ThemeModel.fromJson(configuration.themeModel)
      : undefined,
    sentimentModel: configuration.sentimentModel
      ? SentimentModel.fromJson(configuration.sentimentModel)
      : undefined,
    signModel: configuration.signModel ? SignModel.fromJson(configuration.signModel) : undefined,
  });
}
