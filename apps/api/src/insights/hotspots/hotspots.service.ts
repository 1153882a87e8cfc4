import { Injectable } from '@nestjs/common';
import { SignalCounting } from '../read-model/counting';
import { InsightData } from '../read-model/insight-data.service';
import { Dimension } from '../read-model/rollups';
import { resolveScope, type Scope } from '../read-model/scope';
import { filterConditions, iso, Sql, where } from '../read-model/sql';
import { testedWeeks } from '../read-model/weeks';
import { RisingService } from '../rising/rising.service';
import { SignalDimension } from '../rising/rising.types';
import {
  ACTIVITY_MEASURES,
  type CellRow,
  composeHotspots,
  type OpenPolicyWaitRow,
  policyCells,
  rankPolicies,
} from './hotspots.compose';
import type { PolicyHotspots, Quote } from './hotspots.types';
import type { PolicyHotspotsInput } from './hotspots.input';

export const MAX_PERIOD_DAYS = 366;

/** Reads policy activity (rollups, waits under way, complaint trends, quotes); hotspots.compose scores it. */
@Injectable()
export class HotspotsService {
  constructor(
    private readonly data: InsightData,
    private readonly rising: RisingService,
  ) {}

  async policyHotspots(input: PolicyHotspotsInput): Promise<PolicyHotspots> {
    const scope = resolveScope(input, MAX_PERIOD_DAYS, this.data.now());
    return this.hotspots(scope, input.limit, input.quotes);
  }

  async hotspots(scope: Scope, limit: number, quotesPer: number): Promise<PolicyHotspots> {
    // Listing per policy, the policy filter chooses the policies rather than the items.
    const policyIds = scope.filter.policyIds;
    const itemsFilter = { ...scope.filter, policyIds: [] };
    const tested = testedWeeks(scope.period, scope.now);
    const [names, cells, trends] = await Promise.all([
      this.data.names(),
      this.cells({ ...scope, filter: itemsFilter }, policyIds),
      tested
        ? this.rising.signals({
            filter: itemsFilter,
            counting: SignalCounting.COMPLAINTS,
            tested,
            dimension: SignalDimension.POLICY,
            subjectIds: policyIds,
          })
        : Promise.resolve([]),
    ]);
    const ranking = rankPolicies({
      names,
      cells,
      trends,
      policyIds,
      hasComparison: scope.comparison !== null,
      limit,
    });
    const quotes =
      quotesPer > 0 && ranking.quoted.length
        ? await this.quotes(scope, ranking.quoted, quotesPer)
        : new Map<string, Quote[]>();
    return composeHotspots({ scope, itemsFilter, names, cells, ranking, quotes });
  }

  /**
   * Activity per policy × team in the period (cur) and the comparison period: counts from the
   * rollups, plus the internal waits still under way (the rollups hold finished waits only).
   */
  private async cells(scope: Scope, policyIds: string[]): Promise<CellRow[]> {
    const periods = [
      { cur: true, period: scope.period },
      ...(scope.comparison ? [{ cur: false, period: scope.comparison }] : []),
    ];
    const [counts, open] = await Promise.all([
      Promise.all(
        periods.map(({ period }) =>
          this.data.measures({
            filter: scope.filter,
            from: period.from,
            to: period.to,
            unit: null,
            measures: [...ACTIVITY_MEASURES],
            groupBy: ['dim_id', 'team_id', 'kind'],
            per: Dimension.POLICY,
          }),
        ),
      ),
      this.openWaits(scope),
    ]);
    return policyCells(periods, counts, open, policyIds);
  }

  /** Internal waits still under way for linked items of the periods (open items: few, indexed). */
  private openWaits(scope: Scope): Promise<OpenPolicyWaitRow[]> {
    const sql = new Sql();
    const conditions = filterConditions(sql, scope.filter);
    const now = sql.p(iso(scope.now), 'timestamptz');
    const range = (p: { from: number; to: number }) =>
      `(f.received_at >= ${sql.p(iso(p.from), 'timestamptz')} AND f.received_at < ${sql.p(iso(p.to), 'timestamptz')})`;
    const current = range(scope.period);
    conditions.push(
      'f.resolved_at IS NULL',
      `f.status = 'waiting_internal'`,
      scope.comparison ? `(${current} OR ${range(scope.comparison)})` : current,
    );
    return this.data.query(
      `SELECT ${current} AS cur, p AS policy_id, f.team_id,
              sum(greatest(0, date_part('epoch', ${now} - f.status_since) * 1000))::float8 AS wait_ms
         FROM insight_item_facts f CROSS JOIN LATERAL unnest(f.linked_policy_ids) AS p
         ${where(conditions)} GROUP BY 1, 2, 3`,
      sql.params,
    );
  }

  /**
   * The most telling masked quotes per policy: complaints first, most negative first; a policy whose
   * linked items are neither complaints nor negative is still quoted, so its evidence is never empty.
   */
  async quotes(
    scope: Scope,
    policyIds: string[],
    perPolicy: number,
  ): Promise<Map<string, Quote[]>> {
    const sql = new Sql();
    const conditions = filterConditions(sql, { ...scope.filter, policyIds: [] });
    conditions.push(
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
      // Not `&&`: the planner would read every linked item of history through the array index.
      'cardinality(f.linked_policy_ids) > 0',
    );
    const rows = await this.data.query<{
      policy_id: string;
      item_id: string;
      received_at: Date;
      text: string;
    }>(
      `WITH ranked AS MATERIALIZED (
         SELECT p AS policy_id, f.item_id, f.received_at,
                row_number() OVER (PARTITION BY p ORDER BY (f.kind = 'complaint') DESC, f.sentiment_score ASC NULLS LAST, f.received_at DESC, f.item_id) AS rn
           FROM insight_item_facts f
           CROSS JOIN LATERAL unnest(f.linked_policy_ids) AS p
           ${where(conditions)} AND p = ANY(${sql.p(policyIds, 'uuid[]')})
       )
       SELECT r.policy_id, r.item_id, r.received_at, left(a.text, 400) AS text
         FROM ranked r
         -- redacted_text is null when nothing needed masking: the text is then its own masked
         -- copy. A failed analysis has no masked copy, so its item is not quoted.
         CROSS JOIN LATERAL (
           SELECT coalesce(x.redacted_text, i.text) AS text
             FROM item_analyses x JOIN items i ON i.id = x.item_id
            WHERE x.item_id = r.item_id AND x.status = 'done') a
        WHERE r.rn <= ${Number(perPolicy)}
        ORDER BY r.policy_id, r.rn`,
      sql.params,
    );
    const quotes = new Map<string, Quote[]>();
    for (const row of rows) {
      const list = quotes.get(row.policy_id) ?? [];
      list.push({ itemId: row.item_id, text: row.text, receivedAt: new Date(row.received_at) });
      quotes.set(row.policy_id, list);
    }
    return quotes;
  }
}
