import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { openOutput } from '../output-sink';
import { usageError } from '../cli-error';
import { assertReadableFile } from '../csv-rows';
import { csvChunks } from '../import/csv-chunks';
import { sendChunk } from '../import/fulcrum-api';
import { addReports, emptyReport, errorsCsv, type ImportReport } from '../import/import-report';
import { delimiterOf, parseOptions, required } from '../options';
import { IMPORT_HELP } from '../usage';

const MAX_ROWS_PER_REQUEST = 5_000;
const ERRORS_SHOWN = 20;
const count = (value: number) => value.toLocaleString('en-GB');

/** `field=value` pairs of a repeatable option, e.g. --map text=Description. */
function pairs(option: string, values: string[] | undefined): Record<string, string> | undefined {
  if (!values?.length) return undefined;
  return Object.fromEntries(
    values.map((value) => {
      const at = value.indexOf('=');
      if (at < 1) throw usageError(`fulcrum import: --${option} takes field=value, got "${value}"`);
      return [value.slice(0, at).trim(), value.slice(at + 1).trim()];
    }),
  );
}

export async function importCsv(args: string[]): Promise<void> {
  const values = parseOptions('import', args, {
    in: { type: 'string' },
    system: { type: 'string' },
    url: { type: 'string' },
    'api-key': { type: 'string' },
    token: { type: 'string' },
    map: { type: 'string', multiple: true },
    default: { type: 'string', multiple: true },
    'rows-per-request': { type: 'string' },
    errors: { type: 'string' },
    delimiter: { type: 'string' },
  });
  if (values.help === true) {
    process.stdout.write(IMPORT_HELP);
    return;
  }
  const input = required('import', values, 'in');
  const system = required('import', values, 'system');
  const url = values.url ?? process.env.FULCRUM_URL ?? 'http://localhost:3000';
  const apiKey = values['api-key'] ?? process.env.FULCRUM_API_KEY;
  const token = values.token;
  if (!apiKey && !token)
    throw usageError('fulcrum import: give --api-key (or FULCRUM_API_KEY) or --token');
  const rowsPerRequest = Number(values['rows-per-request'] ?? 1_000);
  if (
    !Number.isInteger(rowsPerRequest) ||
    rowsPerRequest < 1 ||
    rowsPerRequest > MAX_ROWS_PER_REQUEST
  ) {
    throw usageError(
      `fulcrum import: --rows-per-request must be a whole number from 1 to ${MAX_ROWS_PER_REQUEST}`,
    );
  }
  const mapping = pairs('map', values.map);
  // The API's enum values are upper case; people write external_customer or email.
  const defaults = pairs('default', values.default);
  const defaultValues =
    defaults &&
    Object.fromEntries(
      Object.entries(defaults).map(([field, value]) => [field, value.toUpperCase()]),
    );
  assertReadableFile(input, '--in');
  const errorsFile = values.errors ? await openOutput(values.errors, '--errors') : undefined;

  const size = statSync(input).size;
  const started = Date.now();
  let report = emptyReport();
  const chunks = csvChunks(createReadStream(input), {
    rowsPerChunk: rowsPerRequest,
    delimiter: delimiterOf('import', values.delimiter),
    name: basename(input),
  });
  const received = (part: ImportReport, bytesRead: number) => {
    report = addReports(report, part);
    const percent = Math.round((bytesRead / Math.max(size, 1)) * 100);
    const rate = Math.round((report.rowsRead * 1000) / Math.max(Date.now() - started, 1));
    process.stderr.write(
      `fulcrum import: ${count(report.rowsRead)} rows (${percent}%), ${count(report.imported)} imported, ` +
        `${count(report.alreadyImported)} already there, ${count(report.rejected)} rejected, ${count(rate)} rows/s\n`,
    );
  };
  // Two parts in flight: the API analyses one while PostgreSQL stores the other. Reports are
  // added in file order, so errors come out in the order of their lines.
  let previous: { sending: Promise<ImportReport>; bytesRead: number } | undefined;
  for await (const chunk of chunks) {
    const sending = sendChunk(
      { url, apiKey, token },
      { csv: chunk.csv, system, headerLine: chunk.headerLine, mapping, defaults: defaultValues },
    );
    // Awaited below (in turn); this only keeps a failure from being reported as unhandled first.
    sending.catch(() => undefined);
    if (previous) received(await previous.sending, previous.bytesRead);
    previous = { sending, bytesRead: chunk.bytesRead };
  }
  if (previous) received(await previous.sending, previous.bytesRead);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${basename(input)}: ${count(report.rowsRead)} rows in ${seconds} s — ${count(report.imported)} imported, ` +
      `${count(report.alreadyImported)} imported before, ${count(report.rejected)} rejected, ` +
      `${count(report.warnings.length)} warnings\n`,
  );
  for (const warning of report.warnings.slice(0, ERRORS_SHOWN)) {
    process.stdout.write(
      `  warning: line ${warning.line}, column "${warning.column}": ${warning.message}\n`,
    );
  }
  if (report.warnings.length > ERRORS_SHOWN) {
    process.stdout.write(`  … and ${count(report.warnings.length - ERRORS_SHOWN)} more warnings\n`);
  }
  for (const error of report.errors.slice(0, ERRORS_SHOWN)) {
    process.stdout.write(`  line ${error.line}, column "${error.column}": ${error.message}\n`);
  }
  if (report.errors.length > ERRORS_SHOWN) {
    const hint = errorsFile ? '' : ' (write them all with --errors FILE)';
    process.stdout.write(`  … and ${count(report.errors.length - ERRORS_SHOWN)} more${hint}\n`);
  }
  if (errorsFile) {
    await errorsFile.write(errorsCsv(report));
    await errorsFile.commit();
  }
  if (report.rejected > 0) process.exitCode = 1;
}
