// The review's notes and decisions, kept in this browser's localStorage per person and period.
// Fulcrum's API has no place to store them yet, so they are not shared: the page says so, and
// the exported pack and the printout carry them.
import type { MonthRange } from './period';

const PREFIX = 'fulcrum.review-notes.v1';
/** Enough for a review's decisions; localStorage holds a few megabytes per site. */
export const NOTES_LIMIT = 20_000;

export interface StoredNotes {
  text: string;
  /** ISO instant of the last save; null when nothing is stored. */
  savedAt: string | null;
}

export function notesKey(userId: string, range: MonthRange): string {
  return `${PREFIX}:${userId}:${range.from}:${range.to}`;
}

export function readNotes(storage: Storage, key: string): StoredNotes {
  try {
    const raw = storage.getItem(key);
    if (!raw) return { text: '', savedAt: null };
    const value = JSON.parse(raw) as Partial<StoredNotes>;
    return typeof value.text === 'string'
      ? { text: value.text, savedAt: typeof value.savedAt === 'string' ? value.savedAt : null }
      : { text: '', savedAt: null };
  } catch {
    return { text: '', savedAt: null };
  }
}

/** Stores the notes (blank notes remove the entry); false when the browser refused. */
export function writeNotes(storage: Storage, key: string, text: string, now: Date): boolean {
  try {
    if (text.trim() === '') storage.removeItem(key);
    else
      storage.setItem(
        key,
        JSON.stringify({ text: text.slice(0, NOTES_LIMIT), savedAt: now.toISOString() }),
      );
    return true;
  } catch {
    return false;
  }
}

/** The notes as a section at the end of the exported Markdown pack. */
export function notesMarkdown(text: string): string {
  const body = text.trim();
  return body ? `\n## Notes and decisions\n\n${body}\n` : '';
}
