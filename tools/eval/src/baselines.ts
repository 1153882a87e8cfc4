import { BayesClassifier } from 'natural/lib/natural/classifiers';
import { SentimentAnalyzer } from 'natural/lib/natural/sentiment';
import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { WordTokenizer } from 'natural/lib/natural/tokenizers';
import type { LabelledText, SentimentLabel3 } from './datasets';

// natural's stock pipeline, as its documentation shows it: word tokenizer, Porter stemmer, AFINN.
const tokenizer = new WordTokenizer();
const afinn = new SentimentAnalyzer('English', PorterStemmer, 'afinn');

/** Stock AFINN sentiment: the sign of natural's score. */
export function stockAfinnLabel(text: string): SentimentLabel3 {
  const score = afinn.getSentiment(tokenizer.tokenize(text));
  if (score > 0) return 'positive';
  if (score < 0) return 'negative';
  return 'neutral';
}

/** Stock naive Bayes with natural's defaults (Porter stemming, stop words removed). */
export function trainStockBayes(examples: readonly LabelledText[]): (text: string) => string {
  const classifier = new BayesClassifier(PorterStemmer);
  for (const example of examples) classifier.addDocument(example.text, example.label);
  classifier.train();
  return (text) => classifier.classify(text);
}
