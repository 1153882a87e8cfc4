import {
  createAnalyzer,
  examplesFromTaxonomy,
  trainThemeModel,
  type Writer,
} from '@fulcrum/analysis';
import { CliError, usageError } from '../cli-error';
import { loadModels, loadPolicies, loadTaxonomy } from '../config-files';
import { readCsvRows } from '../csv-rows';
import { delimiterOf, parseOptions, required } from '../options';
import { openOutput } from '../output-sink';
import { resultRecord } from '../output';
import { Progress } from '../progress';
import { ANALYZE_HELP } from '../usage';

const WRITERS: readonly Writer[] = ['customer', 'staff'];

function writerOf(value: string, where: string): Writer {
  const writer = value.trim().toLowerCase();
  if (!(WRITERS as readonly string[]).includes(writer))
    throw new CliError(`${where}: "${value}" is not customer or staff`);
  return writer as Writer;
}

// A taxonomy can be valid JSON yet hold a keyword pattern that cannot be compiled.
function buildAnalyzer<T>(build: () => T, taxonomy: string | undefined): T {
  try {
    return build();
  } catch (error) {
    throw new CliError(`--taxonomy ${taxonomy ?? ''}: ${(error as Error).message}`);
  }
}

export async function analyze(args: string[]): Promise<void> {
  const values = parseOptions('analyze', args, {
    in: { type: 'string' },
    'text-column': { type: 'string' },
    out: { type: 'string' },
    model: { type: 'string', multiple: true },
    taxonomy: { type: 'string' },
    policies: { type: 'string' },
    'id-column': { type: 'string' },
    source: { type: 'string' },
    'source-column': { type: 'string' },
    'team-column': { type: 'string' },
    delimiter: { type: 'string' },
  });
  if (values.help === true) {
    process.stdout.write(ANALYZE_HELP);
    return;
  }
  const input = required('analyze', values, 'in');
  const textColumn = required('analyze', values, 'text-column');
  const output = required('analyze', values, 'out');
  const source = values.source === undefined ? 'customer' : values.source;
  if (!(WRITERS as readonly string[]).includes(source))
    throw usageError(`fulcrum analyze: --source must be customer or staff, got "${source}"`);
  const idColumn = values['id-column'];
  const sourceColumn = values['source-column'];
  const teamColumn = values['team-column'];

  const themes = values.taxonomy === undefined ? [] : loadTaxonomy(values.taxonomy);
  const policies = values.policies === undefined ? [] : loadPolicies(values.policies);
  const models = loadModels(values.model ?? []);
  const examples = examplesFromTaxonomy(themes);
  if (
    models.themeModel === undefined &&
    new Set(examples.flatMap((example) => example.themes)).size >= 2
  ) {
    process.stderr.write(
      `fulcrum analyze: training a theme model on the taxonomy's ${examples.length} examples\n`,
    );
    models.themeModel = trainThemeModel(examples);
  }
  const analyzer = buildAnalyzer(
    () => createAnalyzer({ themes, policies, ...models }),
    values.taxonomy,
  );

  const columns = [textColumn, idColumn, sourceColumn, teamColumn].filter(
    (column): column is string => column !== undefined,
  );
  const sink = await openOutput(output, '--out');
  const progress = new Progress('fulcrum analyze');
  let count = 0;
  try {
    for await (const { row, record } of readCsvRows(input, columns, {
      delimiter: delimiterOf('analyze', values.delimiter),
    })) {
      const writer =
        sourceColumn === undefined
          ? (source as Writer)
          : writerOf(record[sourceColumn], `${input} row ${row}, column "${sourceColumn}"`);
      const team =
        teamColumn === undefined || record[teamColumn] === '' ? undefined : record[teamColumn];
      const analysis = analyzer.analyze(record[textColumn], { source: writer, team });
      await sink.write(
        `${JSON.stringify(resultRecord(row, idColumn === undefined ? undefined : record[idColumn], analysis))}\n`,
      );
      progress.tick(++count);
    }
    await sink.commit();
  } catch (error) {
    sink.discard();
    throw error;
  }
  progress.done(count, `results written to ${output === '-' ? 'standard output' : output}`);
}
