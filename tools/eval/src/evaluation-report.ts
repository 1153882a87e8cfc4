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

// Where the header's list ends: after its last item and that item's indented continuation.
function endOfList(header: readonly string[]): number {
  let end = header.findLastIndex((line) => line.startsWith('- ')) + 1;
  while (end > 0 && end < header.length && header[end].startsWith('  ')) end++;
  return end;
}

// A section is named by its title before any counts: "Warning signs on labelled sentences".
function sectionKey(title: string): string {
  const open = title.indexOf(' (');
  return open < 0 ? title : title.slice(0, open);
}

/**
 * The document with the sections of `tables` rewritten in place and every other section kept
 * as it was (`--only` runs); a section not in the document yet goes at the end. The header
 * says which sections were rewritten when, since its date is the last full run's.
 */
export function replaceSections(document: string, tables: readonly Table[], date: Date): string {
  const lines = document.split('\n');
  const firstSection = lines.findIndex((line) => line.startsWith('### '));
  const header = lines.slice(0, firstSection < 0 ? lines.length : firstSection);
  const sections: string[][] = [];
  for (const line of firstSection < 0 ? [] : lines.slice(firstSection)) {
    if (line.startsWith('### ')) sections.push([line]);
    else sections.at(-1)?.push(line);
  }
  const keyOf = (section: string[]) => sectionKey(section[0].slice('### '.length));
  const stamp = date.toISOString().slice(0, 16).replace('T', ' ');
  for (const table of tables) {
    const key = sectionKey(table.title);
    const rendered = [...renderMarkdownTable(table).split('\n'), ''];
    const at = sections.findIndex((section) => keyOf(section) === key);
    if (at < 0) sections.push(rendered);
    else sections[at] = rendered;
    const note = `- Rewritten alone (\`--only\`) at ${stamp} UTC: ${key}`;
    const previous = header.findIndex((line) => line.endsWith(`UTC: ${key}`));
    if (previous >= 0) header[previous] = note;
    else header.splice(endOfList(header), 0, note);
  }
  return [...header, ...sections.flat()].join('\n');
}
