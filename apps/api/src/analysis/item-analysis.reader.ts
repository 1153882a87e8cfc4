import { redactPii } from '@fulcrum/analysis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AnalysisStatus, type FlagVerdict, type ThemeOrigin } from './analysis.enums';
import { type FlagType, type SentimentLabel } from '../items/item.enums';
import type { ItemAnalysisView, TextSpan } from './dto/item-analysis.view';

/** What a list row shows of an item's analysis. */
export interface AnalysisSummary {
  sentiment: SentimentLabel | null;
  themes: { themeId: string; name: string; score: number; origin: ThemeOrigin }[];
  flags: FlagType[];
}

export type AnalysisSummaryWithText = AnalysisSummary & {
  redactedText: string | null;
  status: AnalysisStatus | null;
};

interface StoredDetails {
  themes: { name: string; score: number; spans: [number, number][] }[];
  sentiment: { method: string; confidence: number; spans: [number, number, number][] };
  flags: { type: FlagType; confidence: number; spans: [number, number][] }[];
  policies: { id: string; confidence: number; matched: string; spans: [number, number][] }[];
  /** Absent in analyses stored before language detection. */
  language?: string;
  status?: 'analysed' | 'not-analysed';
}

interface AnalysisRow {
  status: AnalysisStatus;
  model_version: string;
  analysed_at: Date;
  sentiment: SentimentLabel | null;
  sentiment_score: number | null;
  redacted_text: string | null;
  details: StoredDetails | null;
  error: string | null;
}

