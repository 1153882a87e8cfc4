import { Injectable } from '@nestjs/common';
import { DAY_MS, type Period, WEEK_MS } from '@fulcrum/signals';
import { ItemKind, FlagType } from '../../items/item.enums';
import { countingFilter, SignalCounting } from '../read-model/counting';
import { readWindowPulse } from '../read-model/anonymous-pulse';
import { reportingMonths } from '../read-model/anonymous-pulse.compose';
import { InsightData } from '../read-model/insight-data.service';
import { dayOf, type Filter, resolveScope, type Scope } from '../read-model/scope';
import { filterConditions, hasFlag, iso, Sql, where } from '../read-model/sql';
import type { Quote } from '../hotspots/hotspots.types';
import { testedWeeks } from '../read-model/weeks';
import { isOpen, needsAttention } from '../read-model/attention-sql';
import { DEFAULT_STALE_DAYS } from '../read-model/drilldown.types';
import {
  composeWarningSigns,
  FOLLOW_UP_DAYS,
  type Lapse,
  type Neglected,
  periodMeasuresOf,
  type PeriodMeasures,
  quotesByFlag,
  type ReplyItems,
  type RisingComplaints,
  risingComplaints,
  type StaffingRow,
  untestedRise,
} from './warning-signs.compose';
import type { WarningSigns } from './warning-signs.types';
import type { WarningSignsInput } from './warning-signs.input';

export const MAX_PERIOD_DAYS = 366;

/** Reads what the warning signs need (rollups, staffing, pulse, follow-ups, quotes); warning-signs.compose judges it. */
@Injectable()
export class WarningSignsService {
  constructor(private readonly data: InsightData) {}

  async warningSigns(input: WarningSignsInput): Promise<WarningSigns> {
    return this.signs(resolveScope(input, MAX_PERIOD_DAYS, this.data.now()));
  }

  async signs(scope: Scope): Promise<WarningSigns> {
    const { period, comparison, filter } = scope;
    const [
      names,
      teams,
      current,
      previous,
      staffing,
      pulse,
      previousPulse,
      rising,
      lapse,
      previousLapse,
      evidence,
      replyItems,
      neglected,
    ] = await Promise.all([
      this.data.names(),
      this.data.teams(filter),
      this.periodMeasures(filter, period),
      comparison ? this.periodMeasures(filter, comparison) : Promise.resolve(null),
      this.staffing(filter, comparison ?? period, period),
      // Whole reporting months and published cells only: see read-model/anonymous-pulse.compose.ts.
      readWindowPulse(this.data, filter.teamIds, reportingMonths(period, scope.now)),
      comparison
        ? readWindowPulse(this.data, filter.teamIds, reportingMonths(comparison, scope.now))
        : Promise.resolve(null),
      this.risingComplaints(scope),
      this.lapse(filter, period, scope.now),
      comparison ? this.lapse(filter, comparison, scope.now) : Promise.resolve(null),
      this.evidence(filter, period),
      this.replyItems(filter, period),
      this.neglected(filter, scope.now),
    ]);
    return composeWarningSigns({
      scope,
      names,
      teams,
      current,
      previous,
      staffing,
      pulse,
      previousPulse,
      rising,
      lapse,
      previousLapse,
      evidence,
      replyItems,
      neglected,
    });
  }

  /**
   * Open items in the filter now, and those needing attention, on the condition the drill-down
   * (and the Attention page) uses, so the count equals the items it opens.
   */
  private async neglected(filter: Filter, now: number): Promise<Neglected> {
    const sql = new Sql();
    const at = sql.p(iso(now), 'timestamptz');
    const days = sql.p(DEFAULT_STALE_DAYS, 'int');
    const conditions = [isOpen(), ...filterConditions(sql, filter)];
    const [row] = await this.data.query<{ open: number; needing: number }>(
      `SELECT count(*)::int AS open,
              count(*) FILTER (WHERE ${needsAttention(days, at)})::int AS needing
         FROM insight_item_facts f ${where(conditions)}`,
      sql.params,
    );
    return { open: row?.open ?? 0, needing: row?.needing ?? 0, staleDays: DEFAULT_STALE_DAYS };
  }

  private async periodMeasures(filter: Filter, period: Period): Promise<PeriodMeasures> {
    const rows = await this.data.measures({
      filter,
      from: period.from,
      to: period.to,
      unit: null,
      measures: [
        'arrivals',
        'staff_texts',
        'excuse_texts',
        'blame_texts',
        'churn_flags',
        'overload_flags',
      ],
      groupBy: ['kind'],
    });
    return periodMeasuresOf(rows);
  }

  /** Staffing events of the filter's teams from the start of `from` to the end of `to`, plus spells reaching in. */
  private staffing(filter: Filter, from: Period, to: Period): Promise<StaffingRow[]> {
    return this.data.query<StaffingRow>(
      `SELECT id, team_id, type, occurred_on::text AS occurred_on, sick_days FROM staffing_events
        WHERE occurred_on >= $1::date - 120 AND occurred_on < $2::date
          AND ($3::uuid[] IS NULL OR team_id = ANY($3::uuid[]))
        ORDER BY occurred_on, id`,
      [
        dayOf(Math.min(from.from, to.from)),
        dayOf(to.to),
        filter.teamIds.length ? filter.teamIds : null,
      ],
    );
  }

