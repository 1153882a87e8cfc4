/** What the server reports for one chunk, and for the whole file once added up. */
export interface ImportReport {
  rowsRead: number;
  imported: number;
  alreadyImported: number;
  rejected: number;
  errors: RowMessage[];
  /** What stored rows lost, e.g. a helpdesk group with no Fulcrum team. */
  warnings: RowMessage[];
}

export interface RowMessage {
  line: number;
  column: string;
  message: string;
}

export const emptyReport = (): ImportReport => ({
  rowsRead: 0,
  imported: 0,
  alreadyImported: 0,
  rejected: 0,
  errors: [],
  warnings: [],
});

export function addReports(total: ImportReport, part: ImportReport): ImportReport {
  return {
    rowsRead: total.rowsRead + part.rowsRead,
    imported: total.imported + part.imported,
    alreadyImported: total.alreadyImported + part.alreadyImported,
    rejected: total.rejected + part.rejected,
    errors: [...total.errors, ...part.errors],
    warnings: [...total.warnings, ...part.warnings],
  };
}

/** The per-row error report as CSV: line, column, message. */
export function errorsCsv(report: ImportReport): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = report.errors.map((error) =>
    [error.line, error.column, error.message].map(cell).join(','),
  );
  return `${['line,column,message', ...lines].join('\n')}\n`;
}
