import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { reportUnexpected } from './unexpected-errors';

/**
 * Takes over from Nest's default handler, which logs every unexpected error with its full stack
 * (database errors quote customer text): GraphQL resolvers get a typed error back, HTTP routes a
 * JSON error; a lost database becomes a retryable 503 on both.
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      // Returned, not thrown: Nest's GraphQL layer hands it to the resolver's caller as an error.
      return exception instanceof HttpException ? exception : reportUnexpected(exception);
    }
    if (exception instanceof HttpException) return super.catch(exception, host);
    const error = reportUnexpected(exception);
    const response = host.switchToHttp().getResponse<Response>();
    if (error.retryAfterSeconds !== undefined)
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response
      .status(error.getStatus())
      .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    return undefined;
  }
}
