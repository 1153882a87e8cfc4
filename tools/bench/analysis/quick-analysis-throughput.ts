// One-core throughput of the full analysis next to natural's stock pipeline, in one process,
// without building the API: `npx tsx tools/bench/analysis/quick-analysis-throughput.ts`.
// On a shared, loaded machine absolute rates drop; the ratio to the stock pipeline holds better.
import { createAnalyzer, trainSentimentModel, trainThemeModel } from '@fulcrum/analysis';
import { SentimentAnalyzer } from 'natural/lib/natural/sentiment';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { WordTokenizer } from 'natural/lib/natural/tokenizers';
import { loadBenchCorpus } from './bench-corpus';
import { textsPerSecond } from './throughput';

const corpus = loadBenchCorpus();
const tokenizer = new WordTokenizer();
const afinn = new SentimentAnalyzer('English', PorterStemmer, 'afinn');
const untrained = createAnalyzer();
const full = createAnalyzer({
  themeModel: trainThemeModel(
    corpus.labelled.map((example) => ({ text: example.text, themes: [example.label] })),
  ),
  sentimentModel: trainSentimentModel(corpus.sentiment),
});
const rate = (value: number) => `${Math.round(value).toLocaleString('en')} texts/s`;
const stock = textsPerSecond(corpus.texts, (text) => afinn.getSentiment(tokenizer.tokenize(text)));
const plain = textsPerSecond(corpus.texts, (text) => untrained.analyze(text));
const trained = textsPerSecond(corpus.texts, (text) => full.analyze(text));
console.log(`natural stock pipeline: ${rate(stock)}`);
console.log(`untrained analyze: ${rate(plain)} (${(plain / stock).toFixed(2)}× stock)`);
console.log(
  `full analyze (77 themes + sentiment model): ${rate(trained)} (${(trained / stock).toFixed(2)}× stock)`,
);
