import { formatCell, renderConsoleTable, renderMarkdownTable, type Table } from './report';

const table: Table = {
  title: 'Sentiment',
  columns: ['method', 'F1', 'texts'],
  rows: [['lexicon | untrained', 0.65, 7260]],
  notes: ['A note.', 'Another.'],
};

describe('report tables', () => {
  it('shows ratios with three decimals and counts with thousands separators', () => {
    expect(formatCell(0.6504)).toBe('0.650');
    expect(formatCell(7260)).toBe('7,260');
    expect(formatCell('x')).toBe('x');
  });

  it('renders markdown with escaped pipes and notes', () => {
    expect(renderMarkdownTable(table)).toBe(
      [
        '### Sentiment',
        '',
        '| method | F1 | texts |',
        '|---|---|---|',
        '| lexicon \\| untrained | 0.650 | 7,260 |',
        '',
        '- A note.',
        '- Another.',
      ].join('\n'),
    );
  });

  it('renders aligned console columns', () => {
    expect(renderConsoleTable(table).split('\n')[1]).toBe('method               F1     texts');
  });
});
