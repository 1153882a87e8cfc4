import { createAnalyzer, trainSentimentModel, type Sentiment } from '@fulcrum/analysis';
import { stockAfinnLabel, trainStockBayes } from '../baselines';
import type { AirlineTweet, SentimentLabel3 } from '../datasets';
import { stratifiedFolds } from '../folds';
import { expectedCalibrationError, scoreClassification } from '../metrics';
import type { Table } from '../report';
import { secondsSince } from './timing';

/** Three-way reading of a four-way label: a mixed text counts for the side its score leans to. */
function asThreeWay(sentiment: Sentiment): SentimentLabel3 {
  if (sentiment.label !== 'mixed') return sentiment.label;
  if (sentiment.score > 0) return 'positive';
  return sentiment.score < 0 ? 'negative' : 'neutral';
}

export function evaluateSentiment(tweets: readonly AirlineTweet[], folds: number): Table {
  const gold = tweets.map((tweet) => tweet.sentiment);
  const untrained = createAnalyzer();
  const lexicon = tweets.map((tweet) => untrained.analyze(tweet.text).sentiment);
  const stock = tweets.map((tweet) => stockAfinnLabel(tweet.text));

  const trained = new Array<Sentiment>(tweets.length);
  const bayes = new Array<string>(tweets.length);
  let trainingSeconds = 0;
  for (const split of stratifiedFolds(gold, folds)) {
    const examples = split.train.map((index) => ({
      text: tweets[index].text,
      label: tweets[index].sentiment,
    }));
    const started = process.hrtime.bigint();
    const analyzer = createAnalyzer({ sentimentModel: trainSentimentModel(examples) });
    trainingSeconds += secondsSince(started);
    const classify = trainStockBayes(examples);
    for (const index of split.test) {
      trained[index] = analyzer.analyze(tweets[index].text).sentiment;
      bayes[index] = classify(tweets[index].text);
    }
  }

  const row = (method: string, training: string, predicted: readonly string[], note: string) => {
    const scores = scoreClassification(gold, predicted);
    return [method, training, scores.accuracy, scores.macroF1, note];
  };
  const mixedShare = (sentiments: readonly Sentiment[]) =>
    `${((100 * sentiments.filter((sentiment) => sentiment.label === 'mixed').length) / sentiments.length).toFixed(1)}% mixed`;
  const trainedThreeWay = trained.map(asThreeWay);
  const calibration = expectedCalibrationError(
    trained.map((sentiment) => sentiment.confidence),
    trainedThreeWay.map((label, index) => label === gold[index]),
  );
  return {
    title: `Sentiment: airline tweets (${tweets.length.toLocaleString('en-GB')} texts, negative / neutral / positive)`,
    columns: ['method', 'training', 'accuracy', 'macro-F1', 'notes'],
    rows: [
      row('natural SentimentAnalyzer (AFINN, Porter)', 'none', stock, 'sign of the score'),
      row('Fulcrum lexicon', 'none', lexicon.map(asThreeWay), mixedShare(lexicon)),
      row('natural BayesClassifier', `${folds}-fold CV`, bayes, ''),
      row(
        'Fulcrum sentiment model',
        `${folds}-fold CV`,
        trainedThreeWay,
        `${mixedShare(trained)}; ECE ${calibration.toFixed(3)}; ${(trainingSeconds / folds).toFixed(1)} s to train`,
      ),
    ],
    notes: [
      'A text labelled mixed counts as positive or negative by the sign of its score (the data has no mixed label).',
      'ECE: expected calibration error of the confidence (0 = confidence equals accuracy).',
    ],
  };
}
