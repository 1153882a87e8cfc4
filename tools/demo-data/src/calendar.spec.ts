import { Random } from './random';
import {
  HOUR_MS,
  OFFICE_HOURS,
  addUtcMonths,
  dayOfWeek,
  isHoliday,
  isoDay,
  seasonalFactor,
  toWorkingTime,
} from './calendar';

const at = (iso: string) => Date.parse(iso);

describe('calendar', () => {
  it('counts weekdays from Sunday = 0 in UTC', () => {
    expect(dayOfWeek(at('2025-06-15T23:59:00Z'))).toBe(0);
    expect(dayOfWeek(at('2025-06-16T00:00:00Z'))).toBe(1);
  });

  it('steps whole months and clamps to the end of a shorter month', () => {
    expect(isoDay(addUtcMonths(at('2025-03-31T10:00:00Z'), -1))).toBe('2025-02-28');
    expect(isoDay(addUtcMonths(at('2025-06-15T10:00:00Z'), -24))).toBe('2023-06-15');
  });

  it('knows the days when almost nobody gets in touch', () => {
    expect(isHoliday(at('2024-12-25T12:00:00Z'))).toBe(true);
    expect(isHoliday(at('2025-01-01T08:00:00Z'))).toBe(true);
    expect(isHoliday(at('2025-01-02T08:00:00Z'))).toBe(false);
  });

  it('moves a Saturday message to Monday morning for an office-hours team, and leaves office time alone', () => {
    const random = new Random(1);
    const saturday = at('2025-06-14T11:00:00Z');
    const moved = toWorkingTime(saturday, OFFICE_HOURS, random);
    expect(isoDay(moved)).toBe('2025-06-16');
    expect(moved).toBeGreaterThanOrEqual(at('2025-06-16T08:00:00Z'));
    const tuesdayNoon = at('2025-06-17T12:00:00Z');
    expect(toWorkingTime(tuesdayNoon, OFFICE_HOURS, random)).toBe(tuesdayNoon);
    expect(toWorkingTime(at('2025-06-17T19:00:00Z'), OFFICE_HOURS, random)).toBeGreaterThan(
      at('2025-06-18T08:00:00Z') - HOUR_MS,
    );
  });

  it('blends seasonal factors smoothly across a month boundary', () => {
    const monthly = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    const endOfJanuary = seasonalFactor(monthly, at('2025-01-31T12:00:00Z'));
    const startOfFebruary = seasonalFactor(monthly, at('2025-02-01T12:00:00Z'));
    expect(Math.abs(endOfJanuary - startOfFebruary)).toBeLessThan(0.05);
    expect(seasonalFactor(monthly, at('2025-01-16T00:00:00Z'))).toBeCloseTo(2, 1);
  });
});
