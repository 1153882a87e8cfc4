import { addDays, isDay, lastDayOf, readDayOrMonth } from './day';

describe('days', () => {
  it('accepts only days that exist', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26-01-01')).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows the last day of every month', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2026-04')).toBe('2026-04-30');
  });

  it('reads a month as the edge of the period it bounds', () => {
    expect(readDayOrMonth('2026-05', 'start')).toBe('2026-05-01');
    expect(readDayOrMonth('2026-05', 'end')).toBe('2026-05-31');
    expect(readDayOrMonth('May', 'end')).toBeNull();
  });
});
