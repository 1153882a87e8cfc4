import type { EntityManager } from 'typeorm';
import { stageRows } from './copy-stage';

/**
 * `staged`: the rows reach PostgreSQL by COPY into a temporary table (copy-stage.ts) instead of
 * as array parameters; for bulk loads, inside a transaction.
 */
export interface Staging {
  staged: boolean;
}

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

/**
 * The SQL of one insert. Its rows come from column arrays sent as parameters $first, $first+1, …
 * or, given `stage`, from a staged table (database/copy-stage.ts); either way they are named
 * `unnest`, so `where` reads the same.
 */
function statementOf<T>(
  insert: UnnestInsert<T>,
  first: number,
  extraWhere?: string,
  stage?: string,
): { sql: string; params: unknown[] } {
  const { table, columns, rows } = insert;
  const names = columns.map((column) => column.name).join(', ');
  const arrays = columns.map((column, index) => `$${first + index}::${column.type}[]`).join(', ');
  const values = columns
    .map((column) => (column.cast ? `${column.name}::${column.cast}` : column.name))
    .join(', ');
  const conditions = [insert.where, extraWhere].filter(Boolean);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const source = stage ? `${stage} AS unnest` : `unnest(${arrays}) AS unnest(${names})`;
  return {
    sql: `INSERT INTO ${table} (${names}) SELECT ${values} FROM ${source} ${where} ${insert.tail ?? ''}`,
    params: stage ? [] : columns.map((column) => rows.map(column.value)),
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
  staging?: Staging,
): Promise<R[]> {
  return runInsert(manager, { table, columns, rows, tail }, staging);
}

/** Runs one described insert (nothing when it has no rows). */
export async function runInsert<T, R = unknown>(
  manager: EntityManager,
  insert: UnnestInsert<T>,
  { staged }: Staging = { staged: false },
): Promise<R[]> {
  if (insert.rows.length === 0) return [];
  const stage = staged ? await stageRows(manager, insert.table, insert.columns, insert.rows) : '';
  const { sql, params } = statementOf(insert, 1, undefined, stage || undefined);
  return manager.query(sql, params);
}

/**
 * Runs `head` and its `dependents` as ONE statement (data-modifying CTEs): one round trip, atomic
 * on its own (no BEGIN/COMMIT needed), and each dependent keeps only rows whose `key` column is
 * among the ids `head` returned (`head.tail` must end with `RETURNING id`). Returns head's rows.
 */
export async function unnestInsertWith<R>(
  manager: EntityManager,
  head: UnnestInsert<unknown>,
  dependents: readonly (UnnestInsert<unknown> & { key: string })[],
  { staged }: Staging = { staged: false },
): Promise<R[]> {
  if (head.rows.length === 0) return [];
  const inserts = [head, ...dependents].filter((insert) => insert.rows.length > 0);
  // Staged: every table's rows are copied in first, then the one statement moves them all.
  const stages = new Map<UnnestInsert<unknown>, string>();
  if (staged)
    for (const insert of inserts)
      stages.set(insert, await stageRows(manager, insert.table, insert.columns, insert.rows));
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (insert: UnnestInsert<unknown>, extraWhere?: string) => {
    const statement = statementOf(insert, params.length + 1, extraWhere, stages.get(insert));
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
