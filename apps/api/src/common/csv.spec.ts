import { csvCell, csvLine } from './csv';

describe('csv', () => {
  it('quotes a cell holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('@channel')).toBe("'@channel");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes numbers to 12 significant digits and leaves missing or non-finite values empty', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvLine(['a', 1, true, null])).toBe('a,1,true,');
  });
});
