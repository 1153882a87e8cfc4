import { useEditing } from './useEditing';

export interface RecordEditor<T> {
  /** What the open editor is for: a record's id, 'new', or null when none is open. */
  editing: string | null;
  /** The record being edited; null while adding one or when no editor is open. */
  record: T | null;
  /** What the last save did, for the page's status region. */
  message: string | null;
  addButtonId: string;
  editButtonId: (id: string) => string;
  add: () => void;
  edit: (id: string) => void;
  /** Closes the editor, says what was saved and puts focus on the saved record's Edit button. */
  saved: (record: { id: string }, message: string) => void;
  /** Closes the editor and puts focus back on the button that opened it. */
  cancel: () => void;
}

/**
 * A list of records with one inline editor. The Add and Edit buttons get ids from `prefix`
 * (`team-add`, `team-edit-<id>`) so that focus can return to them when the editor closes.
 */
export function useRecordEditor<T extends { id: string }>(
  records: readonly T[],
  prefix: string,
): RecordEditor<T> {
  const { editing, message, open, close } = useEditing();
  const record = records.find((candidate) => candidate.id === editing) ?? null;
  const addButtonId = `${prefix}-add`;
  const editButtonId = (id: string) => `${prefix}-edit-${id}`;

  return {
    editing,
    record,
    message,
    addButtonId,
    editButtonId,
    add: () => open('new'),
    edit: open,
    saved: (saved, message) => close({ message, focusId: editButtonId(saved.id) }),
    cancel: () => close({ focusId: record ? editButtonId(record.id) : addButtonId }),
  };
}
