import { DomainError } from '../../common/domain-error';
import { ComparisonMode } from './scope.types';
import { comparisonOf, dayMs, isWholeMonths, periodLabel, resolveScope } from './scope';

const period = (from: string, to: string) => ({ from: dayMs(from), to: dayMs(to) });
const days = (p: { from: number; to: number } | null) =>
  p && [new Date(p.from).toISOString().slice(0, 10), new Date(p.to).toISOString().slice(0, 10)];

describe('resolveScope', () => {
  const input = (from: string, to: string) => ({ from, to, comparison: ComparisonMode.PREVIOUS });

  it('refuses a period that ends before it starts, naming `to`', () => {
    expect(() => resolveScope(input('2025-05-01', '2025-05-01'), 366)).toThrow(DomainError);
    try {
      resolveScope(input('2025-05-01', '2025-04-01'), 366);
    } catch (error) {
      expect((error as DomainError).fields).toEqual([
        { field: 'to', rule: 'after', message: 'to must be after from' },
      ]);
    }
  });

  it('refuses a period longer than the query allows', () => {
    expect(() => resolveScope(input('2024-01-01', '2025-06-01'), 366)).toThrow(/at most 366 days/);
  });

  it('drops repeated filter values and fills absent lists', () => {
    const scope = resolveScope(
      { ...input('2025-05-01', '2025-06-01'), filter: { teamIds: ['a', 'a'], kinds: undefined } },
      366,
    );
    expect(scope.filter).toEqual({
      teamIds: ['a'],
      themeIds: [],
      policyIds: [],
      channels: [],
      kinds: [],
    });
  });
});

describe('comparisonOf', () => {
  it('compares whole months with the same number of calendar months before', () => {
    expect(days(comparisonOf(period('2025-03-01', '2025-04-01'), ComparisonMode.PREVIOUS))).toEqual(
      ['2025-02-01', '2025-03-01'],
    );
    expect(days(comparisonOf(period('2025-01-01', '2025-04-01'), ComparisonMode.PREVIOUS))).toEqual(
      ['2024-10-01', '2025-01-01'],
    );
  });

  it('compares other periods with the same number of days before', () => {
    expect(days(comparisonOf(period('2025-03-10', '2025-03-17'), ComparisonMode.PREVIOUS))).toEqual(
      ['2025-03-03', '2025-03-10'],
    );
  });

  it('compares a year ago by calendar months for months and by 52 weeks otherwise', () => {
    expect(days(comparisonOf(period('2025-03-01', '2025-04-01'), ComparisonMode.YEAR_AGO))).toEqual(
      ['2024-03-01', '2024-04-01'],
    );
    expect(days(comparisonOf(period('2025-03-10', '2025-03-17'), ComparisonMode.YEAR_AGO))).toEqual(
      ['2024-03-11', '2024-03-18'],
    );
  });

  it('has no comparison when asked for none', () => {
    expect(comparisonOf(period('2025-03-01', '2025-04-01'), ComparisonMode.NONE)).toBeNull();
  });
});

describe('periodLabel', () => {
  it('names months, runs of months and runs of days as people say them', () => {
    expect(isWholeMonths(period('2025-05-01', '2025-06-01'))).toBe(true);
    expect(periodLabel(period('2025-05-01', '2025-06-01'))).toBe('May 2025');
    expect(periodLabel(period('2025-01-01', '2025-04-01'))).toBe('Jan – Mar 2025');
    expect(periodLabel(period('2024-12-01', '2025-02-01'))).toBe('Dec 2024 – Jan 2025');
    expect(periodLabel(period('2025-03-03', '2025-03-31'))).toBe('3 Mar – 30 Mar 2025');
    expect(periodLabel(period('2025-03-03', '2025-03-04'))).toBe('3 Mar 2025');
  });
});
