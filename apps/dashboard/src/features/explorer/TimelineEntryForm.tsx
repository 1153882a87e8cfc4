import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { DECISION_OPTIONS } from '../../lib/decisions';
import { ITEM_TEXT_LIMIT } from '../../lib/text';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField } from '../../ui/fields/SelectField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { useFormErrors } from '../../ui/useFormErrors';
import { RecordItemEventDocument } from './graphql/record-event';
import { ItemDetailDocument } from './graphql/items';
import {
  emptyTimelineEntry,
  TIMELINE_ENTRY_FIELD_IDS,
  TIMELINE_ENTRY_SERVER_MESSAGES,
  toRecordItemEventInput,
  validateTimelineEntry,
  type TimelineEntryDraft,
} from './timeline-entry';

/** Adds a reply to the customer and/or the decision given to an item's timeline. */
export function TimelineEntryForm({ itemId, hasPolicy }: { itemId: string; hasPolicy: boolean }) {
  const [draft, setDraft] = useState<TimelineEntryDraft>(emptyTimelineEntry);
  const [added, setAdded] = useState(false);
  const form = useFormErrors(TIMELINE_ENTRY_FIELD_IDS, TIMELINE_ENTRY_SERVER_MESSAGES);
  // The item is read again so its timeline, status and decision show the new entry.
  const [record, { loading }] = useMutation(RecordItemEventDocument, {
    refetchQueries: [{ query: ItemDetailDocument, variables: { id: itemId } }],
    awaitRefetchQueries: true,
  });

  const update = <K extends keyof TimelineEntryDraft>(field: K, value: TimelineEntryDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setAdded(false);
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    if (form.rejectLocally(validateTimelineEntry(draft, hasPolicy))) return;
    try {
      await record({ variables: { input: toRecordItemEventInput(itemId, draft) } });
      setDraft(emptyTimelineEntry());
      setAdded(true);
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  return (
    <form
      className="form"
      noValidate
      aria-label="Add a reply or decision"
      onSubmit={(event) => void submit(event)}
    >
      <ErrorSummary problems={form.problems} attempt={form.attempt} />
      <TextAreaField
        id={TIMELINE_ENTRY_FIELD_IDS.text}
        label="Reply to the customer"
        hint="What you told them. Optional for an exception, where it is the reason."
        rows={4}
        value={draft.text}
        onChange={(value) => update('text', value)}
        maxCharacters={ITEM_TEXT_LIMIT}
        error={form.errors.text}
      />
      <SelectField
        id={TIMELINE_ENTRY_FIELD_IDS.decision}
        label="Decision"
        optional
        value={draft.decision}
        onChange={(value) => update('decision', value as TimelineEntryDraft['decision'])}
        placeholder="No decision"
        options={DECISION_OPTIONS}
        error={form.errors.decision}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {loading ? 'Adding…' : 'Add to the timeline'}
        </Button>
      </div>
      <p role="status" aria-live="polite">
        {added ? 'Added to the timeline.' : ''}
      </p>
    </form>
  );
}
