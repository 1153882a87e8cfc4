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

/** One bulk insert, described rather than run, so several can travel as one statement. */
export interface UnnestInsert<T> {
  table: string;
  columns: ColumnSpec<T>[];
  rows: readonly T[];
  /** A condition on the rows (naming columns as `unnest.<column>`). */
  where?: string;
  /** ON CONFLICT …, RETURNING … */
  tail?: string;
}

/** The SQL of one insert whose column arrays are parameters $first, $first+1, … */
function statementOf<T>(
  insert: UnnestInsert<T>,
  first: number,
  extraWhere?: string,
): { sql: string; params: unknown[] } {
  const { table, columns, rows } = insert;
  const names = columns.map((column) => column.name).join(', ');
  const arrays = columns.map((column, index) => `$${first + index}::${column.type}[]`).join(', ');
  const values = columns
    .map((column) => (column.cast ? `${column.name}::${column.cast}` : column.name))
    .join(', ');
  const conditions = [insert.where, extraWhere].filter(Boolean);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return {
    sql: `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${arrays}) AS unnest(${names}) ${where} ${insert.tail ?? ''}`,
    params: columns.map((column) => rows.map(column.value)),
  };
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
  return runInsert(manager, { table, columns, rows, tail });
}

/** Runs one described insert (nothing when it has no rows). */
export function runInsert<T, R = unknown>(
  manager: EntityManager,
  insert: UnnestInsert<T>,
): Promise<R[]> {
  if (insert.rows.length === 0) return Promise.resolve([]);
  const { sql, params } = statementOf(insert, 1);
  return manager.query(sql, params);
}

/**
 * Runs `head` and its `dependents` as ONE statement (data-modifying CTEs): one round trip, atomic
 * on its own (no BEGIN/COMMIT needed), and each dependent keeps only rows whose `key` column is
 * among the ids `head` returned (`head.tail` must end with `RETURNING id`). Returns head's rows.
 */
export function unnestInsertWith<R>(
  manager: EntityManager,
  head: UnnestInsert<unknown>,
  dependents: readonly (UnnestInsert<unknown> & { key: string })[],
): Promise<R[]> {
  if (head.rows.length === 0) return Promise.resolve([]);
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (insert: UnnestInsert<unknown>, extraWhere?: string) => {
    const statement = statementOf(insert, params.length + 1, extraWhere);
    params.push(...statement.params);
    return statement.sql;
  };
  parts.push(`head AS (${add(head)})`);
  dependents.forEach((dependent, index) => {
    if (dependent.rows.length === 0) return;
    const sql = add(dependent, `unnest.${dependent.key} IN (SELECT id FROM head)`);
    parts.push(`d${index} AS (${sql})`);
  });
  return manager.query(`WITH ${parts.join(',\n')} SELECT * FROM head`, params);
}

export const isoOrNull = (date: Date | null | undefined) => (date ? date.toISOString() : null);
