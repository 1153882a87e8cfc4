import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config';
import type { ResolvedConfig } from '../../config/local-secrets';
import { pseudonymousRef } from '../../items/customer-ref';
import type { ItemPage } from '../../items/dto/items.args';
import { Item } from '../../items/item.entity';
import type { DrilldownItemsInput } from './drilldown-items.input';
import type { Drilldown } from '../read-model/drilldown.types';
import type { ExportFile } from '../review-pack/review-pack.types';
import type { ItemExportInput } from '../review-pack/review-pack.input';
import { InsightData } from '../read-model/insight-data.service';
import { drilldownConditions, Sql, where } from '../read-model/sql';
import { decodeCursor, itemsCsv, pageOf } from './drilldown-items.compose';

/** The items behind a drilldown: a page at a time, or as a CSV file with one row per item. */
@Injectable()
export class DrilldownItemsService {
  constructor(
    private readonly data: InsightData,
    @InjectRepository(Item) private readonly items: Repository<Item>,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async page(input: DrilldownItemsInput): Promise<ItemPage> {
    const sql = new Sql();
    const conditions = drilldownConditions(sql, input.drilldown, this.data.now());
    const countParams = [...sql.params];
    const [{ total }] = await this.data.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM insight_item_facts f ${where(conditions)}`,
      countParams,
    );
    if (input.after) {
      const cursor = decodeCursor(input.after);
      conditions.push(
        `(f.received_at, f.item_id) < (${sql.p(cursor.receivedAt, 'timestamptz')}, ${sql.p(cursor.id, 'uuid')})`,
      );
    }
    const rows = await this.data.query<{ item_id: string }>(
      `SELECT f.item_id FROM insight_item_facts f ${where(conditions)}
        ORDER BY f.received_at DESC, f.item_id DESC LIMIT ${input.first + 1}`,
      sql.params,
    );
    const ids = rows.map((row) => row.item_id);
    const found = ids.length
      ? await this.items.find({
          where: { id: In(ids.slice(0, input.first)) },
          relations: { team: true, policy: true },
        })
      : [];
    return { ...pageOf(ids, found, input.first, Number(total)), totalCountIsLowerBound: false };
  }

  /** One row per item, newest first; masked text and pseudonymous references only. */
  async export(input: ItemExportInput): Promise<ExportFile> {
    const rows = await this.exportRows(input.drilldown, input.limit + 1);
    return itemsCsv(rows, input.limit, this.data.now(), (ref) =>
      pseudonymousRef(ref, this.config.pseudonymKey),
    );
  }

  private exportRows(drilldown: Drilldown, limit: number): Promise<Record<string, unknown>[]> {
    const sql = new Sql();
    const conditions = drilldownConditions(sql, drilldown, this.data.now());
    return this.data.query<Record<string, unknown>>(
      `SELECT f.item_id AS id, to_char(f.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS received_at,
              f.kind, f.source, f.channel, t.name AS team, p.name AS policy,
              (SELECT string_agg(x.name, '; ' ORDER BY x.name) FROM policies x WHERE x.id = ANY(f.linked_policy_ids)) AS linked_policies,
              (SELECT string_agg(x.name, '; ' ORDER BY x.name) FROM themes x WHERE x.id = ANY(f.theme_ids)) AS themes,
              f.status, f.priority, f.viability, f.sentiment, f.satisfaction,
              round((extract(epoch FROM f.first_response_at - f.received_at) / 3600)::numeric, 2)::float8 AS first_response_hours,
              round((f.lead_ms / 3600000.0)::numeric, 2)::float8 AS lead_hours,
              round((f.waiting_internal_ms / 3600000.0)::numeric, 2)::float8 AS waiting_internal_hours,
              f.escalations, f.exceptions_granted, f.exceptions_refused,
              (SELECT string_agg(t2::text, '; ' ORDER BY t2::text) FROM unnest(enum_range(NULL::flag_type)) AS t2 WHERE (f.flags & insight_flag_bit(t2)) <> 0) AS flags,
              f.customer_ref, i.external_source, i.external_id,
              -- redacted_text is null when nothing needed masking: the text is then its own masked copy
              CASE WHEN a.status = 'done' THEN coalesce(a.redacted_text, i.text) END AS text_redacted
         FROM insight_item_facts f
         JOIN items i ON i.id = f.item_id
         LEFT JOIN teams t ON t.id = f.team_id
         LEFT JOIN policies p ON p.id = f.policy_id
         LEFT JOIN item_analyses a ON a.item_id = f.item_id
         ${where(conditions)}
        ORDER BY f.received_at DESC, f.item_id DESC LIMIT ${Number(limit)}`,
      sql.params,
    );
  }
}
