import { LOCKOUT, lockoutSeconds } from './lockout-policy';

describe('lockoutSeconds', () => {
  it('lets the first four failures through without a wait', () => {
    expect([0, 1, 2, 3, 4].map(lockoutSeconds)).toEqual([0, 0, 0, 0, 0]);
  });

  it('locks for 30 s at the fifth failure and doubles with each further one', () => {
    expect([5, 6, 7, 8].map(lockoutSeconds)).toEqual([30, 60, 120, 240]);
  });

  it('never locks for longer than an hour, however many failures', () => {
    expect(lockoutSeconds(12)).toBe(LOCKOUT.maxLockSeconds);
    expect(lockoutSeconds(10_000)).toBe(LOCKOUT.maxLockSeconds);
  });
});
