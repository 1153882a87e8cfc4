import { Injectable } from '@nestjs/common';
import { ItemKind } from '../items/item.enums';
import type { ComplaintFunnel, ComplaintFunnelInput } from './dto/funnel.types';
import { composeFunnel, STEPS, type StepPattern } from './funnel.compose';
import { InsightData } from './insight-data.service';
import { resolveScope, type Scope } from './scope';
import { filterConditions, filterDrilldown, iso, Sql, stepDone, where } from './sql';

export const MAX_PERIOD_DAYS = 366;

@Injectable()
export class FunnelService {
  constructor(private readonly data: InsightData) {}

  complaintFunnel(input: ComplaintFunnelInput): Promise<ComplaintFunnel> {
    return this.funnel(resolveScope(input, MAX_PERIOD_DAYS, this.data.now()));
  }

  async funnel(scope: Scope): Promise<ComplaintFunnel> {
    const complaints = { ...scope.filter, kinds: [ItemKind.COMPLAINT] };
    const wantsComplaints =
      scope.filter.kinds.length === 0 || scope.filter.kinds.includes(ItemKind.COMPLAINT);
    const sql = new Sql();
    const conditions = filterConditions(sql, complaints);
    const range = (p: { from: number; to: number }) =>
      `(f.received_at >= ${sql.p(iso(p.from), 'timestamptz')} AND f.received_at < ${sql.p(iso(p.to), 'timestamptz')})`;
    const current = range(scope.period);
    conditions.push(scope.comparison ? `(${current} OR ${range(scope.comparison)})` : current);
    const pattern = STEPS.map(
      ({ step }, i) => `(CASE WHEN ${stepDone(step)} THEN ${1 << i} ELSE 0 END)`,
    ).join(' + ');
    const rows = wantsComplaints
      ? await this.data.query<{ cur: boolean; pattern: number; complaints: number }>(
          `SELECT ${current} AS cur, ${pattern} AS pattern, count(*)::int AS complaints
             FROM insight_item_facts f ${where(conditions)} GROUP BY 1, 2`,
          sql.params,
        )
      : [];
    const of = (cur: boolean): StepPattern[] =>
      rows
        .filter((row) => row.cur === cur)
        .map((row) => ({ pattern: Number(row.pattern), complaints: Number(row.complaints) }));
    return composeFunnel({
      period: scope.period,
      comparison: scope.comparison,
      current: of(true),
      previous: scope.comparison ? of(false) : null,
      drilldown: (extra) =>
        filterDrilldown(complaints, {
          receivedFrom: new Date(scope.period.from),
          receivedTo: new Date(scope.period.to),
          ...extra,
        }),
    });
  }
}
