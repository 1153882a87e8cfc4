import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';

/** One benchmark's results: a titled table with a line on how it was measured. */
export interface BenchSection {
  title: string;
  method: string;
  columns: string[];
  rows: string[][];
}

export function sectionMarkdown(section: BenchSection, measuredOn: string): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `## ${section.title}`,
    '',
    `Measured ${measuredOn}.`,
    '',
    section.method,
    '',
    line(section.columns),
    line(section.columns.map(() => '---')),
    ...section.rows.map(line),
  ].join('\n');
}

export function sectionText(section: BenchSection): string {
  const widths = section.columns.map((column, index) =>
    Math.max(column.length, ...section.rows.map((row) => row[index]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, index) => cell.padEnd(widths[index])).join('  ');
  return [section.title, line(section.columns), ...section.rows.map(line), ''].join('\n');
}

/**
 * Replaces the sections that ran in a report (by title) and keeps the others, each with the
 * date and machine it was measured on; formatted as the repository's Markdown is.
 */
export async function writeReport(
  path: string,
  intro: string[],
  sections: BenchSection[],
  measuredOn: string,
): Promise<void> {
  const previous = await readFile(path, 'utf8').catch(() => '');
  const kept = new Map(
    previous
      .split(/^(?=## )/m)
      .slice(1)
      .map((chunk) => [chunk.slice(3, chunk.indexOf('\n')), chunk.trimEnd()] as const),
  );
  for (const section of sections) kept.set(section.title, sectionMarkdown(section, measuredOn));
  const markdown = [...intro, '', ...[...kept.values()].map((chunk) => `${chunk}\n`)].join('\n');
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(path, await format(markdown, { ...options, filepath: path }));
}
