import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable } from './database-unavailable';
import { databaseUnavailable, DomainError, ErrorCode } from './domain-error';
import { RateLimitedLog } from './rate-limited-log';
import { errorKind, safeErrorText } from './safe-error-text';

const logger = new Logger('Errors');
const log = new RateLimitedLog((line) => logger.error(line));

/**
 * The client's view of an error nobody anticipated: a retryable SERVICE_UNAVAILABLE while the
 * database is away, else an internal error. Either is logged once per kind per interval, without
 * the values the error may quote.
 */
export function reportUnexpected(error: unknown): DomainError {
  if (isDatabaseUnavailable(error)) {
    log.log(
      'database unavailable',
      `The database is unavailable: ${safeErrorText(error).split('\n')[0]}`,
    );
    return databaseUnavailable();
  }
  log.log(errorKind(error), safeErrorText(error));
  return new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}
