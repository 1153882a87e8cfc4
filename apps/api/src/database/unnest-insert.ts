import type { EntityManager } from 'typeorm';

/** A column of a bulk insert: its name, its PostgreSQL type, and how to read it from a row. */
export interface ColumnSpec<T> {
  name: string;
  /** The type each value travels as (an array of it is sent). */
  type: string;
  value: (row: T) => unknown;
  /** The column's type when it differs from `type`, e.g. text[] sent as array literals. */
  cast?: string;
}

/**
 * Inserts many rows with one statement: each column travels as one array parameter and
 * `unnest` turns them back into rows. Far fewer round trips than row-by-row inserts.
 * `tail` may add WHERE (naming columns as `unnest.<column>`), ON CONFLICT and RETURNING clauses.
 */
export function unnestInsert<T, R = unknown>(
  manager: EntityManager,
  table: string,
  columns: ColumnSpec<T>[],
  rows: readonly T[],
  tail = '',
): Promise<R[]> {
  if (rows.length === 0) return Promise.resolve([]);
  const names = columns.map((column) => column.name).join(', ');
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  const values = columns
    .map((column) => (column.cast ? `${column.name}::${column.cast}` : column.name))
    .join(', ');
  return manager.query(
    `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${arrays}) AS unnest(${names}) ${tail}`,
    columns.map((column) => rows.map(column.value)),
  );
}

export const isoOrNull = (date: Date | null | undefined) => (date ? date.toISOString() : null);
