import { Injectable } from '@nestjs/common';
import {
  DAY_MS,
  detectSpike,
  extendedSickLeave,
  formatPercent,
  type Indicator,
  overwhelmShare,
  type Period,
  proportion,
  risingComplaintsIndicator,
  staffTurnover,
  warningSignIndicator,
  WEEK_MS,
} from '@fulcrum/signals';
import { FlagType } from '../../analysis/analysis.enums';
import { ItemKind } from '../../items/item.enums';
import { StaffingEventType } from '../../staff/staff.enums';
import type { Drilldown } from '../read-model/drilldown.types';
import type { Quote } from '../hotspots/hotspots.types';
import { countingFilter, SignalCounting } from '../read-model/counting';
import { ValueFormat } from '../trends/trends.types';
import {
  IndicatorState,
  type StaffingRecord,
  type WarningSign,
  WarningSignKind,
  type WarningSigns,
  type WarningSignsInput,
} from './warning-signs.types';
import { InsightData } from '../read-model/insight-data.service';
import { seasonalBaseline, testedWeeks } from '../rising/rising.compose';
import { dayOf, type Filter, periodRange, resolveScope, type Scope } from '../read-model/scope';
import { filterConditions, filterDrilldown, hasFlag, iso, Sql, where } from '../read-model/sql';

export const MAX_PERIOD_DAYS = 366;
/** Fewer pulse responses than this are not shown: a small group's answers could be told apart. */
export const MIN_PULSE_GROUP = 5;
const FOLLOW_UP_DAYS = 90;
const EXTENDED_SICK_DAYS = 28;

interface PeriodMeasures {
  staff_texts: number;
  excuse_texts: number;
  blame_texts: number;
  churn_flags: number;
  overload_flags: number;
  complaints: number;
}

interface StaffingRow {
  id: string;
  team_id: string;
  type: StaffingEventType;
  occurred_on: string;
  sick_days: number | null;
}

interface Lapse {
  complainants: number;
  lapsedComplainants: number;
  others: number;
  lapsedOthers: number;
  lapsedItemIds: string[];
  windowEnd: number;
}

/** Working days of absence as calendar days (five working days a week). */
export const calendarDaysOf = (workingDays: number) => Math.ceil((workingDays * 7) / 5);

