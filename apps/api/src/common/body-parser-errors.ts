import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from './domain-error';

/** Body-parser failures answered in GraphQL's error shape, with a code and a clear message. */
export function bodyParserErrors(limit: string): ErrorRequestHandler {
  return (error: { type?: string }, _request, response, next) => {
    const reply = (status: number, code: string, message: string) =>
      response.status(status).json({ errors: [{ message, extensions: { code } }] });
    if (error?.type === 'entity.too.large') {
      return reply(
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The request body is larger than the ${limit} limit; send smaller batches.`,
      );
    }
    if (error?.type === 'entity.parse.failed') {
      return reply(400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.');
    }
    return next(error);
  };
}
