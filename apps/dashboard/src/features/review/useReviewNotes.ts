import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewNoteFieldsFragment } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { NOTES_LIMIT } from '../../lib/review-notes';
import { characterCount } from '../../lib/text';
import { ReviewNotesDocument, SaveReviewNotesDocument } from './graphql/review-notes';

// Saved once typing pauses, so every key press does not send a request.
export const SAVE_AFTER_MS = 600;

export type StoredNote = ReviewNoteFieldsFragment;

export type NotesStatus =
  | { state: 'loading' }
  | { state: 'load-failed'; message: string }
  /** The field shows what is stored. */
  | { state: 'saved' }
  /** Edited; saved once typing pauses (at once after a retry or an overwrite). */
  | { state: 'unsaved'; now?: boolean }
  | { state: 'saving' }
  | { state: 'failed'; message: string }
  /** A colleague saved first: their notes (null: none stored), to reload or to overwrite. */
  | { state: 'conflict'; message: string; theirs: StoredNote | null };

/** The review period the notes belong to: YYYY-MM-DD, `to` not included. */
export interface ReviewPeriod {
  from: string;
  to: string;
}

interface NotesState {
  key: string;
  text: string;
  /** The stored notes the text was edited from (null: none were stored); its version is sent. */
  base: StoredNote | null;
  status: NotesStatus;
}

const fresh = (key: string): NotesState => ({
  key,
  text: '',
  base: null,
  status: { state: 'loading' },
});

/**
 * The review's notes for a period, as the API stores them for the whole team. Edits are saved
 * once typing pauses, each on top of the version it was edited from; when a colleague saved in
 * between, the API refuses and the page shows their notes so the user can choose.
 */
export function useReviewNotes({ from, to }: ReviewPeriod, canWrite: boolean) {
  const client = useApolloClient();
  const key = `${from}/${to}`;
  const query = useQuery(ReviewNotesDocument, {
    variables: { from, to },
    // Colleagues change them: always ask the API, never an old copy.
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [notes, setNotes] = useState(() => fresh(key));
  const answered =
    !query.loading &&
    query.data !== undefined &&
    query.variables?.from === from &&
    query.variables.to === to;
  // Another period has its own notes; they show once the API has answered for it.
  let current = notes.key === key ? notes : fresh(key);
  if (current.status.state === 'loading' && answered) {
    const stored = query.data?.reviewNotes ?? null;
    current = { key, text: stored?.text ?? '', base: stored, status: { state: 'saved' } };
  }
  if (current !== notes) setNotes(current);

  const save = useCallback(
    async (state: NotesState) => {
      const input = { from, to, text: state.text, expectedVersion: state.base?.version ?? null };
      const settle = (change: (state: NotesState) => NotesState) =>
        setNotes((latest) => (latest.key === state.key ? change(latest) : latest));
      settle((latest) => ({ ...latest, status: { state: 'saving' } }));
      try {
        const { data } = await client.mutate({
          mutation: SaveReviewNotesDocument,
          variables: { input },
        });
        const saved = data?.saveReviewNotes;
        if (!saved) throw new Error('No data');
        // Typing during the save is saved next, on top of the version just stored.
        settle((latest) => ({
          ...latest,
          base: saved,
          status: latest.text === input.text ? { state: 'saved' } : { state: 'unsaved' },
        }));
      } catch (error) {
        const problem = describeError(error);
        if (problem.kind !== 'conflict') {
          settle((latest) => ({
            ...latest,
            status: { state: 'failed', message: problem.message },
          }));
          return;
        }
        try {
          const { data } = await client.query({
            query: ReviewNotesDocument,
            variables: { from, to },
            fetchPolicy: 'network-only',
          });
          const theirs = data?.reviewNotes ?? null;
          settle((latest) => ({
            ...latest,
            status: { state: 'conflict', message: problem.message, theirs },
          }));
        } catch (reloadError) {
          settle((latest) => ({
            ...latest,
            status: {
              state: 'failed',
              message: `${problem.message} ${describeError(reloadError).message}`,
            },
          }));
        }
      }
    },
    [client, from, to],
  );

  const writable = canWrite && characterCount(current.text) <= NOTES_LIMIT;
  useEffect(() => {
    if (!writable || current.status.state !== 'unsaved') return;
    const timer = setTimeout(() => void save(current), current.status.now ? 0 : SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [current, writable, save]);

  // Leaving the period (or the page) within the pause still saves what was typed. Nobody is
  // left to see the outcome, so a refusal is dropped: the notes shown next come from the API.
  const latest = useRef({ state: current, writable });
  useEffect(() => {
    latest.current = { state: current, writable };
  });
  useEffect(
    () => () => {
      const { state, writable: canSave } = latest.current;
      if (!canSave || state.key !== key || state.status.state !== 'unsaved') return;
      const input = { from, to, text: state.text, expectedVersion: state.base?.version ?? null };
      client
        .mutate({ mutation: SaveReviewNotesDocument, variables: { input } })
        .catch(() => undefined);
    },
    [client, key, from, to],
  );

  const change = (text: string) =>
    setNotes((state) => ({
      ...state,
      text,
      // A save in flight or a conflict to settle decides what happens next.
      status:
        state.status.state === 'saving' || state.status.state === 'conflict'
          ? state.status
          : { state: 'unsaved' },
    }));

  const retry = () =>
    setNotes((state) =>
      state.status.state === 'failed'
        ? { ...state, status: { state: 'unsaved', now: true } }
        : state,
    );

  /** Replaces the text with the colleague's newer notes. */
  const keepTheirs = () =>
    setNotes((state) =>
      state.status.state === 'conflict'
        ? {
            ...state,
            text: state.status.theirs?.text ?? '',
            base: state.status.theirs,
            status: { state: 'saved' },
          }
        : state,
    );

  /** Saves this text on top of the colleague's newer version. */
  const overwrite = () =>
    setNotes((state) =>
      state.status.state === 'conflict'
        ? { ...state, base: state.status.theirs, status: { state: 'unsaved', now: true } }
        : state,
    );

  const reload = () => {
    query.refetch().catch(() => undefined);
  };

  const status: NotesStatus =
    current.status.state === 'loading' && query.error
      ? { state: 'load-failed', message: describeError(query.error).message }
      : current.status;
  return {
    text: current.text,
    stored: current.base,
    status,
    change,
    retry,
    reload,
    keepTheirs,
    overwrite,
  };
}

export type ReviewNotesState = ReturnType<typeof useReviewNotes>;
