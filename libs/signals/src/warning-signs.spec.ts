import { detectSpike } from './spikes';
import { DAY_MS } from './time';
import {
  customerLapse,
  extendedSickLeave,
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
  // Complainants: 2 of 3 never returned; others: 1 of 4 did not return.
  const counts = { complainants: 3, lapsedComplainants: 2, others: 4, lapsedOthers: 1 };

  it('compares the lapse share after a complaint with that of other customers', () => {
    const result = customerLapse(counts);
    expect(result.complainants).toMatchObject({ successes: 2, trials: 3 });
    expect(result.others).toMatchObject({ successes: 1, trials: 4 });
    expect(result.excess).toBeCloseTo(2 / 3 - 1 / 4, 12);
    expect(result.value).toBe(result.excess);
    expect(result.detail).toBe(
      '67% of customers who complained (2 of 3) did not contact again within 90 days, against 25% of other customers.',
    );
    expect(warningSignIndicator('losing-customers', result.value, result.detail).state).toBe(
      'alert',
    );
  });

  it('has no value without judged complainants, and no comparison without other customers', () => {
    const none = customerLapse({ ...counts, complainants: 0, lapsedComplainants: 0 }, 60);
    expect(none.value).toBeNull();
    expect(none.detail).toBe('No complaint in the period has a full 60-day follow-up yet.');
    const alone = customerLapse({ ...counts, others: 0, lapsedOthers: 0 });
    expect(alone.value).toBeNull();
    expect(alone.complainants.share).toBeCloseTo(2 / 3, 12);
    expect(alone.detail).toBe(
      '67% of customers who complained (2 of 3) did not contact again within 90 days.',
    );
  });

  it('rejects more lapsed customers than customers, naming the field', () => {
    expect(() => customerLapse({ ...counts, lapsedOthers: 5 })).toThrow(
      'lapsedOthers must not exceed others (got 5)',
    );
  });
});
