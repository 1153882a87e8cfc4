import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export const DATA_FILES = {
  airline: 'airline-tweets.dev.csv',
  banking77: 'banking77.train.csv',
  mamsTrain: 'mams-acsa.train.xml',
  mamsValidation: 'mams-acsa.val.xml',
} as const;

export type SentimentLabel3 = 'negative' | 'neutral' | 'positive';

export interface AirlineTweet {
  text: string;
  sentiment: SentimentLabel3;
  /** Why a negative tweet is negative, when labelled. */
  reason?: string;
  reasonConfidence: number;
  /** The airline addressed, and when the tweet was sent ("2015-02-24 11:35:52 -0800"). */
  airline?: string;
  created?: string;
}

export interface LabelledText {
  text: string;
  label: string;
}

export interface AspectSentence {
  text: string;
  aspects: { category: string; polarity: string }[];
}

/** The data files that are missing from a folder (all of them when the folder is absent). */
export function missingDataFiles(dataDir: string): string[] {
  return Object.values(DATA_FILES).filter((file) => !existsSync(join(dataDir, file)));
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true });
}

export function loadAirlineTweets(dataDir: string): AirlineTweet[] {
  return readCsv(join(dataDir, DATA_FILES.airline)).map((row) => ({
    text: row.text,
    sentiment: row.airline_sentiment as SentimentLabel3,
    reason: row.negativereason === '' ? undefined : row.negativereason,
    reasonConfidence: Number(row.negativereason_confidence || 0),
    airline: row.airline,
    created: row.tweet_created,
  }));
}

export function loadBanking77(dataDir: string): LabelledText[] {
  return readCsv(join(dataDir, DATA_FILES.banking77)).map((row) => ({
    text: row.text,
    label: row.category,
  }));
}

export function loadMams(dataDir: string, split: 'train' | 'validation'): AspectSentence[] {
  const file = split === 'train' ? DATA_FILES.mamsTrain : DATA_FILES.mamsValidation;
  return parseMams(readFileSync(join(dataDir, file), 'utf8'));
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]);
}

/** Reads MAMS ACSA XML: <sentence><text>…</text><aspectCategories><aspectCategory category polarity/>… */
export function parseMams(xml: string): AspectSentence[] {
  const sentences: AspectSentence[] = [];
  for (const [, body] of xml.matchAll(/<sentence\b[^>]*>([\s\S]*?)<\/sentence>/g)) {
    const text = /<text>([\s\S]*?)<\/text>/.exec(body)?.[1];
    if (text === undefined) continue;
    const aspects = [...body.matchAll(/<aspectCategory\b([^>]*)\/>/g)].map(([, attributes]) => ({
      category: /category="([^"]*)"/.exec(attributes)?.[1] ?? '',
      polarity: /polarity="([^"]*)"/.exec(attributes)?.[1] ?? '',
    }));
    sentences.push({ text: decodeXml(text), aspects });
  }
  return sentences;
}
