// Warning signs that an organisation is losing touch with its customers, as indicators:
// replies with excuses, blaming the customer, staff turnover, extended sick leave, overwhelm,
// rising complaints and losing customers. Measures come with a `detail` sentence of the counts
// behind them; default thresholds are starting points each organisation should tune.

import { formatAmount, formatPercent } from './format';
import { Indicator, IndicatorDirection, IndicatorFormat, evaluateIndicator } from './indicators';
import { Proportion, proportion } from './intervals';
import { SpikeResult } from './spikes';
import { DAY_MS, EpochMs, Period, requirePeriod } from './time';
import {
  SignalsInputError,
  requireCount,
  requireFinite,
  requireNonNegative,
  requirePositive,
} from './validate';

export type WarningSign =
  | 'excuses'
  | 'blaming-customers'
  | 'staff-turnover'
  | 'extended-sick-leave'
  | 'overwhelm'
  | 'losing-customers'
  | 'neglected-items';

export interface WarningSignThresholds {
  label: string;
  watchAt: number;
  alertAt: number;
  direction: IndicatorDirection;
  format: IndicatorFormat;
  unit?: string;
}

/** Default labels and thresholds per warning sign (all "higher is worse"). */
export const WARNING_SIGN_DEFAULTS: Readonly<Record<WarningSign, WarningSignThresholds>> = {
  // Share of staff replies with excuse language.
  excuses: {
    label: 'Replies with excuses',
    watchAt: 0.05,
    alertAt: 0.1,
    direction: 'higher-is-worse',
    format: 'percent',
  },
  // Share of staff replies or reports blaming the customer.
  'blaming-customers': {
    label: 'Blaming the customer',
    watchAt: 0.02,
    alertAt: 0.05,
    direction: 'higher-is-worse',
    format: 'percent',
  },
  // Annualised departures ÷ average headcount (UK average labour turnover is about 15%).
  'staff-turnover': {
    label: 'Staff turnover',
    watchAt: 0.15,
    alertAt: 0.25,
    direction: 'higher-is-worse',
    format: 'percent',
    unit: ' a year',
  },
  // Share of staff with a sickness absence of 4 weeks or more in the period.
  'extended-sick-leave': {
    label: 'Extended sick leave',
    watchAt: 0.03,
    alertAt: 0.06,
    direction: 'higher-is-worse',
    format: 'percent',
    unit: ' of staff',
  },
  // Share of pulse responses reporting an unmanageable workload.
  overwhelm: {
    label: 'Work overwhelm',
    watchAt: 0.25,
    alertAt: 0.4,
    direction: 'higher-is-worse',
    format: 'percent',
    unit: ' of pulse responses',
  },
  // Lapse share of customers after a complaint minus that of other customers.
  'losing-customers': {
    label: 'Customers lost after a complaint',
    watchAt: 0.05,
    alertAt: 0.1,
    direction: 'higher-is-worse',
    format: 'percent',
    unit: ' excess over other customers',
  },
  // Share of open items past a service-level target or without an update for days: what waits
  // unescalated (seed 000 §10) and leaves customers without news (§7).
  'neglected-items': {
    label: 'Neglected open items',
    watchAt: 0.1,
    alertAt: 0.25,
    direction: 'higher-is-worse',
    format: 'percent',
    unit: ' of open items',
  },
};

/** Evaluates one warning sign with its default (or overridden) thresholds. */
export function warningSignIndicator(
  sign: WarningSign,
  value: number | null,
  detail?: string,
  overrides: Partial<WarningSignThresholds> = {},
): Indicator {
  return evaluateIndicator({
    id: sign,
    ...WARNING_SIGN_DEFAULTS[sign],
    ...overrides,
    value,
    detail,
  });
}

/** Rising complaints as an indicator, judged by the spike test's severity (alert, watch, none). */
export function risingComplaintsIndicator(spike: SpikeResult): Indicator {
  const base = {
    id: 'rising-complaints',
    label: 'Rising complaints',
    direction: 'higher-is-worse' as const,
    watchAt: null,
    alertAt: null,
  };
  if (spike.status === 'insufficient-history')
    return { ...base, value: null, state: 'no-data', explanation: spike.explanation };
  const state = spike.direction === 'rise' && spike.severity !== 'none' ? spike.severity : 'ok';
  return { ...base, value: spike.rateRatio, state, explanation: spike.explanation };
}

export interface Measure {
  value: number | null;
  detail: string;
}

export interface TurnoverInput {
  departures: number;
  headcountStart: number;
  headcountEnd: number;
  period: Period;
}

