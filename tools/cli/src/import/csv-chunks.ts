import { parse } from 'csv-parse';
import { CliError } from '../cli-error';

/** A part of a CSV file: its header row followed by whole records, exactly as in the file. */
export interface CsvChunk {
  csv: string;
  /** The line the header would have if the records kept their line numbers from the file. */
  headerLine: number;
  /** Data rows in the chunk (blank lines not counted). */
  rows: number;
  /** Bytes of the file read so far, for progress. */
  bytesRead: number;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number; bytes: number };
}

/**
 * Splits a CSV stream into chunks of at most `rowsPerChunk` records, cutting only between
 * records (a quoted field may span lines). Each chunk repeats the header and keeps the file's
 * own text, blank lines included, so the server's line numbers are the file's line numbers.
 */
export async function* csvChunks(
  input: NodeJS.ReadableStream,
  { rowsPerChunk, delimiter, name }: { rowsPerChunk: number; delimiter: string; name: string },
): AsyncGenerator<CsvChunk> {
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter,
      raw: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }),
  );
  let header = '';
  let headerLines = 0;
  let parts: string[] = [];
  let rows = 0;
  let startLine = 0;
  let lastLine = 0;
  let bytesRead = 0;
  const flush = (): CsvChunk => {
    // The server numbers a chunk's first record headerLine + headerLines: make that its line here.
    const chunk = {
      csv: `${header}${parts.join('')}`,
      headerLine: startLine - headerLines + 1,
      rows,
      bytesRead,
    };
    parts = [];
    rows = 0;
    startLine = lastLine;
    return chunk;
  };
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>) {
      bytesRead = parsed.info.bytes;
      if (!header) {
        header = parsed.raw.endsWith('\n') ? parsed.raw : `${parsed.raw}\n`;
        headerLines = parsed.info.lines;
        startLine = parsed.info.lines;
        lastLine = parsed.info.lines;
        continue;
      }
      parts.push(parsed.raw);
      lastLine = parsed.info.lines;
      if (parsed.record.some((cell) => cell.trim() !== '')) rows += 1;
      if (rows >= rowsPerChunk) yield flush();
    }
  } catch (error) {
    throw new CliError(`${name}: not valid CSV: ${(error as Error).message}`);
  }
  if (!header) throw new CliError(`${name}: the file is empty; it needs a header row`);
  if (rows > 0) yield flush();
}
