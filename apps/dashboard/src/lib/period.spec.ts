import {
  addMonths,
  lastMonths,
  monthCount,
  monthsIn,
  readMonthRange,
  toDateTimeRange,
  withMonthRange,
} from './period';

const now = new Date('2026-11-22T19:00:00Z');
const options = { now, defaultMonths: 24, maxMonths: 120 };
const read = (query: string) => readMonthRange(new URLSearchParams(query), options);

describe('month arithmetic', () => {
  it('crosses year boundaries in both directions', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -23)).toBe('2024-12');
  });

  it('counts both ends of a range and lists its months in order', () => {
    expect(monthCount({ from: '2025-11', to: '2026-02' })).toBe(4);
    expect(monthsIn({ from: '2025-11', to: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsIn({ from: '2026-02', to: '2025-11' })).toEqual([]);
  });

  it('asks the API for the first instant of `from` up to, not including, the month after `to`', () => {
    expect(toDateTimeRange({ from: '2024-12', to: '2026-11' })).toEqual({
      from: '2024-12-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
  });

  it('makes "the last 24 months" end with the current, partial month (UTC)', () => {
    expect(lastMonths(24, now)).toEqual({ from: '2024-12', to: '2026-11' });
    expect(lastMonths(1, new Date('2026-12-31T23:59:59Z'))).toEqual({
      from: '2026-12',
      to: '2026-12',
    });
  });
});

describe('readMonthRange (the period in the URL)', () => {
  it('shows the last 24 months when the URL names no period, without calling that an adjustment', () => {
    expect(read('')).toEqual({ range: { from: '2024-12', to: '2026-11' }, adjusted: false });
  });

  it('uses a valid period as given', () => {
    expect(read('from=2025-01&to=2025-06')).toEqual({
      range: { from: '2025-01', to: '2025-06' },
      adjusted: false,
    });
  });

  it('fills a missing end with the current month and a missing start with the default length', () => {
    expect(read('from=2026-01').range).toEqual({ from: '2026-01', to: '2026-11' });
    expect(read('to=2025-12').range).toEqual({ from: '2024-01', to: '2025-12' });
  });

  it('falls back to the default, and says so, when a month is unreadable', () => {
    expect(read('from=2025-13&to=2026-01')).toEqual({
      range: { from: '2024-12', to: '2026-11' },
      adjusted: true,
    });
    expect(read('from=last-year').adjusted).toBe(true);
  });

  it('swaps months given in reverse order', () => {
    expect(read('from=2026-03&to=2025-09')).toEqual({
      range: { from: '2025-09', to: '2026-03' },
      adjusted: true,
    });
  });

  it('ends the period at the current month rather than in the future', () => {
    expect(read('from=2026-06&to=2027-02')).toEqual({
      range: { from: '2026-06', to: '2026-11' },
      adjusted: true,
    });
  });

  it('trims a period longer than the API accepts to the most recent months', () => {
    const { range, adjusted } = read('from=2000-01&to=2026-11');
    expect(monthCount(range)).toBe(120);
    expect(range).toEqual({ from: '2016-12', to: '2026-11' });
    expect(adjusted).toBe(true);
  });
});

describe('withMonthRange', () => {
  it('sets the period and keeps the other filters', () => {
    const next = withMonthRange(new URLSearchParams('team=t1&from=2020-01'), {
      from: '2025-01',
      to: '2025-12',
    });
    expect(next.toString()).toBe('team=t1&from=2025-01&to=2025-12');
  });
});
