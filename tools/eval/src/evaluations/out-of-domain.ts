import { createAnalyzer, trainThemeModel, type Analyzer } from '@fulcrum/analysis';
import type { AirlineTweet, LabelledText } from '../datasets';
import type { Table } from '../report';
import { throughput } from './timing';

// The one bar every model had before each fitted its own.
const FIXED_BAR = 0.9;

/**
 * How often a theme model tags texts from another domain confidently, with and without
 * abstention, and how fast the full analysis runs with that 77-theme model loaded.
 */
export function evaluateOutOfDomain(
  banking: readonly LabelledText[],
  tweets: readonly AirlineTweet[],
): Table {
  const model = trainThemeModel(
    banking.map((example) => ({ text: example.text, themes: [example.label] })),
  );
  const rate = (analyzer: Analyzer, texts: readonly string[]) =>
    texts.filter((text) => analyzer.analyze(text).themes.length > 0).length / texts.length;
  const tweetTexts = tweets.map((tweet) => tweet.text);
  const abstaining = createAnalyzer({ themeModel: model });
  const always = createAnalyzer({ themeModel: model, minKnownWordShare: 0 });
  const fixedBar = createAnalyzer({ themeModel: model, minKnownWordShare: FIXED_BAR });
  const speed = (analyzer: Analyzer) => throughput(tweetTexts, (text) => analyzer.analyze(text));
  return {
    title: 'Themes out of domain: a BANKING77 model reading airline tweets',
    intro: `Model trained on all ${banking.length.toLocaleString('en-GB')} BANKING77 texts; share of the ${tweets.length.toLocaleString('en-GB')} airline tweets given a theme at the default threshold (score ≥ 0.5). A theme model abstains when fewer of a text's content words were seen in training (a typo of a known word counts as known) than its bar: the share that 95% of the in-domain texts held out in training reach, here ${model.minKnownWordShare}. Speed: the full analysis of the tweets (masking, tokens, sentiment, signs, themes) with the model loaded, in texts per processor-second.`,
    columns: ['theme model', 'airline tweets tagged', 'texts/s'],
    rows: [
      ['without abstention', rate(always, tweetTexts), ''],
      [`fixed bar: ${FIXED_BAR * 100}% of words known (before)`, rate(fixedBar, tweetTexts), ''],
      [
        `the model's own bar, ${model.minKnownWordShare} (default)`,
        rate(abstaining, tweetTexts),
        speed(abstaining),
      ],
      [
        'speed on the BANKING77 texts themselves (in domain)',
        '',
        throughput(
          banking.map((example) => example.text),
          (text) => abstaining.analyze(text),
        ),
      ],
    ],
    notes: [
      'In-domain cost: see "tagged" in the themes table above, measured with abstention on.',
      "Texts/s: a tweet out of the model's domain skips the theme model's scoring; in-domain texts pay for it.",
    ],
  };
}
