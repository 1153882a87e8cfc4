import { QueryFailedError } from 'typeorm';
import { conflict } from './domain-error';

const UNIQUE_VIOLATION = '23505';

/**
 * Runs a write and turns a unique-constraint violation into a CONFLICT naming the field.
 * The database decides (no check-then-insert race); `fields` maps constraint names to fields.
 */
export async function withUniqueFields<T>(
  fields: Record<string, string>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const driverError =
      error instanceof QueryFailedError
        ? (error.driverError as { code?: string; constraint?: string })
        : undefined;
    const field =
      driverError?.code === UNIQUE_VIOLATION ? fields[driverError.constraint ?? ''] : undefined;
    if (field) throw conflict(`${field} is already taken`, field);
    throw error;
  }
}
