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

/** One value in COPY's text format: \N for NULL, backslash escapes for the separators. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (character) => ESCAPES[character]);
}

function* copyLines<T>(columns: readonly StageColumn<T>[], rows: readonly T[]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    let chunk = '';
    for (const row of rows.slice(start, start + ROWS_PER_CHUNK))
      chunk += `${columns.map((column) => copyText(column.value(row))).join('\t')}\n`;
    yield chunk;
  }
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
