import { memoryStorage } from '../test/render';
import { notesKey, notesMarkdown, readNotes, writeNotes } from './review-notes';

describe('review notes', () => {
  const key = notesKey('user-1', { from: '2026-10', to: '2026-10' });

  it('keeps notes per person and period, with the time they were saved', () => {
    const storage = memoryStorage();
    expect(
      writeNotes(
        storage,
        key,
        'Agreed: review the receipt rule.',
        new Date('2026-11-02T10:00:00Z'),
      ),
    ).toBe(true);
    expect(readNotes(storage, key)).toEqual({
      text: 'Agreed: review the receipt rule.',
      savedAt: '2026-11-02T10:00:00.000Z',
    });
    expect(readNotes(storage, notesKey('user-2', { from: '2026-10', to: '2026-10' }))).toEqual({
      text: '',
      savedAt: null,
    });
  });

  it('forgets blank notes and survives unreadable entries', () => {
    const storage = memoryStorage();
    writeNotes(storage, key, 'x', new Date());
    writeNotes(storage, key, '   ', new Date());
    expect(storage.getItem(key)).toBeNull();
    storage.setItem(key, '{not json');
    expect(readNotes(storage, key).text).toBe('');
  });

  it('says when the browser refuses to store them', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(writeNotes(storage, key, 'x', new Date())).toBe(false);
  });

  it('adds them to the exported pack as a last section', () => {
    expect(notesMarkdown('  Decided A.\n')).toBe('\n## Notes and decisions\n\nDecided A.\n');
    expect(notesMarkdown(' ')).toBe('');
  });
});
