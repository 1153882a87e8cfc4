export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive', 'mixed'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
