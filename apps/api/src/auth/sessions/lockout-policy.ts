/**
 * How repeated sign-in failures for one e-mail address back off: the first few are free, then
 * each further failure doubles the wait, up to a cap. A quiet day forgets the count.
 */
export const LOCKOUT = {
  freeFailures: 5,
  firstLockSeconds: 30,
  maxLockSeconds: 3_600,
  forgetAfterSeconds: 24 * 3_600,
} as const;

/** Seconds to lock the address after `failures` consecutive failures; 0 for none. */
export function lockoutSeconds(failures: number): number {
  if (failures < LOCKOUT.freeFailures) return 0;
  const doublings = failures - LOCKOUT.freeFailures;
  // Past the cap the exponent no longer matters; stop before 2^n overflows to Infinity.
  if (doublings >= 20) return LOCKOUT.maxLockSeconds;
  return Math.min(LOCKOUT.firstLockSeconds * 2 ** doublings, LOCKOUT.maxLockSeconds);
}
