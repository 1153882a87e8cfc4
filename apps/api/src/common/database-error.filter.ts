import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { describeForLog } from './format-error';

const logger = new Logger('Database');

/** A failed statement, stripped of its SQL, parameters and driver detail. */
export class DatabaseFailure extends Error {
  constructor(cause: QueryFailedError) {
    super('A database statement failed');
    this.name = 'DatabaseFailure';
    this.stack = describeForLog(cause);
  }
}

/**
 * Nest logs an unhandled error whole, and a failed query carries its parameters: a failed item
 * insert would print every customer's text of the batch. This filter hands GraphQL a copy
 * without them, which formatGraphQLError then logs (code and frames) and hides from the client.
 */
@Catch(QueryFailedError)
export class DatabaseErrorFilter implements ExceptionFilter {
  catch(error: QueryFailedError, host: ArgumentsHost): DatabaseFailure | undefined {
    const failure = new DatabaseFailure(error);
    if (host.getType<string>() === 'graphql') return failure;
    logger.error(failure.stack);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(500)
      .json({ message: 'Internal server error' });
    return undefined;
  }
}
