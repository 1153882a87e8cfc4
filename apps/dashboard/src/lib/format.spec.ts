import { formatDuration, formatScore } from './format';

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
