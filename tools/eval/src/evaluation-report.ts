import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { renderMarkdownTable, type Table } from './report';

export interface RunInfo {
  date: Date;
  seconds: number;
  folds: number;
}

function machineDescription(): string {
  const processors = cpus();
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${processors[0]?.model ?? 'unknown CPU'} × ${processors.length}, ${memory} GiB, ${platform()} ${release()}, Node ${process.version}`;
}

/** docs/evaluation.md: how the numbers were made, then the tables. */
export function renderEvaluationDocument(tables: readonly Table[], run: RunInfo): string {
  return [
    '# Analysis evaluation',
    '',
    'Written by `npm run eval` (tools/eval) from the labelled public data in `../shared/data` and, for masking, the snippets written for it in `libs/analysis/test/fixtures`; do not edit by hand.',
    '',
    `- Date: ${run.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${machineDescription()}`,
    `- Run time: ${run.seconds.toFixed(0)} s; cross-validation: ${run.folds} folds, stratified by label, fixed seed`,
    // Training times are wall-clock: on a shared machine they grow with the neighbours' load.
    `- Load average when written: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (training times are wall-clock; texts/s are processor time)`,
    "- Baselines (natural's stock `SentimentAnalyzer` and `BayesClassifier`) ran in the same process on the same folds.",
    '- These are development sets: the analysis is also judged on data from other organisations that is not here, and nothing in',
    '  the rules names a company, a product or a data-set label. The lexicon and rules were written while looking at errors on',
    '  these files, so the untrained figures are somewhat optimistic; the trained figures are held-out (cross-validated).',
    '',
    ...tables.flatMap((table) => [renderMarkdownTable(table), '']),
  ].join('\n');
}
