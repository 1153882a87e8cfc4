import { useEffect, useState } from 'react';
import { readNotes, writeNotes } from '../../lib/review-notes';

// Saved once typing pauses, so every key press does not write to storage.
const SAVE_AFTER_MS = 600;

export type NotesStatus =
  { state: 'idle'; savedAt: string | null } | { state: 'unsaved' } | { state: 'failed' };

interface NotesState {
  key: string;
  text: string;
  /** What storage holds, to know whether there is anything to save. */
  stored: string;
  status: NotesStatus;
}

function load(key: string): NotesState {
  const notes = readNotes(window.localStorage, key);
  return {
    key,
    text: notes.text,
    stored: notes.text,
    status: { state: 'idle', savedAt: notes.savedAt },
  };
}

/** The review's notes for one person and period, kept in this browser (see lib/review-notes). */
export function useReviewNotes(key: string) {
  const [notes, setNotes] = useState(() => load(key));
  // Another period (or person) has its own notes.
  const current = notes.key === key ? notes : load(key);
  if (current !== notes) setNotes(current);

  useEffect(() => {
    if (current.text === current.stored) return;
    const { key: savedKey, text } = current;
    const timer = setTimeout(() => {
      const now = new Date();
      const ok = writeNotes(window.localStorage, savedKey, text, now);
      setNotes((state) => {
        if (state.key !== savedKey) return state;
        if (!ok) return { ...state, status: { state: 'failed' } };
        const status: NotesStatus =
          state.text === text
            ? { state: 'idle', savedAt: text.trim() ? now.toISOString() : null }
            : state.status;
        return { ...state, stored: text, status };
      });
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [current]);

  const change = (text: string) =>
    setNotes((state) => ({ ...state, text, status: { state: 'unsaved' } }));
  return { text: current.text, change, status: current.status };
}
