import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';
import { errorKind, safeErrorText } from './safe-error-text';

const SECRET = 'my card 4111 1111 1111 1111 was charged twice';

function queryFailed(message: string, code: string): QueryFailedError {
  const driverError = Object.assign(new Error(message), { code, constraint: 'items_pkey' });
  return new QueryFailedError('INSERT INTO items (text) VALUES ($1)', [SECRET], driverError);
}

describe('safeErrorText', () => {
  it('keeps the kind, SQLSTATE, constraint and stack frames but not the values an error quotes or carries', () => {
    const error = queryFailed(`invalid input syntax for type uuid: "${SECRET}"`, '22P02');
    const text = safeErrorText(error);
    expect(text).not.toContain('4111');
    expect(text).toMatch(
      /^QueryFailedError: invalid input syntax for type uuid: "…" \[code=22P02 constraint=items_pkey\]/,
    );
    expect(text).toMatch(/\n\s+at /);
    expect(errorKind(error)).toBe('QueryFailedError 22P02');
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises refused and lost connections, server shutdown and a transaction released with its connection', () => {
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        queryFailed('terminating connection due to administrator command', '57P01'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('released'), { name: 'QueryRunnerAlreadyReleasedError' }),
      ),
    ).toBe(true);
  });

  it('does not take a statement the database refused for one', () => {
    expect(
      isDatabaseUnavailable(queryFailed('duplicate key value violates unique constraint', '23505')),
    ).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
