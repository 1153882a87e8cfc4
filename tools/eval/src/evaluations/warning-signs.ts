import { createAnalyzer, WARNING_SIGNS, type Analysis, type WarningSign } from '@fulcrum/analysis';
import type { AirlineTweet, AspectSentence } from '../datasets';
import { binaryScores } from '../metrics';
import type { Cell, Table } from '../report';

const RELIABLE_REASON = 0.66;

interface Labelled {
  analysis: Analysis;
  hasLabel: boolean;
}

interface Proxy {
  sign: WarningSign;
  label: string;
  data: string;
  items: Labelled[];
}

const flagged = (analysis: Analysis, sign: WarningSign) =>
  analysis.flags.some((flag) => flag.type === sign);
const anySign = (analysis: Analysis) =>
  analysis.flags.some((flag) => (WARNING_SIGNS as readonly string[]).includes(flag.type));

function proxyRow({ sign, label, data, items }: Proxy): Cell[] {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { analysis, hasLabel } of items) {
    const hit = flagged(analysis, sign);
    if (hit && hasLabel) truePositives++;
    else if (hasLabel) falseNegatives++;
    else if (hit) falsePositives++;
  }
  const scores = binaryScores(truePositives, falsePositives, falseNegatives);
  return [
    sign,
    label,
    data,
    scores.precision,
    scores.recall,
    scores.f1,
    truePositives + falseNegatives,
  ];
}

function share(analyses: readonly Analysis[], test: (analysis: Analysis) => boolean): number {
  return analyses.length === 0 ? 0 : analyses.filter(test).length / analyses.length;
}

/** Warning signs (untrained, customer-written texts): proxies where labels exist, firing rates everywhere. */
export function evaluateWarningSigns(
  tweets: readonly AirlineTweet[],
  sentences: readonly AspectSentence[],
): Table[] {
  const analyzer = createAnalyzer();
  const tweetAnalyses = tweets.map((tweet) => analyzer.analyze(tweet.text));
  const sentenceAnalyses = sentences.map((sentence) => analyzer.analyze(sentence.text));
  const reasonIn = (tweet: AirlineTweet, reasons: string[]) =>
    tweet.reason !== undefined &&
    tweet.reasonConfidence >= RELIABLE_REASON &&
    reasons.includes(tweet.reason);
  const aspectNegative = (sentence: AspectSentence, category: string) =>
    sentence.aspects.some(
      (aspect) => aspect.category === category && aspect.polarity === 'negative',
    );
  const onTweets = (reasons: string[]) =>
    tweets.map((tweet, index) => ({
      analysis: tweetAnalyses[index],
      hasLabel: reasonIn(tweet, reasons),
    }));
  const onSentences = (category: string) =>
    sentences.map((sentence, index) => ({
      analysis: sentenceAnalyses[index],
      hasLabel: aspectNegative(sentence, category),
    }));

  const proxies: Proxy[] = [
    {
      sign: 'delay',
      label: 'reason Late Flight or longlines',
      data: 'airline tweets',
      items: onTweets(['Late Flight', 'longlines']),
    },
    {
      sign: 'delay',
      label: 'service negative',
      data: 'MAMS sentences',
      items: onSentences('service'),
    },
    {
      sign: 'staff-conduct',
      label: 'staff negative',
      data: 'MAMS sentences',
      items: onSentences('staff'),
    },
    {
      sign: 'staff-conduct',
      label: 'reason Flight Attendant Complaints',
      data: 'airline tweets',
      items: onTweets(['Flight Attendant Complaints']),
    },
    {
      sign: 'runaround',
      label: 'reason Customer Service Issue',
      data: 'airline tweets',
      items: onTweets(['Customer Service Issue']),
    },
  ];

  const bySentiment = (label: AirlineTweet['sentiment']) =>
    tweetAnalyses.filter((_, index) => tweets[index].sentiment === label);
  const negative = bySentiment('negative');
  const neutral = bySentiment('neutral');
  const positive = bySentiment('positive');
  const calm = sentenceAnalyses.filter((_, index) =>
    sentences[index].aspects.every((aspect) => aspect.polarity !== 'negative'),
  );
  const rateRow = (name: string, test: (analysis: Analysis) => boolean): Cell[] => [
    name,
    share(negative, test),
    share(neutral, test),
    share(positive, test),
    share(calm, test),
  ];

  return [
    {
      title: 'Warning signs against the closest labels (untrained)',
      intro:
        'No data set labels excuses, blame or churn; these proxies are the nearest labels there are.',
      columns: [
        'sign',
        'proxy label (reason confidence ≥ 0.66)',
        'data',
        'precision',
        'recall',
        'F1',
        'support',
      ],
      rows: proxies.map(proxyRow),
      notes: [
        'Precision against a proxy is a lower bound: a delay flagged on a tweet labelled "Cancelled Flight" or "Customer Service Issue" counts as a false positive here.',
        'Runaround is one kind of customer-service issue among many, so its recall against that reason is expected to be low; its precision says how often a flagged tweet is about customer service at all.',
      ],
    },
    {
      title: 'How often each sign fires (false alarms on neutral and positive texts)',
      intro: `Share of texts flagged, by their human label: airline tweets negative (${negative.length.toLocaleString('en-GB')}), neutral (${neutral.length.toLocaleString('en-GB')}), positive (${positive.length.toLocaleString('en-GB')}); MAMS sentences with no negative aspect (${calm.length.toLocaleString('en-GB')}).`,
      columns: [
        'sign',
        'negative tweets',
        'neutral tweets',
        'positive tweets',
        'MAMS, no negative aspect',
      ],
      rows: [
        ...WARNING_SIGNS.map((sign) => rateRow(sign, (analysis) => flagged(analysis, sign))),
        rateRow('any warning sign', anySign),
      ],
      notes: [
        'Texts are read as customer-written, so staff-only rules (blame in a reply, protocol cues, overtime) do not apply.',
      ],
    },
  ];
}
