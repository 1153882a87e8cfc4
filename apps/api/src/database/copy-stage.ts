import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

// Rows per chunk written to the COPY stream: big enough to amortise the writes, small enough
// that a million-row load never holds its whole text at once.
const ROWS_PER_CHUNK = 2_000;

/** A column of a stage: its name, its PostgreSQL type, and how to read it from a row. */
export interface StageColumn<T> {
  name: string;
  type: string;
  /** The column's type when the value travels as another, e.g. text[] as array literals. */
  cast?: string;
  value: (row: T) => unknown;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SEPARATORS = /[\\\t\n\r]/;
const ALL_SEPARATORS = /[\\\t\n\r]/g;

/** One value in COPY's text format: \N for NULL, backslash escapes for the separators. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return SEPARATORS.test(text)
    ? text.replace(ALL_SEPARATORS, (character) => ESCAPES[character])
    : text;
}

/**
 * The rows as COPY text, in chunks of `perChunk` rows. Written with plain loops: this runs for
 * every value of a bulk load, on the thread that also serves the API.
 */
export function* copyLines<T>(
  columns: readonly StageColumn<T>[],
  rows: readonly T[],
  perChunk = ROWS_PER_CHUNK,
): Generator<string> {
  const values = columns.map((column) => column.value);
  let chunk = '';
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    chunk += copyText(values[0](row));
    for (let column = 1; column < values.length; column += 1)
      chunk += `\t${copyText(values[column](row))}`;
    chunk += '\n';
    if ((index + 1) % perChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

let staged = 0;

/**
 * Copies rows into a new temporary table that PostgreSQL drops when the transaction ends (a
 * rollback or a lost connection leaves nothing behind), and returns its name, for one set-based
 * INSERT … SELECT from it. COPY skips the per-row parameter parsing of INSERTs; the target
 * table's constraints and triggers still apply when the rows move on from the stage.
 */
export async function stageRows<T>(
  manager: EntityManager,
  label: string,
  columns: readonly StageColumn<T>[],
  rows: readonly T[],
): Promise<string> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive)
    throw new Error('stageRows needs a transaction: its table lives until the transaction ends');
  staged += 1;
  const table = `stage_${label}_${staged}`;
  const definitions = columns.map((column) => `${column.name} ${column.cast ?? column.type}`);
  await manager.query(`CREATE TEMP TABLE ${table} (${definitions.join(', ')}) ON COMMIT DROP`);
  const client = (await runner.connect()) as PoolClient;
  const names = columns.map((column) => column.name).join(', ');
  await pipeline(
    Readable.from(copyLines(columns, rows)),
    client.query(copyFrom(`COPY ${table} (${names}) FROM STDIN`)),
  );
  return table;
}
