// Quick one-core throughput of the full analysis (untrained and with a 77-theme model),
// without building the API: `npx tsx tools/bench/analysis/quick-analysis-throughput.ts`.
import { createAnalyzer, trainSentimentModel, trainThemeModel } from '@fulcrum/analysis';
import { loadBenchCorpus } from './bench-corpus';
import { textsPerSecond } from './throughput';

const corpus = loadBenchCorpus();
const untrained = createAnalyzer();
const full = createAnalyzer({
  themeModel: trainThemeModel(corpus.labelled.map((e) => ({ text: e.text, themes: [e.label] }))),
  sentimentModel: trainSentimentModel(corpus.sentiment),
});
const rate = (value: number) => `${Math.round(value).toLocaleString('en')} texts/s`;
console.log(
  `untrained analyze: ${rate(textsPerSecond(corpus.texts, (t) => untrained.analyze(t)))}`,
);
console.log(
  `full analyze (77 themes + sentiment model): ${rate(textsPerSecond(corpus.texts, (t) => full.analyze(t)))}`,
);
