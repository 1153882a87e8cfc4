import { Injectable } from '@nestjs/common';
import { firstContactOutcome } from '../read-model/attention-sql';
import { InsightData } from '../read-model/insight-data.service';
import { periodRange, resolveScope } from '../read-model/scope';
import { filterConditions, filterDrilldown, iso, Sql } from '../read-model/sql';
import {
  composeFigures,
  composeGroups,
  composeTrend,
  DEFINITION,
  type OutcomeCount,
  trendBuckets,
} from './first-contact.compose';
import { type FirstContact, type FirstContactInput, TrendGrain } from './first-contact.types';

export const MAX_PERIOD_DAYS = 366;

type Row = OutcomeCount & { team_id: string | null; bucket: string };

@Injectable()
export class FirstContactService {
  constructor(private readonly data: InsightData) {}

  async firstContact(input: FirstContactInput): Promise<FirstContact> {
    const scope = resolveScope(input, MAX_PERIOD_DAYS, this.data.now());
    const { filter, period } = scope;
    const sql = new Sql();
    const conditions = [
      `f.received_at >= ${sql.p(iso(period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(period.to), 'timestamptz')}`,
      ...filterConditions(sql, filter),
    ];
    const grain = sql.p(input.grain === TrendGrain.MONTH ? 'month' : 'week');
    // One pass: each item's outcome, then counts by team, bucket, outcome and exception, and by policy.
    const items = `SELECT f.team_id, f.linked_policy_ids, to_char(date_trunc(${grain}, f.received_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS bucket,
                          ${firstContactOutcome()} AS outcome, f.exceptions_granted > 0 AS exception
                     FROM insight_item_facts f WHERE ${conditions.join(' AND ')}`;
    const [rows, policyRows, names] = await Promise.all([
      this.data.query<Row>(
        `SELECT team_id, bucket, outcome, exception, count(*)::int AS items
           FROM (${items}) x GROUP BY team_id, bucket, outcome, exception`,
        sql.params,
      ),
      this.data.query<OutcomeCount & { id: string }>(
        `SELECT p AS id, outcome, exception, count(*)::int AS items
           FROM (${items}) x, unnest(x.linked_policy_ids) AS p GROUP BY p, outcome, exception`,
        sql.params,
      ),
      this.data.names(),
    ]);
    const inPeriod = { receivedFrom: new Date(period.from), receivedTo: new Date(period.to) };
    return {
      period: periodRange(period),
      definition: DEFINITION,
      grain: input.grain,
      overall: composeFigures(rows, filterDrilldown(filter, inPeriod)),
      byTeam: composeGroups(
        rows.flatMap((row) => (row.team_id ? [{ ...row, id: row.team_id }] : [])),
        names.teams,
        (id) => filterDrilldown({ ...filter, teamIds: [id] }, inPeriod),
      ),
      byPolicy: composeGroups(policyRows, names.policies, (id) =>
        filterDrilldown({ ...filter, policyIds: [id] }, inPeriod),
      ),
      trend: composeTrend(trendBuckets(period, input.grain), rows, (from, to) =>
        filterDrilldown(filter, { receivedFrom: new Date(from), receivedTo: new Date(to) }),
      ),
    };
  }
}
