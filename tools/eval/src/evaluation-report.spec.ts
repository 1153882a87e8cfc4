import { replaceSections } from './evaluation-report';
import type { Table } from './report';

const document = [
  '# Analysis evaluation',
  '',
  '- Date: 2026-12-01 10:00 UTC',
  '- A note that runs',
  '  over two lines.',
  '',
  '### Sentiment (7,260 texts)',
  '',
  '| a |',
  '|---|',
  '| 1 |',
  '',
  '### Warning signs on labelled sentences (1,252 written; 306 held out)',
  '',
  '| sign | recall |',
  '|---|---|',
  '| delay | 0.300 |',
  '',
].join('\n');
const signs: Table = {
  title: 'Warning signs on labelled sentences (1,963 written; 483 held out)',
  columns: ['sign', 'recall'],
  rows: [['delay', 0.643]],
};
const date = new Date('2026-12-07T16:30:00Z');

describe('rewriting some sections of the evaluation document', () => {
  it('replaces the section of the same title (counts aside) and keeps the others word for word', () => {
    const updated = replaceSections(document, [signs], date);
    expect(updated).toContain(
      '### Warning signs on labelled sentences (1,963 written; 483 held out)',
    );
    expect(updated).toContain('| delay | 0.643 |');
    expect(updated).not.toContain('0.300');
    expect(updated).toContain('### Sentiment (7,260 texts)\n\n| a |\n|---|\n| 1 |\n');
  });

  it('says in the header which section was rewritten when, once per section', () => {
    const twice = replaceSections(replaceSections(document, [signs], date), [signs], date);
    const notes = twice.split('\n').filter((line) => line.startsWith('- Rewritten alone'));
    expect(notes).toEqual([
      '- Rewritten alone (`--only`) at 2026-12-07 16:30 UTC: Warning signs on labelled sentences',
    ]);
    expect(twice).toContain('  over two lines.\n- Rewritten alone');
  });

  it('adds a section the document does not have at the end', () => {
    const table: Table = { title: 'Masking speed', columns: ['step'], rows: [['redactPii']] };
    expect(replaceSections(document, [table], date).trimEnd().endsWith('| redactPii |')).toBe(true);
  });
});
