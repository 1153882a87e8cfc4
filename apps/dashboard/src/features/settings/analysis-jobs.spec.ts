import { activeJob, formatRemaining, remainingSeconds } from './analysis-jobs';

describe('re-analysis progress', () => {
  it('follows the newest job that is queued or running', () => {
    expect(activeJob([{ status: 'DONE' }, { status: 'RUNNING' }])).toEqual({ status: 'RUNNING' });
    expect(activeJob([{ status: 'DONE' }, { status: 'FAILED' }])).toBeNull();
  });

  it('projects the time left from the pace so far', () => {
    const started = Date.parse('2026-11-22T10:00:00Z');
    const job = { processed: 1000, total: 5000, startedAt: '2026-11-22T10:00:00Z' };
    expect(remainingSeconds(job, started + 30_000)).toBe(120);
    expect(formatRemaining(120)).toBe('about 2 minutes');
    expect(formatRemaining(20)).toBe('less than a minute');
    expect(formatRemaining(7200)).toBe('about 2 hours');
  });

  it('makes no estimate before the first items are done', () => {
    const later = Date.parse('2026-11-22T10:05:00Z');
    expect(
      remainingSeconds({ processed: 0, total: 10, startedAt: '2026-11-22T10:00:00Z' }, later),
    ).toBeNull();
    expect(remainingSeconds({ processed: 5, total: 10, startedAt: null }, later)).toBeNull();
  });
});
