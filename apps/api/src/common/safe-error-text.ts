// What of an error may go to the log. Database errors quote values ("invalid input syntax for
// type uuid: \"…\"") and TypeORM's carry the query's parameters, which hold customer text: only
// the kind of error, its SQLSTATE, the constraint or table named, and code locations are kept.

const QUOTED = /"[^"]*"|'[^']*'/g;

interface DriverFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

/** A short name for the kind of error, used to group log lines ("QueryFailedError 22P02"). */
export function errorKind(error: unknown): string {
  if (!isErrorLike(error)) return typeof error;
  const { code } = driverFields(error);
  return typeof code === 'string' ? `${nameOf(error)} ${code}` : nameOf(error);
}

/** The error's message with quoted values masked, its database fields, and its stack frames. */
export function safeErrorText(error: unknown): string {
  if (!isErrorLike(error)) return `non-error thrown (${typeof error})`;
  const { code, constraint, table, column } = driverFields(error);
  const facts = Object.entries({ code, constraint, table, column })
    .filter(([, value]) => typeof value === 'string')
    .map(([name, value]) => `${name}=${String(value)}`);
  const headline = `${nameOf(error)}: ${error.message.replace(QUOTED, '"…"')}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [facts.length ? `${headline} [${facts.join(' ')}]` : headline, ...frames].join('\n');
}

// Not `instanceof Error`: errors made by Node itself (a refused socket) come from another realm
// under jest, and libraries sometimes throw error-shaped objects.
function isErrorLike(error: unknown): error is Error {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

function nameOf(error: Error): string {
  return typeof error.name === 'string' ? error.name : 'Error';
}

function driverFields(error: Error): DriverFields {
  const driverError = (error as { driverError?: DriverFields }).driverError;
  return { ...(error as DriverFields), ...driverError };
}