/** Reads stored analyses back for the API: summaries for lists, full evidence for one item. */
@Injectable()
export class ItemAnalysisReader {
  /** Per item object, so a request's rows are read once and nothing outlives the request. */
  private readonly summaryByItem = new WeakMap<object, Promise<AnalysisSummaryWithText>>();
  private batch: { ids: Set<string>; read: Promise<Map<string, AnalysisSummaryWithText>> } | null =
    null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One item's summary. The summaries asked for until the event loop turns (a page's rows, whose
   * fields resolve together) are read with one query, not one per row.
   */
  summaryOf(item: { id: string }): Promise<AnalysisSummaryWithText> {
    let summary = this.summaryByItem.get(item);
    if (!summary) {
      summary = this.batched(item.id);
      this.summaryByItem.set(item, summary);
    }
    return summary;
  }

  private async batched(itemId: string): Promise<AnalysisSummaryWithText> {
    if (!this.batch) {
      const ids = new Set<string>();
      const read = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.batch = null;
        return this.summaries([...ids]);
      });
      this.batch = { ids, read };
    }
    this.batch.ids.add(itemId);
    const summary = (await this.batch.read).get(itemId);
    if (!summary) throw new Error(`No analysis summary for item ${itemId}`);
    return summary;
  }

  /** The text as everyone sees it: personal data masked, whether or not the analysis succeeded. */
  static displayText(
    text: string,
    redactedText: string | null,
    status: AnalysisStatus | null,
  ): string {
    if (redactedText !== null) return redactedText;
    return status === AnalysisStatus.DONE ? text : redactPii(text).text;
  }

  async summaries(itemIds: readonly string[]): Promise<Map<string, AnalysisSummaryWithText>> {
    if (itemIds.length === 0) return new Map();
    const [analyses, themes, flags] = await Promise.all([
      this.dataSource.query<
        {
          item_id: string;
          status: AnalysisStatus;
          sentiment: SentimentLabel | null;
          redacted_text: string | null;
        }[]
      >(
        'SELECT item_id, status, sentiment, redacted_text FROM item_analyses WHERE item_id = ANY($1::uuid[])',
        [itemIds],
      ),
      this.dataSource.query<
        { item_id: string; theme_id: string; name: string; score: number; origin: ThemeOrigin }[]
      >(
        `SELECT it.item_id, it.theme_id, t.name, it.score, it.origin FROM item_themes it JOIN themes t ON t.id = it.theme_id
          WHERE it.item_id = ANY($1::uuid[]) ORDER BY it.score DESC`,
        [itemIds],
      ),
      this.dataSource.query<{ item_id: string; types: FlagType[] }[]>(
        'SELECT item_id, array_agg(DISTINCT type)::text[] AS types FROM item_flags WHERE item_id = ANY($1::uuid[]) GROUP BY item_id',
        [itemIds],
      ),
    ]);
    const summaries = new Map<string, AnalysisSummaryWithText>();
    const summaryOf = (itemId: string) => {
      let summary = summaries.get(itemId);
      if (!summary) {
        summary = { sentiment: null, themes: [], flags: [], redactedText: null, status: null };
        summaries.set(itemId, summary);
      }
      return summary;
    };
    for (const id of itemIds) summaryOf(id);
    for (const row of analyses) {
      Object.assign(summaryOf(row.item_id), {
        sentiment: row.sentiment,
        redactedText: row.redacted_text,
        status: row.status,
      });
    }
    for (const row of themes) {
      summaryOf(row.item_id).themes.push({
        themeId: row.theme_id,
        name: row.name,
        score: row.score,
        origin: row.origin,
      });
    }
    for (const row of flags) summaryOf(row.item_id).flags = row.types;
    return summaries;
  }

  async full(itemId: string, text: string): Promise<ItemAnalysisView | null> {
    const [analysis] = await this.dataSource.query<AnalysisRow[]>(
      'SELECT * FROM item_analyses WHERE item_id = $1',
      [itemId],
    );
    if (!analysis) return null;
    const [themes, flags, mentions, reviews] = await Promise.all([
      this.dataSource.query<
        { theme_id: string; name: string; score: number; origin: ThemeOrigin }[]
      >(
        'SELECT it.theme_id, t.name, it.score, it.origin FROM item_themes it JOIN themes t ON t.id = it.theme_id WHERE it.item_id = $1 ORDER BY it.score DESC',
        [itemId],
      ),
      this.dataSource.query<
        { type: FlagType; confidence: number; event_id: string | null; evidence: string[] }[]
      >(
        'SELECT type, confidence, event_id, evidence FROM item_flags WHERE item_id = $1 ORDER BY event_id NULLS FIRST, confidence DESC',
        [itemId],
      ),
      this.dataSource.query<{ policy_id: string; name: string; confidence: number }[]>(
        'SELECT m.policy_id, p.name, m.confidence FROM item_policy_mentions m JOIN policies p ON p.id = m.policy_id WHERE m.item_id = $1',
        [itemId],
      ),
      this.dataSource.query<
        { type: FlagType; verdict: FlagVerdict; evidence: string[]; corrected_at: Date }[]
      >(
        'SELECT DISTINCT ON (type) type, verdict, evidence, corrected_at FROM flag_corrections WHERE item_id = $1 ORDER BY type, corrected_at DESC, id',
        [itemId],
      ),
    ]);
    const shown = ItemAnalysisReader.displayText(text, analysis.redacted_text, analysis.status);
    const span = ([start, end, weight]: number[]): TextSpan => ({
      start,
      end,
      text: shown.slice(start, end),
      weight: weight ?? null,
    });
    const details = analysis.details;
    return {
      status: analysis.status,
      modelVersion: analysis.model_version,
      analysedAt: analysis.analysed_at,
      error: analysis.error,
      sentiment:
        analysis.sentiment && details
          ? {
              label: analysis.sentiment,
              score: analysis.sentiment_score ?? 0,
              confidence: details.sentiment.confidence,
              method: details.sentiment.method,
              evidence: details.sentiment.spans.map(span),
            }
          : null,
      themes: themes.map((theme) => ({
        themeId: theme.theme_id,
        name: theme.name,
        score: theme.score,
        origin: theme.origin,
        evidence: (details?.themes.find((found) => found.name === theme.name)?.spans ?? []).map(
          span,
        ),
      })),
      flags: flags.map((flag) => ({
        type: flag.type,
        confidence: flag.confidence,
        eventId: flag.event_id,
        evidence: flag.evidence,
        spans: flag.event_id
          ? []
          : (details?.flags.find((found) => found.type === flag.type)?.spans ?? []).map(span),
      })),
      flagReviews: reviews.map((review) => ({
        type: review.type,
        verdict: review.verdict,
        evidence: review.evidence,
        reviewedAt: review.corrected_at,
      })),
      language: details?.language ?? null,
      analysed: details?.status !== 'not-analysed',
      policyMentions: mentions.map((mention) => {
        const found = details?.policies.find((policy) => policy.id === mention.policy_id);
        return {
          policyId: mention.policy_id,
          policyName: mention.name,
          confidence: mention.confidence,
          matched: found?.matched ?? mention.name,
          evidence: (found?.spans ?? []).map(span),
        };
      }),
    };
  }
}