/** Staff turnover: departures ÷ average headcount, annualised (× 365.25 days ÷ period length). */
export function staffTurnover(
  input: TurnoverInput,
): Measure & { departures: number; averageHeadcount: number } {
  requireCount(input.departures, 'departures');
  requireNonNegative(input.headcountStart, 'headcountStart');
  requireNonNegative(input.headcountEnd, 'headcountEnd');
  requirePeriod(input.period);
  const averageHeadcount = (input.headcountStart + input.headcountEnd) / 2;
  const days = (input.period.to - input.period.from) / DAY_MS;
  const value =
    averageHeadcount > 0 ? (input.departures / averageHeadcount) * (365.25 / days) : null;
  return {
    value,
    departures: input.departures,
    averageHeadcount,
    detail: `${input.departures} departure${input.departures === 1 ? '' : 's'} against an average headcount of ${formatAmount(averageHeadcount)} over ${formatAmount(days)} days.`,
  };
}

export interface AbsenceSpell {
  staffId: string;
  start: EpochMs;
  // Last day of absence (inclusive) or null while still absent.
  end: EpochMs | null;
}

export interface SickLeaveInput {
  absences: readonly AbsenceSpell[];
  period: Period;
  averageHeadcount: number;
  // Length that makes an absence "extended" (default 28 days, the usual long-term threshold).
  minDays?: number;
}

/**
 * Share of staff with an extended sickness absence overlapping the period. One person's spells
 * that follow within 3 days of each other (renewed fit notes, weekends) count as one absence.
 */
export function extendedSickLeave(input: SickLeaveInput): Measure & { staffIds: string[] } {
  requirePeriod(input.period);
  requirePositive(input.averageHeadcount, 'averageHeadcount');
  const minDays = input.minDays ?? 28;
  requirePositive(minDays, 'minDays');
  const byStaff = new Map<string, { start: number; end: number }[]>();
  input.absences.forEach((spell, i) => {
    requireFinite(spell.start, `absences[${i}].start`);
    const end = spell.end ?? input.period.to;
    if (end < spell.start)
      throw new SignalsInputError(`absences[${i}].end`, 'must not be before start', spell.end);
    const list = byStaff.get(spell.staffId) ?? [];
    list.push({ start: spell.start, end });
    byStaff.set(spell.staffId, list);
  });
  const staffIds: string[] = [];
  for (const [staffId, spells] of byStaff) {
    spells.sort((a, b) => a.start - b.start);
    let current = { ...spells[0] };
    const merged = [current];
    for (const spell of spells.slice(1)) {
      if (spell.start - current.end <= 3 * DAY_MS) current.end = Math.max(current.end, spell.end);
      else merged.push((current = { ...spell }));
    }
    const extended = merged.some(
      (s) =>
        (s.end - s.start) / DAY_MS + 1 >= minDays &&
        s.start < input.period.to &&
        s.end >= input.period.from,
    );
    if (extended) staffIds.push(staffId);
  }
  return {
    value: staffIds.length / input.averageHeadcount,
    staffIds,
    detail: `${staffIds.length} staff on sick leave of ${formatAmount(minDays)} days or more, of an average ${formatAmount(input.averageHeadcount)}.`,
  };
}

/**
 * Customers who complained and customers who only contacted otherwise, each judged once from
 * their first contact in the period with a full follow-up window: "lapsed" when they did not
 * contact again within it. The caller judges the customers (the API does so in SQL).
 */
export interface LapseCounts {
  complainants: number;
  lapsedComplainants: number;
  others: number;
  lapsedOthers: number;
}

export interface CustomerLapse extends Measure {
  // Lapsed among customers who complained, and among customers who contacted without complaining.
  complainants: Proportion;
  others: Proportion;
  // complainants' lapse share − others' (the indicator value).
  excess: number | null;
}

/**
 * Losing customers: the share of complainants who lapsed within `followUpDays` against the same
 * share for customers who contacted without complaining. The excess is what complaints cost.
 */
export function customerLapse(counts: LapseCounts, followUpDays = 90): CustomerLapse {
  requirePositive(followUpDays, 'followUpDays');
  const complained = lapsedShare(counts.lapsedComplainants, counts.complainants, 'Complainants');
  const other = lapsedShare(counts.lapsedOthers, counts.others, 'Others');
  const excess =
    complained.share !== null && other.share !== null ? complained.share - other.share : null;
  const detail =
    complained.share === null
      ? `No complaint in the period has a full ${formatAmount(followUpDays)}-day follow-up yet.`
      : `${formatPercent(complained.share)} of customers who complained (${complained.successes} of ${complained.trials}) did not contact again within ${formatAmount(followUpDays)} days` +
        (other.share === null
          ? '.'
          : `, against ${formatPercent(other.share)} of other customers.`);
  return { value: excess, complainants: complained, others: other, excess, detail };
}

function lapsedShare(lapsed: number, customers: number, who: string): Proportion {
  requireCount(lapsed, `lapsed${who}`);
  requireCount(customers, who.toLowerCase());
  if (lapsed > customers)
    throw new SignalsInputError(`lapsed${who}`, `must not exceed ${who.toLowerCase()}`, lapsed);
  return proportion(lapsed, customers);
}
