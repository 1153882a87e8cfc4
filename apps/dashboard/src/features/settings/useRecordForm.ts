import { useState } from 'react';
import type { FieldMessageOverrides } from '../../lib/graphql-errors';
import { useFormErrors } from '../../ui/useFormErrors';

/**
 * The draft a settings editor works on, and the checks around saving it. The page supplies what
 * is its own (the draft, field ids, validation and the mutation in `save`); this hook makes every
 * editor behave alike: changing a field clears its error, nothing is sent while a save is in
 * flight or the draft is invalid, and the API's refusal lands on the fields it names.
 */
export function useRecordForm<D, F extends keyof D & string>({
  initial,
  fieldIds,
  serverMessages,
  validate,
  busy,
  save,
}: {
  /** The draft to start from: the record's values, or empty ones for a new record. */
  initial: () => D;
  fieldIds: Record<F, string>;
  /** Clearer words for the API's field errors (such as a name already taken). */
  serverMessages?: FieldMessageOverrides<F>;
  validate: (draft: D) => Partial<Record<F, string>>;
  /** True while the page's mutation is in flight. */
  busy: boolean;
  /** Sends the draft; what it throws is shown as the form's errors. */
  save: (draft: D) => Promise<void>;
}) {
  const [draft, setDraft] = useState<D>(initial);
  const form = useFormErrors(fieldIds, serverMessages);

  const update = <K extends F>(field: K, value: D[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = async () => {
    if (busy || form.rejectLocally(validate(draft))) return;
    try {
      await save(draft);
    } catch (error) {
      form.rejectFromServer(error);
    }
  };

  return { draft, update, form, submit };
}
