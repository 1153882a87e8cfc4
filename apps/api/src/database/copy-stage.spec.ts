import { copyLines, copyText, type StageColumn } from './copy-stage';

describe('copyText', () => {
  it('writes NULL as \\N and escapes the backslash, tab and line breaks COPY reads as separators', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });

  it('keeps a text that looks like NULL as text, and writes numbers and booleans as PostgreSQL reads them', () => {
    expect(copyText('\\N')).toBe('\\\\N');
    expect(copyText(0.25)).toBe('0.25');
    expect(copyText(false)).toBe('false');
  });
});

describe('copyLines', () => {
  const columns: StageColumn<{ id: number; text: string | null }>[] = [
    { name: 'id', type: 'int', value: (row) => row.id },
    { name: 'text', type: 'text', value: (row) => row.text },
  ];
  const rows = [
    { id: 1, text: 'plain' },
    { id: 2, text: null },
    { id: 3, text: 'tab\there' },
    { id: 4, text: 'line\nbreak' },
    { id: 5, text: '' },
  ];

  it('writes one line per row, values tab-separated, in chunks that hold every row once', () => {
    const chunks = [...copyLines(columns, rows, 2)];

    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe('1\tplain\n2\t\\N\n3\ttab\\there\n4\tline\\nbreak\n5\t\n');
    expect(chunks[2]).toBe('5\t\n');
  });

  it('writes nothing for no rows, and one chunk when the rows fill it exactly', () => {
    expect([...copyLines(columns, [])]).toEqual([]);
    expect([...copyLines(columns, rows.slice(0, 2), 2)]).toEqual(['1\tplain\n2\t\\N\n']);
  });
});
