import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface BenchCorpus {
  /** Where the texts came from, for the table's method line. */
  source: string;
  /** Texts of about 200 characters, the size the targets are stated for. */
  texts: string[];
  /** 77-label training set for the classifiers. */
  labelled: { text: string; label: string }[];
  /** Sentiment-labelled training set. */
  sentiment: { text: string; label: 'negative' | 'neutral' | 'positive' }[];
}

const TARGET_LENGTH = 200;
const TEXTS = 2_000;
const DATA_DIR = process.env.FULCRUM_DATA_DIR ?? join(__dirname, '../../../../shared/data');

// Joins short texts (taken round-robin from `pool`) until each is about 200 characters.
function joinToLength(pool: readonly string[], count: number): string[] {
  const texts: string[] = [];
  let next = 0;
  while (texts.length < count) {
    let text = '';
    while (text.length < TARGET_LENGTH - 30)
      text += `${text === '' ? '' : ' '}${pool[next++ % pool.length].replace(/\s+/g, ' ').trim()}`;
    texts.push(text.slice(0, TARGET_LENGTH + 20));
  }
  return texts;
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(DATA_DIR, file)), { columns: true });
}

/** The labelled public data when present (../shared/data), else a generated stand-in of the same shape. */
export function loadBenchCorpus(): BenchCorpus {
  const banking = 'banking77.train.csv';
  const airline = 'airline-tweets.dev.csv';
  if (!existsSync(join(DATA_DIR, banking)) || !existsSync(join(DATA_DIR, airline)))
    return syntheticCorpus();
  const labelled = readCsv(banking).map((row) => ({ text: row.text, label: row.category }));
  const tweets = readCsv(airline);
  const pool = tweets.flatMap((tweet, index) => [
    tweet.text,
    labelled[index % labelled.length].text,
  ]);
  return {
    source: `BANKING77 queries and airline tweets joined to ~${TARGET_LENGTH} characters; classifiers trained on BANKING77 (${labelled.length.toLocaleString('en')} texts, 77 labels), the sentiment model on the tweets`,
    texts: joinToLength(pool, TEXTS),
    labelled,
    sentiment: tweets.map((tweet) => ({
      text: tweet.text,
      label: tweet.airline_sentiment as 'negative' | 'neutral' | 'positive',
    })),
  };
}

const WORDS = (
  'account card payment transfer refund order delivery parcel booking ticket invoice bill charge fee balance ' +
  'password login app website phone email address branch office manager agent team desk queue form approval ' +
  'policy receipt contract plan upgrade cancel change update arrive lost stolen broken late delayed missing ' +
  'wrong twice again still waiting since monday week month yesterday today please help thanks sorry why how when'
).split(' ');
const OPENERS = [
  'I have a problem with my',
  'Why is my',
  'Can you help with the',
  'Still waiting for the',
  'Thanks for sorting the',
];
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

// A deterministic stand-in: 77 labels, each with its own three words, in everyday sentences.
function syntheticCorpus(): BenchCorpus {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const sentence = (label: number) =>
    `${pick(OPENERS)} ${WORDS[label % WORDS.length]} ${WORDS[(label * 7 + 3) % WORDS.length]}, ${pick(WORDS)} ${pick(WORDS)} ${WORDS[(label * 13 + 5) % WORDS.length]} ${pick(WORDS)}.`;
  const labelled = Array.from({ length: 7_700 }, (_, index) => ({
    text: sentence(index % 77),
    label: `label-${index % 77}`,
  }));
  return {
    source: `generated sentences (../shared/data is absent): 77 labels × 100 training texts, texts joined to ~${TARGET_LENGTH} characters`,
    texts: joinToLength(
      labelled.map((example) => example.text),
      TEXTS,
    ),
    labelled,
    sentiment: labelled.map((example, index) => ({
      text: example.text,
      label: SENTIMENTS[index % 3],
    })),
  };
}
