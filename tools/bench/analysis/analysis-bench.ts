import {
  createAnalyzer,
  trainSentimentModel,
  trainThemeModel,
  type PolicyDefinition,
  type ThemeDefinition,
} from '@fulcrum/analysis';
import { BayesClassifier } from 'natural/lib/natural/classifiers';
import { SentimentAnalyzer } from 'natural/lib/natural/sentiment';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { WordTokenizer } from 'natural/lib/natural/tokenizers';
import type { BenchSection } from '../src/report';
import { loadBenchCorpus } from './bench-corpus';
import { textsPerSecond, timed } from './throughput';

// A taxonomy and rule book of ordinary size for one organisation.
const THEMES: ThemeDefinition[] = [
  { name: 'Billing', keywords: ['bill', 'invoice', 'charge', 'fee', 'overcharged'] },
  { name: 'Refunds', keywords: ['refund', 'money back', 'reimburse'] },
  { name: 'Delivery', keywords: ['delivery', 'parcel', 'courier', 'arrive'] },
  { name: 'Access', keywords: ['password', 'login', 'locked out', 'badge'] },
  { name: 'Waiting', keywords: ['wait', 'on hold', 'queue', 'delay'] },
  { name: 'Staff', keywords: ['staff', 'agent', 'manager', 'rude'] },
  { name: 'Digital', keywords: ['app', 'website', 'online', 'email'] },
  { name: 'Account', keywords: ['account', 'balance', 'statement'] },
  { name: 'Cancellation', keywords: ['cancel', 'cancellation', 'terminate'] },
  { name: 'Documents', keywords: ['form', 'document', 'receipt', 'proof'] },
];
const POLICIES: PolicyDefinition[] = [
  { name: 'Refunds need a receipt', aliases: ['proof of purchase'] },
  { name: 'Card replacements take five working days' },
  { name: 'Transfers over the daily limit need approval' },
  { name: 'Identity check before account changes' },
  { name: 'No cash refunds for card payments' },
  { name: 'Complaints answered within ten days' },
  { name: 'Fee waivers need manager sign off' },
  { name: 'Bookings change only online' },
  { name: 'Laptop requests need director approval' },
  { name: 'Overtime needs prior approval' },
];

const rate = (value: number) => `${Math.round(value).toLocaleString('en')} texts/s`;
const times = (value: number, stock: number) => `${(value / stock).toFixed(1)}×`;

/** Analysis throughput per core next to natural's stock pipeline and classifier, in one run. */
export async function benchAnalysis(): Promise<BenchSection> {
  const corpus = loadBenchCorpus();
  const { texts } = corpus;

  const tokenizer = new WordTokenizer();
  const afinn = new SentimentAnalyzer('English', PorterStemmer, 'afinn');
  const stockPipeline = textsPerSecond(texts, (text) =>
    afinn.getSentiment(tokenizer.tokenize(text)),
  );

  const { result: bayes, seconds: bayesTraining } = timed(() => {
    const classifier = new BayesClassifier(PorterStemmer);
    for (const example of corpus.labelled) classifier.addDocument(example.text, example.label);
    classifier.train();
    return classifier;
  });
  const stockBayes = textsPerSecond(texts, (text) => bayes.classify(text));

  const { result: themeModel, seconds: themeTraining } = timed(() =>
    trainThemeModel(
      corpus.labelled.map((example) => ({ text: example.text, themes: [example.label] })),
    ),
  );
  const sentimentModel = trainSentimentModel(corpus.sentiment);
  const ourClassifier = textsPerSecond(texts, (text) => themeModel.classify(text, 1));

  const rules = createAnalyzer({ themes: THEMES, policies: POLICIES });
  const full = createAnalyzer({ themes: THEMES, policies: POLICIES, themeModel, sentimentModel });
  const analyzeRules = textsPerSecond(texts, (text) => rules.analyze(text));
  const analyzeFull = textsPerSecond(texts, (text) => full.analyze(text));

  const trainingTexts = corpus.labelled.length.toLocaleString('en');
  return {
    title: 'Text analysis',
    method:
      `One core, ${texts.length.toLocaleString('en')} texts of about 200 characters (${corpus.source}); best of three rounds of at least 0.7 s after a warm-up. ` +
      'Every row runs in the same process on the same texts. "Full analyze" is the call intake makes: PII redaction, sentiment, warning signs, ' +
      `${THEMES.length} keyword themes and ${POLICIES.length} policies, plus the trained models where stated.`,
    columns: ['measure', 'per core', 'relative'],
    rows: [
      [
        'natural: WordTokenizer + Porter stemmer + AFINN SentimentAnalyzer (stock pipeline)',
        rate(stockPipeline),
        '1.0×',
      ],
      [
        'Fulcrum full analyze, lexicon sentiment, keyword themes',
        rate(analyzeRules),
        times(analyzeRules, stockPipeline),
      ],
      [
        'Fulcrum full analyze + 77-theme model + trained sentiment model',
        rate(analyzeFull),
        times(analyzeFull, stockPipeline),
      ],
      ['natural BayesClassifier.classify, 77 labels (stock)', rate(stockBayes), '1.0×'],
      [
        'Fulcrum theme model, 77 themes (tokenise + classify)',
        rate(ourClassifier),
        times(ourClassifier, stockBayes),
      ],
      [
        `Training: natural BayesClassifier, ${trainingTexts} texts, 77 labels`,
        `${bayesTraining.toFixed(1)} s`,
        '',
      ],
      [
        `Training: Fulcrum theme model, ${trainingTexts} texts, 77 themes (with calibration)`,
        `${themeTraining.toFixed(1)} s`,
        '',
      ],
    ],
  };
}
