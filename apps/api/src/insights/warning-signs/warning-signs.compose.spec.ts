import { NO_PULSE } from '../read-model/anonymous-pulse.compose';
import { WEEK_MS } from '@fulcrum/signals';
import { calendarDaysOf } from '../staff-load/team-weeks.compose';
import { ItemKind, FlagType } from '../../items/item.enums';
import { StaffingEventType } from '../../staff/staff.enums';
import type { Names, TeamRow } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { dayMs, EMPTY_FILTER, type Scope } from '../read-model/scope';
import {
  composeWarningSigns,
  type Lapse,
  MIN_PULSE_GROUP,
  type PeriodMeasures,
  periodMeasuresOf,
  risingComplaints,
  type StaffingRow,
  untestedRise,
  type WarningSignInputs,
} from './warning-signs.compose';
import { IndicatorState, WarningSignKind } from './warning-signs.types';

const TEAM = 'aaaaaaaa-0000-0000-0000-000000000001';
const names: Names = {
  teams: new Map([[TEAM, 'Service desk']]),
  themes: new Map(),
  policies: new Map(),
};
const teams: TeamRow[] = [{ id: TEAM, name: 'Service desk', staffCount: 20 }];
const scope: Scope = {
  period: { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') },
  comparison: { from: dayMs('2025-04-01'), to: dayMs('2025-05-01') },
  filter: EMPTY_FILTER,
  now: dayMs('2025-10-01'),
};
const measures = (values: Partial<PeriodMeasures> = {}): PeriodMeasures => ({
  staff_texts: 0,
  excuse_texts: 0,
  blame_texts: 0,
  churn_flags: 0,
  overload_flags: 0,
  complaints: 0,
  ...values,
});
const noLapse: Lapse = {
  complainants: 0,
  lapsedComplainants: 0,
  others: 0,
  lapsedOthers: 0,
  lapsedItemIds: [],
  windowEnd: scope.period.to,
};
const inputs = (overrides: Partial<WarningSignInputs> = {}): WarningSignInputs => ({
  scope,
  names,
  teams,
  current: measures(),
  previous: null,
  staffing: [],
  pulse: NO_PULSE,
  previousPulse: null,
  rising: untestedRise('Rising complaints: no complete week to test yet.'),
  lapse: noLapse,
  previousLapse: null,
  evidence: new Map(),
  replyItems: { excuses: 0, blame: 0 },
  neglected: { open: 0, needing: 0, staleDays: 7 },
  ...overrides,
});
const signOf = (kind: WarningSignKind, overrides: Partial<WarningSignInputs> = {}) => {
  const sign = composeWarningSigns(inputs(overrides)).signs.find((s) => s.sign === kind);
  if (!sign) throw new Error(`no ${kind} sign`);
  return sign;
};
const staffing = (values: Partial<StaffingRow>): StaffingRow => ({
  id: 'event',
  team_id: TEAM,
  type: StaffingEventType.DEPARTURE,
  occurred_on: '2025-05-10',
  sick_days: null,
  ...values,
});

describe('warning signs', () => {
  it('lists the eight signs in a fixed order and counts those on alert and on watch', () => {
    const signs = composeWarningSigns(inputs());
    expect(signs.signs.map((s) => s.sign)).toEqual([
      WarningSignKind.EXCUSES,
      WarningSignKind.BLAMING_CUSTOMERS,
      WarningSignKind.STAFF_TURNOVER,
      WarningSignKind.EXTENDED_SICK_LEAVE,
      WarningSignKind.OVERWHELM,
      WarningSignKind.RISING_COMPLAINTS,
      WarningSignKind.LOSING_CUSTOMERS,
      WarningSignKind.NEGLECTED_ITEMS,
    ]);
    expect(signs.alerts).toBe(signs.signs.filter((s) => s.state === IndicatorState.ALERT).length);
    expect(signs.watches).toBe(signs.signs.filter((s) => s.state === IndicatorState.WATCH).length);
  });

  it('measures excuses as a share of staff replies, against the comparison period', () => {
    const excuses = signOf(WarningSignKind.EXCUSES, {
      current: measures({ staff_texts: 50, excuse_texts: 10 }),
      previous: measures({ staff_texts: 40, excuse_texts: 2 }),
      replyItems: { excuses: 8, blame: 0 },
    });
    expect(excuses.value).toBeCloseTo(0.2);
    expect(excuses.previous).toBeCloseTo(0.05);
    // Ten replies in eight items: the drill-down opens the eight, so the count names them.
    expect(excuses.recordCount).toBe(8);
    expect(excuses.drilldown?.flags).toEqual([FlagType.EXCUSE]);
    expect(excuses.explanation).toContain('10 of 50 staff replies');
    expect(excuses.explanation).toContain('in 8 items.');
  });

  it('has no excuse share without staff replies', () => {
    expect(signOf(WarningSignKind.EXCUSES).value).toBeNull();
  });

  it('counts departures inside the period only towards turnover', () => {
    const turnover = signOf(WarningSignKind.STAFF_TURNOVER, {
      staffing: [
        staffing({ id: 'in-period' }),
        staffing({ id: 'before', occurred_on: '2025-04-10' }),
        staffing({ id: 'sick', type: StaffingEventType.SICK_LEAVE, sick_days: 2 }),
      ],
    });
    expect(turnover.staffingEvents.map((e) => e.id)).toEqual(['in-period']);
    expect(turnover.staffingEvents[0].team.name).toBe('Service desk');
  });

  it('counts sick leave of 28 calendar days or more (20 working days) as extended', () => {
    expect(calendarDaysOf(20)).toBe(28);
    const sick = signOf(WarningSignKind.EXTENDED_SICK_LEAVE, {
      staffing: [
        staffing({ id: 'long', type: StaffingEventType.SICK_LEAVE, sick_days: 20 }),
        staffing({ id: 'short', type: StaffingEventType.SICK_LEAVE, sick_days: 3 }),
      ],
    });
    expect(sick.staffingEvents.map((e) => e.id)).toEqual(['long']);
  });

  it('judges overwhelm only on five pulse answers or more', () => {
    const pulse = (responses: number) => ({
      responses,
      workloadSum: 5 * responses,
      overwhelmed: responses,
    });
    const few = signOf(WarningSignKind.OVERWHELM, { pulse: pulse(4) });
    expect(few.value).toBeNull();
    expect(few.explanation).toContain(`Fewer than ${MIN_PULSE_GROUP} pulse responses`);
    const enough = signOf(WarningSignKind.OVERWHELM, { pulse: pulse(5) });
    expect(enough.value).toBe(1);
  });

  it('measures losing customers as the lapsed share of complainants less that of the others', () => {
    const lapse = signOf(WarningSignKind.LOSING_CUSTOMERS, {
      lapse: {
        ...noLapse,
        complainants: 10,
        lapsedComplainants: 6,
        others: 50,
        lapsedOthers: 10,
        lapsedItemIds: ['a'],
      },
    });
    expect(lapse.value).toBeCloseTo(0.6 - 0.2);
    expect(lapse.drilldown).toEqual({ itemIds: ['a'] });
  });

  it("opens the period's complaints for rising complaints, the records it counts", () => {
    const tested = { from: dayMs('2025-05-05'), to: dayMs('2025-05-26') };
    const rising = signOf(WarningSignKind.RISING_COMPLAINTS, {
      rising: { ...untestedRise(''), tested },
    });
    expect(rising.drilldown).toMatchObject({
      receivedFrom: new Date('2025-05-01'),
      receivedTo: new Date('2025-06-01'),
      kinds: [ItemKind.COMPLAINT],
    });
  });

  it('opens nothing for lapsed customers when none lapsed', () => {
    const lapse = signOf(WarningSignKind.LOSING_CUSTOMERS, {
      lapse: {
        ...noLapse,
        complainants: 10,
        lapsedComplainants: 0,
        others: 50,
        lapsedOthers: 10,
        lapsedItemIds: [],
      },
    });
    expect(lapse.recordCount).toBe(0);
    expect(lapse.drilldown).toBeNull();
  });
});

describe('warning-sign readings', () => {
  const row = (values: Partial<MeasureRow>) =>
    ({
      bucket: null,
      arrivals: 0,
      staff_texts: 0,
      excuse_texts: 0,
      blame_texts: 0,
      churn_flags: 0,
      overload_flags: 0,
      ...values,
    }) as MeasureRow;

  it('counts churn flags and arrivals of complaints only, the text measures of every kind', () => {
    expect(
      periodMeasuresOf([
        row({ kind: ItemKind.COMPLAINT, arrivals: 4, churn_flags: 2, staff_texts: 3 }),
        row({ kind: ItemKind.REQUEST, arrivals: 9, churn_flags: 5, staff_texts: 7 }),
      ]),
    ).toMatchObject({ complaints: 4, churn_flags: 2, staff_texts: 10 });
  });

  it('places weekly complaints by week and tests the recent weeks for a rise', () => {
    const from = dayMs('2024-01-01');
    const tested = { from: from + 50 * WEEK_MS, to: from + 52 * WEEK_MS };
    const weeks = Array.from({ length: 52 }, (_, i) =>
      row({
        bucket: new Date(from + i * WEEK_MS).toISOString().slice(0, 10),
        arrivals: i >= 50 ? 60 : 10,
      }),
    );
    const result = risingComplaints(tested, from, weeks);
    expect(result.tested).toBe(tested);
    expect(result.indicator.value).not.toBeNull();
    expect(result.indicator.state).not.toBe('ok');
    expect(untestedRise('why').indicator.state).toBe('no-data');
    // Under a year of weeks: judged against the weeks before, and it says so.
    expect(result.baseline).toBe('the weeks before (less than a year of history)');
  });

  it('says there is too little history when the data starts inside the tested weeks', () => {
    const tested = { from: dayMs('2026-11-02'), to: dayMs('2026-11-30') };
    const from = dayMs('2026-11-16');
    const weeks = [
      row({ bucket: '2026-11-16', arrivals: 5 }),
      row({ bucket: '2026-11-23', arrivals: 7 }),
    ];
    const result = risingComplaints(tested, from, weeks);
    expect(result.indicator.value).toBeNull();
    expect(result.indicator.state).toBe('no-data');
    expect(result.indicator.explanation).toMatch(/not enough history/);
  });

  it('gives each sign a verdict that names what it is judged against', () => {
    const tested = { from: dayMs('2025-05-05'), to: dayMs('2025-05-26') };
    const rising = signOf(WarningSignKind.RISING_COMPLAINTS, {
      rising: {
        tested,
        baseline: 'the same weeks (±3) of 2022–2024',
        indicator: { ...untestedRise('').indicator, value: 1.3, state: 'alert' },
      },
    });
    expect(rising.window?.label).toBe('5 May – 25 May 2025');
    expect(rising.verdict).toBe(
      'Complaints: 1.3× the usual weekly rate in 5 May – 25 May 2025, against the same weeks (±3) of 2022–2024: alert.',
    );
    const excuses = signOf(WarningSignKind.EXCUSES, {
      current: measures({ staff_texts: 50, excuse_texts: 10 }),
      previous: measures({ staff_texts: 40, excuse_texts: 2 }),
    });
    expect(excuses.verdict).toMatch(
      /: 20% against fixed thresholds .*\(5% in Apr 2025, shown for context\)\.$/,
    );
    expect(excuses.judgedAgainst).toMatch(/^fixed thresholds \(watch at .*, alert at .*\)$/);
    expect(excuses.verdict).toContain(`against ${excuses.judgedAgainst}`);
  });

  describe('neglected open items', () => {
    const neglected = (open: number, needing: number) =>
      signOf(WarningSignKind.NEGLECTED_ITEMS, { neglected: { open, needing, staleDays: 7 } });

    it('is the share of open items needing attention, watched from 10% and alerted from 25%', () => {
      expect(neglected(100, 9)).toMatchObject({ value: 0.09, state: IndicatorState.OK });
      expect(neglected(100, 10)).toMatchObject({ value: 0.1, state: IndicatorState.WATCH });
      expect(neglected(100, 24)).toMatchObject({ state: IndicatorState.WATCH });
      expect(neglected(100, 25)).toMatchObject({ value: 0.25, state: IndicatorState.ALERT });
    });

    it('counts the items needing attention and opens exactly those, judged now', () => {
      const sign = neglected(40, 12);
      expect(sign.recordCount).toBe(12);
      // No received-in-period bounds: an item received long ago and left waiting counts.
      expect(sign.drilldown).toEqual({ needsAttentionDays: 7 });
      expect(sign.previous).toBeNull();
      expect(sign.explanation).toContain('12 of 40 open items on 2025-10-01 are past');
      expect(sign.explanation).toContain('for 7 days');
    });

    it('has no value and nothing to open when no item is open', () => {
      const sign = neglected(0, 0);
      expect(sign).toMatchObject({ value: null, state: IndicatorState.NO_DATA, drilldown: null });
      expect(sign.explanation).toContain('No open items on 2025-10-01.');
    });

    it('counts a neglected item towards the alerts', () => {
      const signs = composeWarningSigns(
        inputs({ neglected: { open: 4, needing: 2, staleDays: 7 } }),
      );
      expect(signs.alerts).toBe(1);
    });
  });
});
