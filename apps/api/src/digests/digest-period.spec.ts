import { DigestFrequency, latestEndedPeriod } from './digest-period';

describe('latestEndedPeriod', () => {
  it('reports the month that ended, from the first moment of the next', () => {
    expect(latestEndedPeriod(DigestFrequency.MONTHLY, new Date('2026-12-01T00:00:00Z'))).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
    });
    expect(latestEndedPeriod(DigestFrequency.MONTHLY, new Date('2026-11-30T23:59:59Z'))).toEqual({
      from: '2026-10-01',
      to: '2026-11-01',
    });
  });

  it('crosses the year in January', () => {
    expect(latestEndedPeriod(DigestFrequency.MONTHLY, new Date('2027-01-15T08:00:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2027-01-01',
    });
  });

  it('reports the ISO week (Monday to Sunday) that ended', () => {
    // Monday 7 Dec 2026: the week of 30 Nov – 6 Dec has just ended.
    expect(latestEndedPeriod(DigestFrequency.WEEKLY, new Date('2026-12-07T00:00:00Z'))).toEqual({
      from: '2026-11-30',
      to: '2026-12-07',
    });
    // Sunday 6 Dec 2026 is still in that week: the week before is the latest ended.
    expect(latestEndedPeriod(DigestFrequency.WEEKLY, new Date('2026-12-06T23:00:00Z'))).toEqual({
      from: '2026-11-23',
      to: '2026-11-30',
    });
  });
});
