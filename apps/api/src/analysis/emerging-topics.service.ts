import { findEmergingTopics } from '@fulcrum/analysis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { MAX_DRILLDOWN_IDS } from '../insights/read-model/drilldown.types';
import { ItemsService } from '../items/items.service';
import type { EmergingTopic, EmergingTopicsInput } from './dto/analysis.inputs';
import { risenClearly } from './emerging-rise';

/** Texts considered per period; enough for stable phrases, bounded for speed. */
const MAX_TEXTS = 5_000;
const DAY_MS = 86_400_000;
@Injectable()
export class EmergingTopicsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemsService,
  ) {}

  /** Phrases that are new among the period's untagged items, as candidate themes. */
  async find(input: EmergingTopicsInput, principal: Principal): Promise<EmergingTopic[]> {
    const baselineFrom = new Date(input.from.getTime() - input.baselineDays * DAY_MS);
    const texts = (rows: { id: string; text: string }[]) => rows.map((row) => row.text);
    const current = await this.dataSource.query<{ id: string; text: string }[]>(
      `SELECT i.id, coalesce(a.redacted_text, i.text) AS text FROM items i LEFT JOIN item_analyses a ON a.item_id = i.id
        WHERE i.received_at >= $1 AND i.received_at < $2 AND a.status = 'done'
          AND NOT EXISTS (SELECT 1 FROM item_themes t WHERE t.item_id = i.id)
        ORDER BY i.received_at DESC LIMIT ${MAX_TEXTS}`,
      [input.from, input.to],
    );
    // The baseline is the same population (untagged items) earlier: against all items, a phrase
    // that merely survives the themes' filter ("thanks") looked twice as common as before.
    const baseline = await this.dataSource.query<{ id: string; text: string }[]>(
      `SELECT i.id, coalesce(a.redacted_text, i.text) AS text FROM items i LEFT JOIN item_analyses a ON a.item_id = i.id
        WHERE i.received_at >= $1 AND i.received_at < $2 AND a.status = 'done'
          AND NOT EXISTS (SELECT 1 FROM item_themes t WHERE t.item_id = i.id)
        ORDER BY i.received_at DESC LIMIT ${MAX_TEXTS}`,
      [baselineFrom, input.from],
    );
    const topics = findEmergingTopics(texts(current), texts(baseline), {
      maxTopics: input.limit,
      risen: risenClearly,
    });
    return Promise.all(
      topics.map(async (topic) => {
        // Texts are newest first, so the drill-down opens the newest when there are more.
        const opened = topic.members.slice(0, MAX_DRILLDOWN_IDS).map((i) => current[i].id);
        return {
          phrase: topic.phrase,
          score: topic.score,
          items: topic.documents,
          baselineItems: topic.baselineDocuments,
          examples: await Promise.all(
            topic.examples.map((index) => this.items.getById(current[index].id, principal)),
          ),
          drilldown: { itemIds: opened },
          drilldownCount: opened.length,
        };
      }),
    );
  }
}
