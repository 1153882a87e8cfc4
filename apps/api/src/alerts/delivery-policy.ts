// Pure: when a failed delivery is tried again, and when it is given up.

/** The first retry waits this long; each further one twice as long as the one before. */
export const FIRST_RETRY_MS = 30_000;
/** No wait is longer than this. */
export const MAX_RETRY_MS = 60 * 60_000;
/** Attempts in all, the first included (about 4 hours of retrying). */
export const MAX_ATTEMPTS = 8;

/** The wait after the `attempt`-th failed attempt (1-based). */
export function retryDelayMs(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (attempt - 1), MAX_RETRY_MS);
}

/**
 * Worth retrying: no answer, a time-out, rate limiting or a server error. Any other refusal
 * (400, 401, 404, 410 …) will not change by itself, so the delivery is given up at once.
 */
export function isRetryable(statusCode: number | null): boolean {
  return statusCode === null || statusCode === 408 || statusCode === 429 || statusCode >= 500;
}
