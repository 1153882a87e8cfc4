import { QueryFailedError } from 'typeorm';

const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The column and value a foreign-key violation names, e.g. team_id and its id, read from
 * PostgreSQL's detail ("Key (team_id)=(…) is not present in table "teams".").
 */
export function foreignKeyViolation(error: unknown): { column: string; value: string } | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; detail?: string };
  if (driverError.code !== FOREIGN_KEY_VIOLATION) return undefined;
  const match = /Key \(([a-z_]+)\)=\(([^)]*)\) is not present/.exec(driverError.detail ?? '');
  return match ? { column: match[1], value: match[2] } : undefined;
}
