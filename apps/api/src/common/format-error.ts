import { HttpException, HttpStatus } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error';
import { reportUnexpected } from './unexpected-errors';

const httpStatusCodes: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.PAYLOAD_TOO_LARGE,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
};

/**
 * Every error leaves with a clear message, a code, the broken field rules where there are any,
 * and never a stack trace or a server path. Unexpected errors are logged (rate-limited) and hidden.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = originalErrorOf(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof HttpException && !(original instanceof DomainError)) {
    const code = httpStatusCodes[original.getStatus()] ?? ErrorCode.INTERNAL_SERVER_ERROR;
    return { ...base, message: original.message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (
    !(original instanceof DomainError) &&
    typeof code === 'string' &&
    code !== ErrorCode.INTERNAL_SERVER_ERROR
  ) {
    // GraphQL's own parse and validation errors: already clear, they name the field.
    return { ...base, extensions: { code } };
  }
  const domainError = original instanceof DomainError ? original : reportUnexpected(original);
  return {
    ...base,
    message: domainError.message,
    extensions: {
      code: domainError.code,
      ...(domainError.fields.length ? { fields: domainError.fields } : {}),
      ...domainError.details,
    },
  };
}

function originalErrorOf(error: unknown): unknown {
  let current = error;
  while (
    current &&
    typeof current === 'object' &&
    'originalError' in current &&
    current.originalError
  ) {
    current = current.originalError;
  }
  return current;
}
