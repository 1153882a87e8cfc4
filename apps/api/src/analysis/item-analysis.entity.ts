import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Item } from '../items/item.entity';
import { AnalysisStatus } from './analysis.enums';
import { SentimentLabel } from '../items/item.enums';

/** What the analysis found in an item's text, with its evidence, and which model found it. */
@Entity('item_analyses')
@Index('item_analyses_retry', ['analysedAt'], { where: `"status" = 'failed'` })
// The analyses a search must look at: unfinished, or with a masked text (items/search-condition.ts).
@Index('item_analyses_masked', ['itemId'], {
  where: `"status" <> 'done' OR "redacted_text" IS NOT NULL`,
})
@Check('item_analyses_sentiment_score', '"sentiment_score" BETWEEN -1 AND 1')
export class ItemAnalysis {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @OneToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @Column({ type: 'enum', enum: AnalysisStatus, enumName: 'analysis_status' })
  status: AnalysisStatus;

  @Column({ type: 'text' })
  modelVersion: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  analysedAt: Date;

  @Column({ type: 'enum', enum: SentimentLabel, enumName: 'sentiment_label', nullable: true })
  sentiment: SentimentLabel | null;

  @Column({ type: 'real', nullable: true })
  sentimentScore: number | null;

  /** The text with personal data masked: what the dashboard and exports show. */
  @Column({ type: 'text', nullable: true })
  redactedText: string | null;

  /** The full analysis (themes, flags, mentions, sentiment) with evidence offsets into redactedText. */
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'smallint', default: 1 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
