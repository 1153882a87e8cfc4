// CSV for the exports: one escaping rule for every file the API hands out.

/** A CSV cell: quoted when it holds a comma, quote or line break; formula-like text defused. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(Number(value.toPrecision(12)))
        : ''
      : String(value);
  // Spreadsheets run cells starting with = + - @ as formulas.
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: (string | number | boolean | null | undefined)[]) =>
  values.map(csvCell).join(',');
