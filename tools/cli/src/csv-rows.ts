import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { CliError } from './cli-error';

export interface CsvRow {
  /** 1 for the first data row (after the header). */
  row: number;
  record: Record<string, string>;
}

export interface CsvOptions {
  delimiter: string;
}

/** Fails early with a clear message when an input file cannot be read. */
export function assertReadableFile(path: string, option: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new CliError(`${option} ${path}: no such file`);
  }
  if (!isFile) throw new CliError(`${option} ${path}: not a file`);
}

/**
 * Streams the records of a CSV file with a header row, checking first that every required
 * column exists (the error names the file, the column and the columns there are).
 */
export async function* readCsvRows(
  path: string,
  requiredColumns: readonly string[],
  options: CsvOptions,
): AsyncGenerator<CsvRow> {
  assertReadableFile(path, '--in');
  const file = basename(path);
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter: options.delimiter,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const missing = requiredColumns.filter((column) => !header.includes(column));
        if (missing.length > 0) {
          const plural = missing.length > 1 ? 's' : '';
          throw new CliError(
            `${file}: column${plural} ${missing.map((column) => `"${column}"`).join(', ')} not found; the header has ${header.map((column) => `"${column}"`).join(', ')}`,
          );
        }
        return header;
      },
    }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>)
      yield { row: ++row, record };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  if (row === 0) throw new CliError(`${file}: no data rows after the header`);
}
