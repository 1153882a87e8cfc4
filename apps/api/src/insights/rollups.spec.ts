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
      weekly: ['2025-03-10', '2025-03-17'],
      daily: [
        '2025-03-05',
        '2025-03-06',
        '2025-03-07',
        '2025-03-08',
        '2025-03-09',
        '2025-03-24',
        '2025-03-25',
      ],
    });
  });

  it('keeps weeks that straddle two months out of monthly buckets', () => {
    const { weekly, daily } = plan('2025-03-01', '2025-05-01', 'month');
    expect(weekly).toEqual([
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
      '2025-03-24',
      '2025-04-07',
      '2025-04-14',
      '2025-04-21',
    ]);
    expect(daily).toContain('2025-03-31');
    expect(daily).toContain('2025-04-06');
    expect(weekly.length * 7 + daily.length).toBe(61);
  });

  it('reads days only for day buckets and for channel filters (the weekly tier has no channel)', () => {
    expect(plan('2025-03-03', '2025-03-17', 'day').weekly).toEqual([]);
    expect(plan('2025-03-03', '2025-03-17', 'week', ['email']).weekly).toEqual([]);
    expect(plan('2025-03-03', '2025-03-17', 'week').weekly).toEqual(['2025-03-03', '2025-03-10']);
  });
});