const stateOf = (indicator: Indicator): IndicatorState => indicator.state as IndicatorState;
const FORMATS: Record<string, ValueFormat> = {
  percent: ValueFormat.SHARE,
  number: ValueFormat.COUNT,
  ratio: ValueFormat.RATIO,
};

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
    ] = await Promise.all([
      this.data.names(),
      this.data.teams(filter),
      this.periodMeasures(filter, period),
      comparison ? this.periodMeasures(filter, comparison) : Promise.resolve(null),
      this.staffing(filter, comparison ?? period, period),
      this.pulse(filter, period),
      comparison ? this.pulse(filter, comparison) : Promise.resolve(null),
      this.risingComplaints(scope),
      this.lapse(filter, period, scope.now),
      comparison ? this.lapse(filter, comparison, scope.now) : Promise.resolve(null),
      this.evidence(filter, period),
    ]);
    const headcount = teams.reduce((sum, team) => sum + team.staffCount, 0);
    const items = (extra: Drilldown) =>
      filterDrilldown(filter, {
        receivedFrom: new Date(period.from),
        receivedTo: new Date(period.to),
        ...extra,
      });
    const sign = (
      kind: WarningSignKind,
      indicator: Indicator,
      format: string,
      previousValue: number | null,
      rest: Partial<WarningSign>,
    ): WarningSign => ({
      sign: kind,
      label: indicator.label,
      value: indicator.value,
      format: FORMATS[format] ?? ValueFormat.COUNT,
      state: stateOf(indicator),
      watchAt: indicator.watchAt,
      alertAt: indicator.alertAt,
      previous: previousValue,
      explanation: indicator.explanation,
      recordCount: 0,
      drilldown: null,
      staffingEvents: [],
      evidence: [],
      ...rest,
    });
    const share = (a: number, b: number) => (b > 0 ? a / b : null);
    const replies = (m: PeriodMeasures, count: number, what: string) =>
      `${count} of ${m.staff_texts} staff replies and notes ${what}.`;

    const excuses = sign(
      WarningSignKind.EXCUSES,
      warningSignIndicator(
        'excuses',
        share(current.excuse_texts, current.staff_texts),
        replies(
          current,
          current.excuse_texts,
          'make an excuse ("due to our policy", "the system won\'t let me")',
        ),
      ),
      'percent',
      previous ? share(previous.excuse_texts, previous.staff_texts) : null,
      {
        recordCount: current.excuse_texts,
        drilldown: items({ flags: [FlagType.EXCUSE] }),
        evidence: evidence.get(FlagType.EXCUSE) ?? [],
      },
    );
    const blame = sign(
      WarningSignKind.BLAMING_CUSTOMERS,
      warningSignIndicator(
        'blaming-customers',
        share(current.blame_texts, current.staff_texts),
        replies(current, current.blame_texts, 'blame the customer'),
      ),
      'percent',
      previous ? share(previous.blame_texts, previous.staff_texts) : null,
      {
        recordCount: current.blame_texts,
        drilldown: items({ flags: [FlagType.BLAME] }),
        evidence: evidence.get(FlagType.BLAME) ?? [],
      },
    );

    const inPeriod = (row: StaffingRow, p: Period) => {
      const at = Date.parse(`${row.occurred_on}T00:00:00Z`);
      return at >= p.from && at < p.to;
    };
    const record = (row: StaffingRow): StaffingRecord => ({
      id: row.id,
      type: row.type,
      on: row.occurred_on,
      team: { id: row.team_id, name: names.teams.get(row.team_id) ?? 'Unknown' },
      sickDays: row.sick_days,
    });
    const turnoverOf = (p: Period) => {
      const departures = staffing.filter(
        (row) => row.type === StaffingEventType.DEPARTURE && inPeriod(row, p),
      );
      return {
        departures,
        measure: staffTurnover({
          departures: departures.length,
          headcountStart: headcount,
          headcountEnd: headcount,
          period: p,
        }),
      };
    };
    const turnover = turnoverOf(period);
    const turnoverSign = sign(
      WarningSignKind.STAFF_TURNOVER,
      warningSignIndicator('staff-turnover', turnover.measure.value, turnover.measure.detail),
      'percent',
      comparison ? turnoverOf(comparison).measure.value : null,
      { recordCount: turnover.departures.length, staffingEvents: turnover.departures.map(record) },
    );

    const sickOf = (p: Period) => {
      const spells = staffing.filter((row) => {
        if (row.type !== StaffingEventType.SICK_LEAVE || !row.sick_days) return false;
        const start = Date.parse(`${row.occurred_on}T00:00:00Z`);
        const end = start + (calendarDaysOf(row.sick_days) - 1) * DAY_MS;
        return start < p.to && end >= p.from;
      });
      const measure =
        headcount > 0
          ? extendedSickLeave({
              absences: spells.map((row) => {
                const start = Date.parse(`${row.occurred_on}T00:00:00Z`);
                return {
                  staffId: row.id,
                  start,
                  end: start + (calendarDaysOf(row.sick_days ?? 1) - 1) * DAY_MS,
                };
              }),
              period: p,
              averageHeadcount: headcount,
              minDays: EXTENDED_SICK_DAYS,
            })
          : { value: null, staffIds: [] as string[], detail: 'No staff recorded for these teams.' };
      return { spells: spells.filter((row) => measure.staffIds.includes(row.id)), measure };
    };
    const sick = sickOf(period);
    const sickSign = sign(
      WarningSignKind.EXTENDED_SICK_LEAVE,
      warningSignIndicator('extended-sick-leave', sick.measure.value, sick.measure.detail),
      'percent',
      comparison ? sickOf(comparison).measure.value : null,
      { recordCount: sick.spells.length, staffingEvents: sick.spells.map(record) },
    );

    const overwhelmOf = (responses: number[] | null) => {
      if (responses === null) return null;
      if (responses.length < MIN_PULSE_GROUP) return { value: null, detail: '' };
      return overwhelmShare(responses);
    };
    const overwhelm = overwhelmOf(pulse) ?? { value: null, detail: '' };
    const overloadWords = `${current.overload_flags} item${current.overload_flags === 1 ? '' : 's'} mention overload ("short-staffed", "swamped").`;
    const overwhelmSign = sign(
      WarningSignKind.OVERWHELM,
      warningSignIndicator(
        'overwhelm',
        overwhelm.value,
        pulse.length < MIN_PULSE_GROUP
          ? `Fewer than ${MIN_PULSE_GROUP} pulse responses: not shown, so that no one's answer can be told. ${overloadWords}`
          : `${overwhelm.detail} ${overloadWords}`,
      ),
      'percent',
      overwhelmOf(previousPulse)?.value ?? null,
      {
        recordCount: pulse.length,
        drilldown: items({ flags: [FlagType.OVERLOAD] }),
        evidence: evidence.get(FlagType.OVERLOAD) ?? [],
      },
    );

    const risingSign = sign(WarningSignKind.RISING_COMPLAINTS, rising.indicator, 'ratio', null, {
      recordCount: current.complaints,
      drilldown: rising.tested
        ? filterDrilldown(countingFilter(filter, SignalCounting.COMPLAINTS), {
            receivedFrom: new Date(rising.tested.from),
            receivedTo: new Date(rising.tested.to),
          })
        : items({ kinds: [ItemKind.COMPLAINT] }),
    });

    const lapseValue = (value: Lapse | null) => {
      if (!value) return null;
      const complained = proportion(value.lapsedComplainants, value.complainants);
      const others = proportion(value.lapsedOthers, value.others);
      return complained.share !== null && others.share !== null
        ? complained.share - others.share
        : null;
    };
    const complained = proportion(lapse.lapsedComplainants, lapse.complainants);
    const others = proportion(lapse.lapsedOthers, lapse.others);
    const churn = `${current.churn_flags} of ${current.complaints} complaints say the customer will leave or has left.`;
    const lapseDetail =
      complained.share === null
        ? `No complaint in the period has a full ${FOLLOW_UP_DAYS}-day follow-up yet. ${churn}`
        : `${formatPercent(complained.share)} of customers who complained (${complained.successes} of ${complained.trials}) did not contact again within ${FOLLOW_UP_DAYS} days` +
          (others.share === null
            ? '. '
            : `, against ${formatPercent(others.share)} of other customers. `) +
          churn;
    const lapseSign = sign(
      WarningSignKind.LOSING_CUSTOMERS,
      warningSignIndicator('losing-customers', lapseValue(lapse), lapseDetail),
      'percent',
      lapseValue(previousLapse),
      {
        recordCount: lapse.lapsedComplainants,
        drilldown: lapse.lapsedItemIds.length
          ? { itemIds: lapse.lapsedItemIds }
          : items({ kinds: [ItemKind.COMPLAINT], flags: [FlagType.CHURN_RISK] }),
        evidence: evidence.get(FlagType.CHURN_RISK) ?? [],
      },
    );

    const signs = [excuses, blame, turnoverSign, sickSign, overwhelmSign, risingSign, lapseSign];
    return {
      period: periodRange(period),
      comparisonPeriod: comparison ? periodRange(comparison) : null,
      signs,
      alerts: signs.filter((s) => s.state === IndicatorState.ALERT).length,
      watches: signs.filter((s) => s.state === IndicatorState.WATCH).length,
    };
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
    const total = (
      key: 'staff_texts' | 'excuse_texts' | 'blame_texts' | 'churn_flags' | 'overload_flags',
    ) => rows.reduce((sum, row) => sum + row[key], 0);
    return {
      staff_texts: total('staff_texts'),
      excuse_texts: total('excuse_texts'),
      blame_texts: total('blame_texts'),
      churn_flags: rows
        .filter((row) => row.kind === ItemKind.COMPLAINT)
        .reduce((sum, row) => sum + row.churn_flags, 0),
      overload_flags: total('overload_flags'),
      complaints: rows
        .filter((row) => row.kind === ItemKind.COMPLAINT)
        .reduce((sum, row) => sum + row.arrivals, 0),
    };
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

  private async pulse(filter: Filter, period: Period): Promise<number[]> {
    const rows = await this.data.query<{ workload: number; n: number }>(
      `SELECT workload, count(*)::int AS n FROM pulse_entries
        WHERE submitted_on >= $1::date AND submitted_on < $2::date
          AND ($3::uuid[] IS NULL OR team_id = ANY($3::uuid[]))
        GROUP BY workload`,
      [dayOf(period.from), dayOf(period.to), filter.teamIds.length ? filter.teamIds : null],
    );
    return rows.flatMap((row) => new Array<number>(Number(row.n)).fill(Number(row.workload)));
  }

  private async risingComplaints(scope: Scope) {
    const tested = testedWeeks(scope.period, scope.now);
    const firstWeek = await this.data.firstWeek();
    const none = (explanation: string) => ({
      tested: null,
      indicator: {
        id: 'rising-complaints',
        label: 'Rising complaints',
        value: null,
        state: 'no-data' as const,
        direction: 'higher-is-worse' as const,
        watchAt: null,
        alertAt: null,
        explanation,
      },
    });
    if (!tested || firstWeek === null || tested.to <= firstWeek)
      return none('Rising complaints: no complete week to test yet.');
    const filter = countingFilter(scope.filter, SignalCounting.COMPLAINTS);
    if (!filter.kinds.includes(ItemKind.COMPLAINT))
      return none('Rising complaints: the filter leaves out complaints.');
    const from = Math.max(firstWeek, tested.from - 4 * 52 * WEEK_MS);
    const rows = await this.data.measures({
      filter,
      from,
      to: tested.to,
      unit: 'week',
      measures: ['arrivals'],
    });
    const weeks = Math.round((tested.to - from) / WEEK_MS);
    const counts = new Array<number>(weeks).fill(0);
    for (const row of rows) {
      const index = Math.round((Date.parse(`${row.bucket}T00:00:00Z`) - from) / WEEK_MS);
      if (index >= 0 && index < weeks) counts[index] += row.arrivals;
    }
    const recent = Math.round((tested.to - tested.from) / WEEK_MS);
    const spike = detectSpike(counts, {
      label: 'Complaints',
      unit: 'week',
      recent,
      ...seasonalBaseline(counts.length, recent),
      alternative: 'greater',
    });
    return { tested, indicator: risingComplaintsIndicator(spike) };
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

  /** A few recent examples of each warning-sign flag in the period (the flagged words, masked). */
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
          LIMIT 1
       ) e)`,
    );
    const rows = await this.data.query<{
      flag: FlagType;
      item_id: string;
      received_at: Date;
      text: string;
    }>(branches.join(' UNION ALL '), sql.params);
    const byFlag = new Map<FlagType, Quote[]>();
    for (const row of rows) {
      const list = byFlag.get(row.flag) ?? [];
      list.push({ itemId: row.item_id, receivedAt: new Date(row.received_at), text: row.text });
      byFlag.set(row.flag, list);
    }
    return byFlag;
  }
}
