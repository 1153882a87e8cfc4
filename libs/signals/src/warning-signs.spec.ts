import { detectSpike } from './spikes';
import { DAY_MS } from './time';
import {
  CustomerContact,
  customerLapse,
  extendedSickLeave,
  overwhelmShare,
  risingComplaintsIndicator,
  staffTurnover,
  warningSignIndicator,
} from './warning-signs';

const day = (n: number) => Date.parse('2024-01-01T00:00:00Z') + n * DAY_MS;
const quarter = { from: day(0), to: day(91) };

describe('staffTurnover', () => {
  it('annualises departures ÷ average headcount: 3 of 40 in a quarter is about 30% a year', () => {
    const turnover = staffTurnover({
      departures: 3,
      headcountStart: 42,
      headcountEnd: 38,
      period: quarter,
    });
    expect(turnover.averageHeadcount).toBe(40);
    expect(turnover.value).toBeCloseTo((3 / 40) * (365.25 / 91), 12);
    expect(turnover.detail).toBe('3 departures against an average headcount of 40 over 91 days.');
    expect(warningSignIndicator('staff-turnover', turnover.value, turnover.detail).state).toBe(
      'alert',
    );
  });

  it('has no value without staff', () => {
    expect(
      staffTurnover({ departures: 0, headcountStart: 0, headcountEnd: 0, period: quarter }).value,
    ).toBeNull();
  });
});

describe('extendedSickLeave', () => {
  it('counts staff with 28+ days off overlapping the period, joining spells a weekend apart', () => {
    const result = extendedSickLeave({
      period: quarter,
      averageHeadcount: 40,
      absences: [
        { staffId: 'a', start: day(-20), end: day(10) }, // 31 days, overlaps
        { staffId: 'b', start: day(5), end: day(20) }, // 16 days …
        { staffId: 'b', start: day(23), end: day(40) }, // … + 18 days two days later: one 36-day absence
        { staffId: 'c', start: day(30), end: day(35) }, // short
        { staffId: 'd', start: day(-100), end: day(-50) }, // long but before the period
        { staffId: 'e', start: day(80), end: null }, // still off: counts to the period end only (11 days)
      ],
    });
    expect(result.staffIds.sort()).toEqual(['a', 'b']);
    expect(result.value).toBe(2 / 40);
    expect(result.detail).toBe('2 staff on sick leave of 28 days or more, of an average 40.');
    expect(warningSignIndicator('extended-sick-leave', result.value).state).toBe('watch');
  });
});

describe('overwhelmShare', () => {
  it('takes the share of pulse answers at 4 or 5 out of 5, with an interval', () => {
    const result = overwhelmShare([5, 4, 2, 3, 4, 1, 5, 2, 3, 4]);
    expect(result.value).toBe(0.5);
    expect(result.share.interval?.lower).toBeGreaterThan(0.2);
    expect(result.detail).toBe('5 of 10 pulse responses report a workload of 4 or more out of 5.');
  });

  it('rejects an answer off the scale, naming it', () => {
    expect(() => overwhelmShare([3, 6])).toThrow(
      'responses[1] must be a whole number from 1 to 5 (got 6)',
    );
  });
});

describe('risingComplaintsIndicator', () => {
  const steady = [
    12, 10, 13, 11, 14, 12, 11, 13, 12, 10, 14, 12, 13, 11, 12, 12, 10, 13, 14, 11, 12, 13, 11, 12,
    10, 14, 12, 13,
  ];

  it('takes its state and sentence from the spike test of complaints', () => {
    const spike = detectSpike([...steady, 36], { label: 'Complaints', unit: 'week' });
    const indicator = risingComplaintsIndicator(spike);
    expect(indicator).toMatchObject({ id: 'rising-complaints', state: 'alert', watchAt: null });
    expect(indicator.explanation).toMatch(/^Complaints rose from about 12 to 36 a week/);
  });

  it('is ok when complaints fall, however significantly', () => {
    expect(
      risingComplaintsIndicator(detectSpike([...steady, 0], { label: 'Complaints', unit: 'week' }))
        .state,
    ).toBe('ok');
  });

  it('has no data without enough history', () => {
    expect(
      risingComplaintsIndicator(detectSpike([3, 4], { label: 'Complaints', unit: 'week' })).state,
    ).toBe('no-data');
  });
});

describe('customerLapse', () => {
  const contact = (customerId: string, at: number, complaint = false): CustomerContact => ({
    customerId,
    at: day(at),
    complaint,
  });
  const input = { period: { from: day(0), to: day(60) }, now: day(200) };

  it('compares the lapse share after a complaint with that of other customers', () => {
    const contacts = [
      // Complainants: c1 and c2 never return, c3 returns after 30 days.
      contact('c1', 5, true),
      contact('c2', 10, true),
      contact('c3', 20, true),
      contact('c3', 50),
      // Others: o1 returns, o2 returns, o3 does not, o4 returns.
      contact('o1', 1),
      contact('o1', 40),
      contact('o2', 2),
      contact('o2', 80),
      contact('o3', 3),
      contact('o4', 30),
      contact('o4', 100),
    ];
    const result = customerLapse(contacts, input);
    expect(result.complainants).toMatchObject({ successes: 2, trials: 3 });
    expect(result.others).toMatchObject({ successes: 1, trials: 4 });
    expect(result.excess).toBeCloseTo(2 / 3 - 1 / 4, 12);
    expect(result.relativeRisk).toBeCloseTo(8 / 3, 12);
    expect(result.lapsedComplainantIds.sort()).toEqual(['c1', 'c2']);
    expect(result.detail).toBe(
      '67% of customers who complained (2 of 3) did not contact again within 90 days, against 25% of other customers.',
    );
    expect(warningSignIndicator('losing-customers', result.value, result.detail).state).toBe(
      'alert',
    );
  });

  it('only judges complaints with a full follow-up window before now', () => {
    const result = customerLapse([contact('late', 150, true)], {
      period: { from: day(0), to: day(200) },
      now: day(200),
    });
    expect(result.complainants.trials).toBe(0);
    expect(result.value).toBeNull();
    expect(result.detail).toBe('No complaint in the period has a full 90-day follow-up yet.');
  });
});
