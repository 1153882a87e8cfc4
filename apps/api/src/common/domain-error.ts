import { HttpException } from '@nestjs/common';

/** Error codes a client can act on; every GraphQL error carries one in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** Retryable: the database is out of reach; `retryAfterSeconds` says when to try again. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One broken rule: which field (a path such as `items[3].text`), which rule, and what to do. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * A failure the caller caused or can understand; mapped to a GraphQL error at the edge. It is an
 * HttpException so Nest treats it as an expected outcome, not a server fault to log.
 */
export class DomainError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** Further facts a client can act on, sent in `extensions` (e.g. `retryAfterSeconds`). */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message, HTTP_STATUS[code] ?? 500);
    this.name = 'DomainError';
  }

  /** For errors worth retrying: also sent as the `Retry-After` header. */
  get retryAfterSeconds(): number | undefined {
    const seconds = this.details.retryAfterSeconds;
    return typeof seconds === 'number' ? seconds : undefined;
  }
}

export function invalidInput(fields: FieldProblem[]): DomainError {
  const shown = fields.slice(0, 5).map((problem) => problem.message);
  const more = fields.length > 5 ? ` (and ${fields.length - 5} more)` : '';
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `Invalid input: ${shown.join('; ')}${more}.`,
    fields,
  );
}

export function invalidField(field: string, rule: string, message: string): DomainError {
  return invalidInput([{ field, rule, message }]);
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`);
}

export function conflict(message: string, field?: string, rule = 'unique'): DomainError {
  return new DomainError(ErrorCode.CONFLICT, message, field ? [{ field, rule, message }] : []);
}

export function rateLimited(retryAfterSeconds: number): DomainError {
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many requests; try again in ${retryAfterSeconds} s.`,
    [],
    { retryAfterSeconds },
  );
}

/** Seconds a client waits before retrying while the database is away; reconnecting takes ~1 s. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function databaseUnavailable(): DomainError {
  return new DomainError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'The database is unavailable; try again shortly.',
    [],
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  );
}
