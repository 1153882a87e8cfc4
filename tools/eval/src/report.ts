export type Cell = string | number;

export interface Table {
  title: string;
  intro?: string;
  columns: string[];
  rows: Cell[][];
  notes?: string[];
}

/** Numbers as the tables show them: ratios with three decimals, counts as integers. */
export function formatCell(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  return Number.isInteger(cell) ? cell.toLocaleString('en-GB') : cell.toFixed(3);
}

export function renderMarkdownTable(table: Table): string {
  const lines = [`### ${table.title}`, ''];
  if (table.intro !== undefined) lines.push(table.intro, '');
  lines.push(`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => '---').join('|')}|`);
  for (const row of table.rows)
    lines.push(`| ${row.map((cell) => formatCell(cell).replace(/\|/g, '\\|')).join(' | ')} |`);
  if (table.notes !== undefined && table.notes.length > 0)
    lines.push('', ...table.notes.map((note) => `- ${note}`));
  return lines.join('\n');
}

export function renderConsoleTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map(formatCell))];
  const widths = table.columns.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  return [
    table.title,
    line(cells[0]),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}
