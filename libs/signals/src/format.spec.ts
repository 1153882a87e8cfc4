import { formatAmount, formatDuration, formatPValue, formatPercent, formatRatio } from './format';
import { DAY_MS, HOUR_MS } from './time';

describe('formats', () => {
  it('floors p-values at 0.001 and keeps two significant figures above', () => {
    expect(formatPValue(0.00002)).toBe('p < 0.001');
    expect(formatPValue(0.0042)).toBe('p = 0.004');
    expect(formatPValue(0.031)).toBe('p = 0.031');
    expect(formatPValue(0.5)).toBe('p = 0.5');
  });

  it('rounds amounts to whole numbers from 10 and one decimal below', () => {
    expect(formatAmount(12.4)).toBe('12');
    expect(formatAmount(2.44)).toBe('2.4');
    expect(formatAmount(3)).toBe('3');
    expect(formatAmount(0.347)).toBe('0.35');
    expect(formatAmount(12345.6)).toBe('12,346');
  });

  it('formats shares, ratios and durations', () => {
    expect(formatPercent(0.238)).toBe('24%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatRatio(2.58)).toBe('2.6×');
    expect(formatRatio(0.452)).toBe('0.45×');
    expect(formatDuration(40 * 60_000)).toBe('40 minutes');
    expect(formatDuration(5.5 * HOUR_MS)).toBe('5.5 hours');
    expect(formatDuration(3.2 * DAY_MS)).toBe('3.2 days');
  });
});
