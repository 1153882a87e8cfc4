// Signs that PostgreSQL is out of reach rather than refusing one statement: connection errors
// from the socket, "connection exception" (class 08), shutdown and start-up states (57P01-57P03),
// and too many connections (53300).
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
const SERVER_GONE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// TypeORM releases a transaction's connection when the connection fails; the transaction's next
// statement (or its COMMIT, never sent) then fails with one of these instead of the connection's.
const RELEASED_WITH_ITS_CONNECTION = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);
const CONNECTION_LOST_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed/i;

/** Whether an error (or the driver error a TypeORM error wraps) means the database is away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const { code, message, name } = current as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
    };
    if (typeof name === 'string' && RELEASED_WITH_ITS_CONNECTION.has(name)) return true;
    if (typeof code === 'string') {
      if (UNREACHABLE_SOCKET_CODES.has(code) || SERVER_GONE_SQLSTATES.has(code)) return true;
      if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    }
    if (typeof message === 'string' && CONNECTION_LOST_MESSAGES.test(message)) return true;
    // Node's AggregateError (all addresses refused) and TypeORM's wrapped driver error.
    const inner = current as { errors?: unknown[]; driverError?: unknown; cause?: unknown };
    if (Array.isArray(inner.errors) && inner.errors.some(isDatabaseUnavailable)) return true;
    current = inner.driverError ?? inner.cause;
  }
  return false;
}
