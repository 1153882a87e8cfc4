// The pure half of the warning signs: measures read by WarningSignsService in, the seven signs
// out (and neglected open items), each with its indicator (thresholds from @fulcrum/signals), explanation and records.
import {
  customerLapse,
  DAY_MS,
  detectSpike,
  extendedSickLeave,
  type Indicator,
  type LapseCounts,
  type Period,
  proportion,
  risingComplaintsIndicator,
  staffTurnover,
  warningSignIndicator,
  WEEK_MS,
} from '@fulcrum/signals';
import { ItemKind, FlagType } from '../../items/item.enums';
import { StaffingEventType } from '../../staff/staff.enums';
import type { Quote } from '../hotspots/hotspots.types';
import type { Drilldown } from '../read-model/drilldown.types';
import type { PulseCounts } from '../read-model/anonymous-pulse.compose';
import type { Names, TeamRow } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { periodLabel, periodRange, type Scope } from '../read-model/scope';
import { filterDrilldown } from '../read-model/sql';
import { addToWeek, baselineWords, seasonalBaseline } from '../read-model/weeks';
import { thresholdVerdict, thresholdWords, usualVerdict } from '../read-model/verdicts';
import { calendarDaysOf } from '../staff-load/team-weeks.compose';
import { ValueFormat } from '../trends/trends.types';
import {
  IndicatorState,
  type StaffingRecord,
  type WarningSign,
  WarningSignKind,
  type WarningSigns,
} from './warning-signs.types';

/** Fewer pulse responses than this are too few to judge overwhelm by. */
export const MIN_PULSE_GROUP = 5;
/** Days after a customer's first contact in which another contact means they did not lapse. */
export const FOLLOW_UP_DAYS = 90;
/** Sick leave at least this long (calendar days) is extended. */
export const EXTENDED_SICK_DAYS = 28;

/** The rollup sums the text-based signs read, for one period. */
export interface PeriodMeasures {
  staff_texts: number;
  excuse_texts: number;
  blame_texts: number;
  churn_flags: number;
  overload_flags: number;
  complaints: number;
}

export interface StaffingRow {
  id: string;
  team_id: string;
  type: StaffingEventType;
  occurred_on: string;
  sick_days: number | null;
}

/** Customers with a full follow-up window, complainants against the others, who lapsed and their complaints. */
export interface Lapse extends LapseCounts {
  lapsedItemIds: string[];
  windowEnd: number;
}

/** The rising-complaints test: the whole weeks tested (null when none could be) and its indicator. */
export interface RisingComplaints {
  tested: { from: number; to: number } | null;
  indicator: Indicator;
  /** What the tested weeks are compared with, in words ("the same weeks (±3) of 2023–2025"). */
  baseline: string;
}

export interface WarningSignInputs {
  scope: Scope;
  names: Names;
  teams: readonly TeamRow[];
  current: PeriodMeasures;
  previous: PeriodMeasures | null;
  /** Staffing events from the start of the comparison (else the period), with spells reaching in. */
  staffing: readonly StaffingRow[];
  /** Pulse counts of whole months: named entries and published anonymous groups only. */
  pulse: PulseCounts;
  previousPulse: PulseCounts | null;
  rising: RisingComplaints;
  lapse: Lapse;
  previousLapse: Lapse | null;
  evidence: ReadonlyMap<FlagType, Quote[]>;
  /** The items holding the period's excusing and blaming replies. */
  replyItems: ReplyItems;
  neglected: Neglected;
}

/** Open items now, and those past a service-level target or without an update for `staleDays`. */
export interface Neglected {
  open: number;
  needing: number;
  staleDays: number;
}

export interface ReplyItems {
  excuses: number;
  blame: number;
}

const stateOf = (indicator: Indicator): IndicatorState => indicator.state as IndicatorState;
const FORMATS: Record<string, ValueFormat> = {
  percent: ValueFormat.SHARE,
  number: ValueFormat.COUNT,
  ratio: ValueFormat.RATIO,
};

/**
 * The seven warning signs of losing touch with customers: excuses, blaming customers, staff
 * turnover, extended sick leave, overwhelm, rising complaints and lapsing customers.
 */
