import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable } from './database-unavailable';
import { databaseUnavailable, DomainError, ErrorCode } from './domain-error';
import { RateLimitedLog } from './rate-limited-log';
import { errorKind, safeErrorText } from './safe-error-text';

const logger = new Logger('Errors');
const log = new RateLimitedLog((line) => logger.error(line));

/**
 * Logs an error nobody anticipated, once per kind per interval and without the values it may
 * quote. `during` names background work ("Refreshing the insight aggregates failed").
 */
export function logUnexpected(error: unknown, during?: string): void {
  const prefix = during ? `${during}: ` : '';
  if (isDatabaseUnavailable(error)) {
    const line = `${prefix}The database is unavailable: ${safeErrorText(error).split('\n')[0]}`;
    log.log(`${prefix}database unavailable`, line);
  } else {
    log.log(`${prefix}${errorKind(error)}`, `${prefix}${safeErrorText(error)}`);
  }
}

/**
 * The client's view of an unexpected error, logged: a retryable SERVICE_UNAVAILABLE while the
 * database is away, else an internal error.
 */
export function reportUnexpected(error: unknown): DomainError {
  logUnexpected(error);
  return isDatabaseUnavailable(error)
    ? databaseUnavailable()
    : new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}
