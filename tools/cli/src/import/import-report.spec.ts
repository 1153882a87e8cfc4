import { addReports, emptyReport } from './import-report';

describe('addReports', () => {
  it("adds up the parts' counts and keeps every part's errors and warnings in order", () => {
    const part = (line: number) => ({
      rowsRead: 3,
      imported: 1,
      alreadyImported: 1,
      rejected: 1,
      errors: [{ line, column: 'Created at', message: 'is not a date and time' }],
      warnings: [{ line: line + 1, column: 'Group', message: '"Hotline" is not a known team' }],
    });
    expect(addReports(addReports(emptyReport(), part(2)), part(1002))).toEqual({
      rowsRead: 6,
      imported: 2,
      alreadyImported: 2,
      rejected: 2,
      errors: [part(2).errors[0], part(1002).errors[0]],
      warnings: [part(2).warnings[0], part(1002).warnings[0]],
    });
  });
});
