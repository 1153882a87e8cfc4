import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DatabaseErrorFilter, DatabaseFailure } from './database-error.filter';

const TEXT = 'Mail jane.doe@example.org about my refund';

function aFailedInsert(): QueryFailedError {
  const driverError = Object.assign(new Error(`invalid input: "${TEXT}"`), {
    code: '22021',
    detail: `Failing row contains (${TEXT}).`,
  });
  return new QueryFailedError('INSERT INTO items (text) VALUES ($1)', [[TEXT]], driverError);
}

const graphqlHost = { getType: () => 'graphql' } as unknown as ArgumentsHost;

describe('DatabaseErrorFilter', () => {
  it('hands GraphQL a failure that keeps the SQLSTATE and frames but no query, parameters or row', () => {
    const failure = new DatabaseErrorFilter().catch(aFailedInsert(), graphqlHost);
    expect(failure).toBeInstanceOf(DatabaseFailure);
    const logged = `${failure!.message}\n${failure!.stack}\n${JSON.stringify(failure)}`;
    expect(logged).toContain('SQLSTATE 22021');
    expect(logged).not.toContain('jane.doe');
    expect(logged).not.toContain('INSERT INTO');
  });
});
