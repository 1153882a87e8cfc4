import {
  SENTIMENT_LABELS,
  trainSentimentModel,
  trainThemeModel,
  type SentimentLabel,
} from '@fulcrum/analysis';
import { openOutput } from '../output-sink';
import { CliError, usageError } from '../cli-error';
import { readCsvRows } from '../csv-rows';
import { delimiterOf, parseOptions, required } from '../options';
import { Progress } from '../progress';
import { TRAIN_HELP } from '../usage';

const TARGETS = ['themes', 'sentiment'] as const;

export async function train(args: string[]): Promise<void> {
  const values = parseOptions('train', args, {
    in: { type: 'string' },
    'text-column': { type: 'string' },
    'label-column': { type: 'string' },
    out: { type: 'string' },
    target: { type: 'string' },
    'label-separator': { type: 'string' },
    version: { type: 'string' },
    delimiter: { type: 'string' },
  });
  if (values.help === true) {
    process.stdout.write(TRAIN_HELP);
    return;
  }
  const input = required('train', values, 'in');
  const textColumn = required('train', values, 'text-column');
  const labelColumn = required('train', values, 'label-column');
  const output = required('train', values, 'out');
  const target = values.target ?? 'themes';
  if (!(TARGETS as readonly string[]).includes(target))
    throw usageError(`fulcrum train: --target must be themes or sentiment, got "${target}"`);
  const separator = values['label-separator'];

  const progress = new Progress('fulcrum train');
  const texts: string[] = [];
  const labels: string[] = [];
  for await (const { row, record } of readCsvRows(input, [textColumn, labelColumn], {
    delimiter: delimiterOf('train', values.delimiter),
  })) {
    const label = record[labelColumn].trim();
    if (target === 'sentiment' && !(SENTIMENT_LABELS as readonly string[]).includes(label)) {
      throw new CliError(
        `${input} row ${row}, column "${labelColumn}": "${label}" is not one of ${SENTIMENT_LABELS.join(', ')}`,
      );
    }
    texts.push(record[textColumn]);
    labels.push(label);
    progress.tick(texts.length);
  }

  process.stderr.write(
    `fulcrum train: training a ${target} model on ${texts.length.toLocaleString('en-GB')} examples…\n`,
  );
  const options = { version: values.version };
  const model =
    target === 'sentiment'
      ? trainSentimentModel(
          texts.map((text, index) => ({ text, label: labels[index] as SentimentLabel })),
          options,
        )
      : trainThemeModel(
          texts.map((text, index) => ({ text, themes: splitThemes(labels[index], separator) })),
          options,
        );
  const file = await openOutput(output, '--out');
  await file.write(JSON.stringify(model.toJson()));
  await file.commit();
  progress.done(texts.length, `model ${model.version} written to ${output}`);
}

function splitThemes(label: string, separator: string | undefined): string[] {
  const themes = separator === undefined ? [label] : label.split(separator);
  return themes.map((theme) => theme.trim()).filter((theme) => theme !== '');
}
