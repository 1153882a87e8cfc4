import { formatSavedAt, savedLine } from './review-notes';

describe('review notes', () => {
  const now = new Date('2026-11-02T16:00:00Z');

  it('says when and by whom the notes were saved, with the day only when it was not today', () => {
    const note = {
      text: 'Agreed: review the receipt rule.',
      updatedAt: '2026-11-02T14:32:00.000Z',
      updatedBy: { name: 'Dana Whitfield' },
    };
    expect(savedLine(note, now)).toBe('Saved at 14:32 by Dana Whitfield');
    expect(savedLine({ ...note, updatedAt: '2026-10-30T09:05:00.000Z' }, now)).toBe(
      'Saved at 30 Oct 2026, 09:05 by Dana Whitfield',
    );
  });

  it('says the notes were cleared, and by a former user when that user is gone', () => {
    expect(
      savedLine({ text: '  ', updatedAt: '2026-11-02T14:32:00.000Z', updatedBy: null }, now),
    ).toBe('Cleared at 14:32 by a former user');
  });

  it('reads the time in the viewer’s time zone (UTC in tests)', () => {
    expect(formatSavedAt('2026-11-02T00:10:00.000Z', now)).toBe('00:10');
  });
});
