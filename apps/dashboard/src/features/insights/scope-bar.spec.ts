import { fitRange, monthlyQuickRanges } from './ScopeBar';
import { sparklineSummary } from './sparkline-summary';

describe('fitRange', () => {
  it('keeps a period that fits, and otherwise moves the end the user did not change', () => {
    const previous = { from: '2026-01', to: '2026-06' };
    expect(fitRange({ from: '2026-02', to: '2026-06' }, previous, 12)).toEqual({
      from: '2026-02',
      to: '2026-06',
    });
    expect(fitRange({ from: '2024-01', to: '2026-06' }, previous, 12)).toEqual({
      from: '2024-01',
      to: '2024-12',
    });
    expect(fitRange({ from: '2026-01', to: '2027-06' }, previous, 12)).toEqual({
      from: '2026-07',
      to: '2027-06',
    });
  });
});

describe('monthlyQuickRanges', () => {
  it('offers whole months up to the last finished one, and this month so far', () => {
    expect(monthlyQuickRanges(new Date('2026-11-22T10:00:00Z'))).toEqual([
      { label: 'Last month', range: { from: '2026-10', to: '2026-10' } },
      { label: 'Last 3 months', range: { from: '2026-08', to: '2026-10' } },
      { label: 'Last 12 months', range: { from: '2025-11', to: '2026-10' } },
      { label: 'This month so far', range: { from: '2026-11', to: '2026-11' } },
    ]);
  });
});

describe('sparklineSummary', () => {
  it('reads a weekly strip as words', () => {
    expect(
      sparklineSummary([
        { count: 3, tested: false },
        { count: 9, tested: false },
        { count: 14, tested: true },
      ]),
    ).toBe('Last 3 weeks: 3 to 14 a week; the week tested: 14.');
    expect(sparklineSummary([])).toBe('No weekly history.');
  });
});
