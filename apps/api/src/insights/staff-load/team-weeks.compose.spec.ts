import { WEEK_MS } from '@fulcrum/signals';
import { ItemKind } from '../../items/item.enums';
import { StaffingEventType } from '../../staff/staff.enums';
import type { MeasureRow } from '../read-model/rollups';
import { dayMs } from '../read-model/scope';
import { LoadOutcome } from './staff-load.types';
import {
  capacityPerStaffPerWeek,
  carryForward,
  geometricHours,
  sickDaysIn,
  type StaffingRow,
  teamRelations,
  teamWeeks,
  vacanciesAt,
} from './team-weeks.compose';

const event = (
  type: StaffingEventType,
  on: string,
  sickDays: number | null = null,
): StaffingRow => ({
  team_id: 't',
  type,
  occurred_on: on,
  sick_days: sickDays,
});
const team = { id: 't', name: 'Repairs' };
const monday = dayMs('2025-03-03');
const row = (kind: ItemKind, values: Partial<MeasureRow>) =>
  ({
    kind,
    arrivals: 0,
    completions: 0,
    responded: 0,
    response_log_sum: 0,
    ...values,
  }) as MeasureRow;

describe('sickDaysIn', () => {
  // Ten working days are fourteen calendar days from the 3rd: 3rd to the 16th.
  const spell = event(StaffingEventType.SICK_LEAVE, '2025-03-03', 10);

  it('counts every working day of a spell inside the range', () => {
    expect(sickDaysIn(spell, dayMs('2025-03-01'), dayMs('2025-04-01'))).toBe(10);
  });

  it('spreads the working days evenly over the calendar days and rounds the part in range', () => {
    // 7 of the 14 calendar days fall in the first week: half the working days.
    expect(sickDaysIn(spell, monday, monday + WEEK_MS)).toBe(5);
    // 2 of 14 calendar days: 10 × 2 ⁄ 14 ≈ 1.4, rounded to 1.
    expect(sickDaysIn(spell, dayMs('2025-03-15'), dayMs('2025-04-01'))).toBe(1);
  });

  it('counts nothing outside the spell, for other events or without a length', () => {
    expect(sickDaysIn(spell, dayMs('2025-03-17'), dayMs('2025-04-01'))).toBe(0);
    expect(sickDaysIn(event(StaffingEventType.HIRE, '2025-03-03'), monday, monday + WEEK_MS)).toBe(
      0,
    );
    expect(
      sickDaysIn(event(StaffingEventType.SICK_LEAVE, '2025-03-03'), monday, monday + WEEK_MS),
    ).toBe(0);
  });
});

describe('vacanciesAt', () => {
  const events = [
    event(StaffingEventType.DEPARTURE, '2025-01-10'),
    event(StaffingEventType.DEPARTURE, '2025-02-10'),
    event(StaffingEventType.HIRE, '2025-03-10'),
  ];

  it('counts departures not yet replaced by hires before the end', () => {
    expect(vacanciesAt(events, dayMs('2025-03-01'))).toBe(2);
    expect(vacanciesAt(events, dayMs('2025-04-01'))).toBe(1);
    expect(vacanciesAt(events, dayMs('2025-01-10'))).toBe(0);
  });

  it('never goes below zero when hires outnumber departures', () => {
    expect(vacanciesAt([event(StaffingEventType.HIRE, '2025-01-01')], dayMs('2025-02-01'))).toBe(0);
  });
});

describe('capacityPerStaffPerWeek', () => {
  it("takes the 90th percentile of a team's weekly completions per person", () => {
    const weeks = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    // Type-7 p90 of 10…100 is 91, per person of 10 staff 9.1.
    expect(capacityPerStaffPerWeek(weeks, 10)).toBeCloseTo(9.1, 10);
  });

  it('is unknown with fewer than eight weeks, or when the team finished nothing', () => {
    expect(capacityPerStaffPerWeek([10, 20, 30, 40, 50, 60, 70], 10)).toBeNull();
    expect(capacityPerStaffPerWeek(new Array(8).fill(0), 10)).toBeNull();
  });

  it('counts a team without staff as one person rather than dividing by zero', () => {
    expect(capacityPerStaffPerWeek(new Array(8).fill(12), 0)).toBe(12);
  });
});

