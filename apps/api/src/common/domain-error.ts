/** Error codes a client can act on; every GraphQL error carries one in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One broken rule: which field (a path such as `items[3].text`), which rule, and what to do. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/** A failure the caller caused or can understand; mapped to a GraphQL error at the edge. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
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
