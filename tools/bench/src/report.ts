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