export function composeWarningSigns(input: WarningSignInputs): WarningSigns {
  const { period, comparison, filter } = input.scope;
  const { names, teams, current, previous, staffing, pulse, previousPulse, rising } = input;
  const { lapse, previousLapse, evidence, replyItems, neglected } = input;
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
    judgedAgainst: thresholdWords(indicator, FORMATS[format] ?? ValueFormat.COUNT),
    window: null,
    verdict: thresholdVerdict({
      label: indicator.label,
      value: indicator.value,
      format: FORMATS[format] ?? ValueFormat.COUNT,
      state: indicator.state,
      thresholds: thresholdWords(indicator, FORMATS[format] ?? ValueFormat.COUNT),
      previous: previousValue,
      against: comparison ? periodLabel(comparison) : null,
    }),
    recordCount: 0,
    drilldown: null,
    staffingEvents: [],
    evidence: [],
    ...rest,
  });
  const share = (a: number, b: number) => (b > 0 ? a / b : null);
  // The share is of replies; the records behind it are the items holding them (an item can hold
  // several), so the sentence names both and the drill-down opens exactly the items counted.
  const replies = (m: PeriodMeasures, count: number, inItems: number, what: string) =>
    `${count} of ${m.staff_texts} staff replies and notes ${what}, in ${inItems} ${inItems === 1 ? 'item' : 'items'}.`;

  const excuses = sign(
    WarningSignKind.EXCUSES,
    warningSignIndicator(
      'excuses',
      share(current.excuse_texts, current.staff_texts),
      replies(
        current,
        current.excuse_texts,
        replyItems.excuses,
        'make an excuse ("due to our policy", "the system won\'t let me")',
      ),
    ),
    'percent',
    previous ? share(previous.excuse_texts, previous.staff_texts) : null,
    {
      recordCount: replyItems.excuses,
      drilldown: items({ flags: [FlagType.EXCUSE] }),
      evidence: evidence.get(FlagType.EXCUSE) ?? [],
    },
  );
  const blame = sign(
    WarningSignKind.BLAMING_CUSTOMERS,
    warningSignIndicator(
      'blaming-customers',
      share(current.blame_texts, current.staff_texts),
      replies(current, current.blame_texts, replyItems.blame, 'blame the customer'),
    ),
    'percent',
    previous ? share(previous.blame_texts, previous.staff_texts) : null,
    {
      recordCount: replyItems.blame,
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

  const overwhelmOf = (counts: PulseCounts | null) => {
    if (counts === null) return null;
    if (counts.responses < MIN_PULSE_GROUP) return { value: null, detail: '' };
    const share = proportion(counts.overwhelmed, counts.responses);
    return {
      value: share.share,
      detail: `${share.successes} of ${share.trials} pulse responses (whole months: named ones and published anonymous groups) report a workload of 4 or more out of 5.`,
    };
  };
  const overwhelm = overwhelmOf(pulse) ?? { value: null, detail: '' };
  const overloadWords = `${current.overload_flags} item${current.overload_flags === 1 ? '' : 's'} mention overload ("short-staffed", "swamped").`;
  const overwhelmSign = sign(
    WarningSignKind.OVERWHELM,
    warningSignIndicator(
      'overwhelm',
      overwhelm.value,
      pulse.responses < MIN_PULSE_GROUP
        ? `Fewer than ${MIN_PULSE_GROUP} pulse responses in the whole months of the period (anonymous ones count only in published groups of 5 or more). ${overloadWords}`
        : `${overwhelm.detail} ${overloadWords}`,
    ),
    'percent',
    overwhelmOf(previousPulse)?.value ?? null,
    {
      recordCount: pulse.responses,
      drilldown: items({ flags: [FlagType.OVERLOAD] }),
      evidence: evidence.get(FlagType.OVERLOAD) ?? [],
    },
  );

  const window = rising.tested ? periodRange(rising.tested) : null;
  const risingSign = sign(WarningSignKind.RISING_COMPLAINTS, rising.indicator, 'ratio', null, {
    judgedAgainst: rising.baseline,
    window,
    verdict: usualVerdict({
      label: 'Complaints',
      ratio: rising.indicator.value,
      state: rising.indicator.state,
      window: window?.label ?? null,
      baseline: rising.baseline,
    }),
    // The period's complaints, the records counted here (the rise itself is tested on whole
    // weeks, which its explanation names).
    recordCount: current.complaints,
    drilldown: items({ kinds: [ItemKind.COMPLAINT] }),
  });

  const judged = customerLapse(lapse, FOLLOW_UP_DAYS);
  const churn = `${current.churn_flags} of ${current.complaints} complaints say the customer will leave or has left.`;
  const lapseSign = sign(
    WarningSignKind.LOSING_CUSTOMERS,
    warningSignIndicator('losing-customers', judged.value, `${judged.detail} ${churn}`),
    'percent',
    previousLapse ? customerLapse(previousLapse, FOLLOW_UP_DAYS).value : null,
    {
      recordCount: lapse.lapsedComplainants,
      // The lapsed complainants' complaints; none lapsed, nothing to open (the churn mentions
      // are its evidence).
      drilldown: lapse.lapsedItemIds.length ? { itemIds: lapse.lapsedItemIds } : null,
      evidence: evidence.get(FlagType.CHURN_RISK) ?? [],
    },
  );

  // A snapshot now, like the Attention page it comes from: an item's past neglect is not kept,
  // so there is no comparison value, and the drill-down judges the same items now.
  const neglectedSign = sign(
    WarningSignKind.NEGLECTED_ITEMS,
    warningSignIndicator(
      'neglected-items',
      share(neglected.needing, neglected.open),
      neglectedWords(neglected, input.scope.now),
    ),
    'percent',
    null,
    {
      recordCount: neglected.needing,
      drilldown:
        neglected.needing > 0
          ? filterDrilldown(filter, { needsAttentionDays: neglected.staleDays })
          : null,
    },
  );

  const signs = [
    excuses,
    blame,
    turnoverSign,
    sickSign,
    overwhelmSign,
    risingSign,
    lapseSign,
    neglectedSign,
  ];
  return {
    period: periodRange(period),
    comparisonPeriod: comparison ? periodRange(comparison) : null,
    signs,
    alerts: signs.filter((s) => s.state === IndicatorState.ALERT).length,
    watches: signs.filter((s) => s.state === IndicatorState.WATCH).length,
  };
}

/** The neglected-items sign's counts in words, naming the moment they are judged at. */
export function neglectedWords(neglected: Neglected, now: number): string {
  const day = new Date(now).toISOString().slice(0, 10);
  if (neglected.open === 0) return `No open items on ${day}.`;
  const { open, needing, staleDays } = neglected;
  return `${needing} of ${open} open ${open === 1 ? 'item' : 'items'} on ${day} ${needing === 1 ? 'is' : 'are'} past a first-response or resolution target, or without an update the customer saw for ${staleDays} days.`;
}

/** A period's sums from rollup rows per kind: churn flags and arrivals of complaints only. */
export function periodMeasuresOf(rows: readonly MeasureRow[]): PeriodMeasures {
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

/** No rising-complaints test, and why. */
export const untestedRise = (explanation: string): RisingComplaints => ({
  tested: null,
  baseline: 'past weeks',
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

/**
 * The tested weeks' complaints against the same weeks of earlier years and the weeks before
 * (seasonal baseline), from weekly arrivals since `from`.
 */
export function risingComplaints(
  tested: { from: number; to: number },
  from: number,
  weekRows: readonly MeasureRow[],
): RisingComplaints {
  // History that starts inside the tested weeks still yields a series covering all of them (the
  // spike test then says there is too little history instead of refusing the series).
  const start = Math.min(from, tested.from);
  const weeks = Math.round((tested.to - start) / WEEK_MS);
  const counts = new Array<number>(weeks).fill(0);
  for (const row of weekRows) addToWeek(counts, start, row.bucket, row.arrivals);
  const recent = Math.round((tested.to - tested.from) / WEEK_MS);
  const spike = detectSpike(counts, {
    label: 'Complaints',
    unit: 'week',
    recent,
    ...seasonalBaseline(counts.length, recent),
    alternative: 'greater',
  });
  return {
    tested,
    indicator: risingComplaintsIndicator(spike),
    baseline: baselineWords(tested.from, counts.length, recent).words,
  };
}

/** Recent examples per flag, in the order read. */
export function quotesByFlag(
  rows: readonly { flag: FlagType; item_id: string; received_at: Date; text: string }[],
): Map<FlagType, Quote[]> {
  const byFlag = new Map<FlagType, Quote[]>();
  for (const row of rows) {
    const list = byFlag.get(row.flag) ?? [];
    list.push({ itemId: row.item_id, receivedAt: new Date(row.received_at), text: row.text });
    byFlag.set(row.flag, list);
  }
  return byFlag;
}
