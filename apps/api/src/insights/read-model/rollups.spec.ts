import { planTiers } from './rollups';
import { dayMs, EMPTY_FILTER } from './scope';

const plan = (
  from: string,
  to: string,
  unit: 'day' | 'week' | 'month' | null,
  channels: string[] = [],
) =>
  planTiers({
    from: dayMs(from),
    to: dayMs(to),
    unit,
    filter: { ...EMPTY_FILTER, channels: channels as never },
  });

describe('planTiers', () => {
  it('reads whole weeks from the weekly tier and the days around them from the daily tier', () => {
    // 2025-03-05 is a Wednesday, 2025-03-24 a Monday.
    expect(plan('2025-03-05', '2025-03-26', null)).toEqual({
      weekly: [{ first: '2025-03-10', last: '2025-03-17' }],
      daily: [
        { first: '2025-03-05', last: '2025-03-09' },
        { first: '2025-03-24', last: '2025-03-25' },
      ],
    });
  });

  it('keeps weeks that straddle two months out of monthly buckets', () => {
    expect(plan('2025-03-01', '2025-05-01', 'month')).toEqual({
      weekly: [
        { first: '2025-03-03', last: '2025-03-24' },
        { first: '2025-04-07', last: '2025-04-21' },
      ],
      daily: [
        { first: '2025-03-01', last: '2025-03-02' },
        { first: '2025-03-31', last: '2025-03-31' },
        { first: '2025-04-01', last: '2025-04-06' },
        { first: '2025-04-28', last: '2025-04-30' },
      ],
    });
  });

  it('reads days only for day buckets and for channel filters (the weekly tier has no channel)', () => {
    expect(plan('2025-03-03', '2025-03-17', 'day')).toEqual({
      weekly: [],
      daily: [{ first: '2025-03-03', last: '2025-03-16' }],
    });
    expect(plan('2025-03-03', '2025-03-17', 'week', ['email']).weekly).toEqual([]);
    expect(plan('2025-03-03', '2025-03-17', 'week')).toEqual({
      weekly: [{ first: '2025-03-03', last: '2025-03-10' }],
      daily: [],
    });
  });

  it('plans decades in a handful of runs (the backlog sums from the beginning)', () => {
    expect(plan('1970-01-05', '2026-11-19', null)).toEqual({
      weekly: [{ first: '1970-01-05', last: '2026-11-09' }],
      daily: [{ first: '2026-11-16', last: '2026-11-18' }],
    });
  });

  it('reads a range shorter than a week from days', () => {
    expect(plan('2025-03-04', '2025-03-09', 'week')).toEqual({
      weekly: [],
      daily: [{ first: '2025-03-04', last: '2025-03-08' }],
    });
  });
});