  private async risingComplaints(scope: Scope): Promise<RisingComplaints> {
    const tested = testedWeeks(scope.period, scope.now);
    const firstWeek = await this.data.firstWeek();
    if (!tested || firstWeek === null || tested.to <= firstWeek)
      return untestedRise('Rising complaints: no complete week to test yet.');
    const filter = countingFilter(scope.filter, SignalCounting.COMPLAINTS);
    if (!filter.kinds.includes(ItemKind.COMPLAINT))
      return untestedRise('Rising complaints: the filter leaves out complaints.');
    const from = Math.max(firstWeek, tested.from - 4 * 52 * WEEK_MS);
    const rows = await this.data.measures({
      filter,
      from,
      to: tested.to,
      unit: 'week',
      measures: ['arrivals'],
    });
    return risingComplaints(tested, from, rows);
  }

  /**
   * Customers whose first complaint in the period (else first contact) has a full follow-up
   * window, and whether they contacted again within it: complainants against everyone else.
   */
  private async lapse(filter: Filter, period: Period, now: number): Promise<Lapse> {
    const windowEnd = Math.min(period.to, now - FOLLOW_UP_DAYS * DAY_MS);
    const empty = {
      complainants: 0,
      lapsedComplainants: 0,
      others: 0,
      lapsedOthers: 0,
      lapsedItemIds: [],
      windowEnd,
    };
    if (windowEnd <= period.from) return empty;
    const sql = new Sql();
    const conditions = filterConditions(sql, { ...filter, kinds: [] });
    conditions.push(
      'f.customer_ref IS NOT NULL',
      `f.source <> 'staff'`,
      `f.received_at >= ${sql.p(iso(period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(windowEnd), 'timestamptz')}`,
    );
    const rows = await this.data.query<{
      complaint: boolean;
      customers: number;
      lapsed: number;
      lapsed_items: string[] | null;
    }>(
      `WITH firsts AS (
         SELECT DISTINCT ON (f.customer_ref) f.item_id, f.received_at, f.next_contact_at, f.kind = 'complaint' AS complaint
           FROM insight_item_facts f ${where(conditions)}
          ORDER BY f.customer_ref, (f.kind = 'complaint') DESC, f.received_at, f.item_id
       ), judged AS (
         SELECT x.*, (x.next_contact_at IS NULL OR x.next_contact_at > x.received_at + interval '${FOLLOW_UP_DAYS} days') AS lapsed
           FROM firsts x
       )
       SELECT j.complaint, count(*)::int AS customers, count(*) FILTER (WHERE j.lapsed)::int AS lapsed,
              (array_agg(j.item_id ORDER BY j.received_at DESC, j.item_id) FILTER (WHERE j.lapsed AND j.complaint))[1:100] AS lapsed_items
         FROM judged j GROUP BY j.complaint`,
      sql.params,
    );
    const of = (complaint: boolean) => rows.find((row) => row.complaint === complaint);
    return {
      complainants: Number(of(true)?.customers ?? 0),
      lapsedComplainants: Number(of(true)?.lapsed ?? 0),
      others: Number(of(false)?.customers ?? 0),
      lapsedOthers: Number(of(false)?.lapsed ?? 0),
      lapsedItemIds: of(true)?.lapsed_items ?? [],
      windowEnd,
    };
  }

  /**
   * The items whose staff replies make excuses or blame the customer: what their drill-downs
   * open (an item can hold several such replies), counted on the drill-down's own condition.
   */
  private async replyItems(filter: Filter, period: Period): Promise<ReplyItems> {
    const sql = new Sql();
    const conditions = filterConditions(sql, filter);
    conditions.push(
      `f.received_at >= ${sql.p(iso(period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(period.to), 'timestamptz')}`,
    );
    const [row] = await this.data.query<ReplyItems>(
      `SELECT count(*) FILTER (WHERE ${hasFlag(FlagType.EXCUSE)})::int AS excuses,
              count(*) FILTER (WHERE ${hasFlag(FlagType.BLAME)})::int AS blame
         FROM insight_item_facts f ${where(conditions)}`,
      sql.params,
    );
    return row ?? { excuses: 0, blame: 0 };
  }

  /**
   * A few recent examples of each warning-sign flag in the period (the flagged words, masked;
   * never wording a person rejected).
   */
  private async evidence(filter: Filter, period: Period): Promise<Map<FlagType, Quote[]>> {
    const flags = [FlagType.EXCUSE, FlagType.BLAME, FlagType.OVERLOAD, FlagType.CHURN_RISK];
    const sql = new Sql();
    const conditions = filterConditions(sql, filter);
    conditions.push(
      `f.received_at >= ${sql.p(iso(period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(period.to), 'timestamptz')}`,
    );
    const branches = flags.map(
      (flag) => `(SELECT '${flag}' AS flag, e.item_id, e.received_at, e.text FROM (
         SELECT f.item_id, f.received_at FROM insight_item_facts f ${where([...conditions, hasFlag(flag)])}
          ORDER BY f.received_at DESC LIMIT 3
       ) x CROSS JOIN LATERAL (
         SELECT x.item_id, x.received_at, array_to_string(fl.evidence, ' … ') AS text
           FROM item_flags fl WHERE fl.item_id = x.item_id AND fl.type = '${flag}' AND cardinality(fl.evidence) > 0
            -- Wording a person rejected as this sign is never its example, on any item.
            AND NOT EXISTS (SELECT 1 FROM flag_corrections c
                             WHERE c.type = fl.type AND c.verdict = 'rejected' AND c.evidence && fl.evidence)
          ORDER BY fl.confidence DESC LIMIT 1
       ) e)`,
    );
    const rows = await this.data.query<{
      flag: FlagType;
      item_id: string;
      received_at: Date;
      text: string;
    }>(branches.join(' UNION ALL '), sql.params);
    return quotesByFlag(rows);
  }
}
