import { formatDuration, formatHours, formatRatio, formatScore, formatValue } from './format';

describe('formatDuration', () => {
  it('says service-level targets as people do', () => {
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(240)).toBe('4 hours');
    expect(formatDuration(1440)).toBe('1 day');
    expect(formatDuration(20160)).toBe('14 days');
    expect(formatDuration(1800)).toBe('1 day 6 hours');
    expect(formatDuration(90)).toBe('1 hour 30 minutes');
    expect(formatDuration(45)).toBe('45 minutes');
  });
});

describe('formatScore', () => {
  it('prints two decimals with a true minus sign', () => {
    expect(formatScore(-0.875)).toBe('−0.88');
    expect(formatScore(0.6)).toBe('0.60');
  });
});

describe('formatHours', () => {
  it('says waits in minutes, hours or days, whichever reads best', () => {
    expect(formatHours(0.7)).toBe('42 minutes');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(1.175)).toBe('1.2 hours');
    expect(formatHours(21.34)).toBe('21 hours');
    expect(formatHours(82.4)).toBe('3.4 days');
    expect(formatHours(10338)).toBe('431 days');
    expect(formatHours(-1)).toBe('—');
  });
});

describe('formatValue', () => {
  it('reads a figure as the API says it is written', () => {
    expect(formatValue(1234.4, 'COUNT')).toBe('1,234');
    expect(formatValue(0.3472, 'SHARE')).toBe('34.7%');
    expect(formatValue(3.6353, 'RATING')).toBe('3.64');
    expect(formatValue(-0.2, 'SCORE')).toBe('−0.20');
    expect(formatValue(1.175, 'HOURS')).toBe('1.2 hours');
    expect(formatValue(1.188, 'RATIO')).toBe('1.2×');
    expect(formatRatio(18)).toBe('18×');
    expect(formatValue(null, 'COUNT')).toBe('—');
  });
});
