// The review's notes and decisions, stored by the API per review period and shared by the
// managers who run the review (`reviewNotes`, `saveReviewNotes`; MANAGER_ROLES).
/** The API's limit (SaveReviewNotesInput.text). */
export const NOTES_LIMIT = 20_000;

export interface SavedNote {
  text: string;
  updatedAt: string;
  updatedBy: { name: string } | null;
}

const LOCALE = 'en-GB';
const time = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const day = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'numeric', year: 'numeric' });

/** "14:32" today, "2 Nov 2026, 14:32" on another day, in the viewer's time zone. */
export function formatSavedAt(iso: string, now: Date): string {
  const at = new Date(iso);
  return day.format(at) === day.format(now) ? time.format(at) : dayAndTime.format(at);
}

/** "Saved at 14:32 by Dana Whitfield" (or "Cleared …" when the notes were emptied). */
export function savedLine(note: SavedNote, now: Date): string {
  const verb = note.text.trim() ? 'Saved' : 'Cleared';
  const by = note.updatedBy?.name ?? 'a former user';
  return `${verb} at ${formatSavedAt(note.updatedAt, now)} by ${by}`;
}