describe('carryForward', () => {
  it('fills gaps with the last known value and leading gaps with the first', () => {
    expect(carryForward([null, 2, null, 3, 4, null, 5, 6, 7])).toEqual([2, 2, 2, 3, 4, 4, 5, 6, 7]);
  });

  it('gives nothing to relate with fewer than six known weeks', () => {
    expect(carryForward([1, 2, null, 3, 4, 5])).toBeNull();
  });
});

describe('geometricHours', () => {
  it('turns the mean of ln(1 + minutes) back into hours', () => {
    // Two items at 59 and 239 minutes: geometric mean of 60 and 240 is 120, less 1 → 119 minutes.
    expect(geometricHours(Math.log(60) + Math.log(240), 2)).toBeCloseTo(119 / 60, 5);
    expect(geometricHours(0, 0)).toBe(0);
  });
});

describe('teamWeeks', () => {
  const weeks = [monday, monday + WEEK_MS];
  const rowsOf = new Map([
    [
      't|2025-03-03',
      [
        row(ItemKind.COMPLAINT, {
          arrivals: 4,
          completions: 1,
          responded: 2,
          response_log_sum: 2 * Math.log(61),
        }),
        row(ItemKind.REQUEST, { arrivals: 6, completions: 5 }),
      ],
    ],
  ]);
  const pulseOf = new Map([['t|2025-03-03', { responses: 4, workloadSum: 14, overwhelmed: 2 }]]);
  const staffing = [
    event(StaffingEventType.DEPARTURE, '2025-03-04'),
    event(StaffingEventType.HIRE, '2025-03-11'),
    event(StaffingEventType.SICK_LEAVE, '2025-03-10', 5),
  ];

  it("sums a week's rows per kind and reads its first responses, pulse and staffing", () => {
    const [first, second] = teamWeeks({ team, weeks, rowsOf, pulseOf, staffing });
    expect(first).toMatchObject({
      weekStart: '2025-03-03',
      team,
      arrivals: 10,
      completions: 6,
      complaints: 4,
      pulseWorkload: 3.5,
      pulseResponses: 4,
      sickDays: 0,
      departures: 1,
      hires: 0,
    });
    expect(first.firstResponseHours).toBeCloseTo(1, 5);
    expect(second).toMatchObject({
      weekStart: '2025-03-10',
      arrivals: 0,
      complaints: 0,
      firstResponseHours: null,
      pulseWorkload: null,
      pulseResponses: 0,
      sickDays: 5,
      departures: 0,
      hires: 1,
    });
  });
});

describe('teamRelations', () => {
  const weeks = Array.from({ length: 20 }, (_, i) => monday + i * WEEK_MS);
  const key = (i: number) => `t|${new Date(weeks[i]).toISOString().slice(0, 10)}`;

  it('says why it cannot relate a pulse answered in too few weeks', () => {
    const pulseOf = new Map(
      [0, 1, 2].map((i) => [key(i), { responses: 3, workloadSum: 9, overwhelmed: 0 }]),
    );
    const relations = teamRelations({ team, weeks, rowsOf: new Map(), pulseOf, staffing: [] }, 4);
    expect(relations.map((r) => [r.outcome, r.lagWeeks, r.significant])).toEqual([
      [LoadOutcome.COMPLAINTS, null, false],
      [LoadOutcome.FIRST_RESPONSE, null, false],
    ]);
    expect(relations[0].explanation).toBe(
      'Repairs: too few weeks with pulse responses to relate workload to complaints.',
    );
  });

  it('finds complaints following the pulse by the lag they follow it', () => {
    // Workload swings week to week; complaints repeat it two weeks later.
    const workload = weeks.map((_, i) => 2 + ((i * 7) % 5) * 0.5);
    const pulseOf = new Map(
      weeks.map((_, i) => [
        key(i),
        { responses: 10, workloadSum: 10 * workload[i], overwhelmed: 0 },
      ]),
    );
    const rowsOf = new Map(
      weeks.map((_, i) => [
        key(i),
        [row(ItemKind.COMPLAINT, { arrivals: i >= 2 ? Math.round(workload[i - 2] * 10) : 20 })],
      ]),
    );
    const [complaints] = teamRelations({ team, weeks, rowsOf, pulseOf, staffing: [] }, 4);
    expect(complaints.lagWeeks).toBe(2);
    expect(complaints.correlation).toBeGreaterThan(0.9);
    expect(complaints.team).toEqual(team);
  });
});
