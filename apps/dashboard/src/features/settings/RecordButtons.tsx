import type { ReactNode } from 'react';
import { Button } from '../../ui/Button';
import type { RecordEditor } from './useRecordEditor';

type Opener = Pick<RecordEditor<unknown>, 'addButtonId' | 'add' | 'editButtonId' | 'edit'>;

/** Opens the editor for a new record; its id lets focus come back here on Cancel. */
export function AddRecordButton({ editor, children }: { editor: Opener; children: ReactNode }) {
  return (
    <Button id={editor.addButtonId} onClick={editor.add}>
      {children}
    </Button>
  );
}

/** A row's Edit button, named after its record so the buttons can be told apart. */
export function EditRecordButton({
  editor,
  id,
  name,
}: {
  editor: Opener;
  id: string;
  name: string;
}) {
  return (
    <Button
      id={editor.editButtonId(id)}
      variant="secondary"
      size="sm"
      aria-label={`Edit ${name}`}
      onClick={() => editor.edit(id)}
    >
      Edit
    </Button>
  );
}
