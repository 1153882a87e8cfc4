import { formatShortDateTime } from '../../lib/format';
import { NOTES_LIMIT } from '../../lib/review-notes';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import type { NotesStatus } from './useReviewNotes';

/**
 * The review's decisions, written during the meeting. Kept in this browser only (the API has
 * nowhere to store them yet), which the card says; the export and the printout include them.
 */
export function ReviewNotes({
  text,
  onChange,
  status,
  periodLabel,
}: {
  text: string;
  onChange: (text: string) => void;
  status: NotesStatus;
  periodLabel: string;
}) {
  return (
    <Card title="Notes and decisions" titleId="review-notes-title" className="review-notes">
      <Alert tone="info" className="review-no-print">
        Kept in this browser only: Fulcrum cannot store review notes yet, so colleagues do not see
        them here. They are added to the exported pack and to the printout.
      </Alert>
      <div className="review-no-print">
        <TextAreaField
          id="review-notes"
          label={`What was decided in the review of ${periodLabel}`}
          hint="Owners and dates make decisions easier to follow up."
          rows={6}
          maxCharacters={NOTES_LIMIT}
          value={text}
          onChange={onChange}
        />
        <p className="review-notes__status" role="status">
          {status.state === 'failed'
            ? 'This browser would not store the notes (private mode or full storage): copy them somewhere safe.'
            : status.state === 'unsaved'
              ? 'Saving…'
              : status.savedAt
                ? `Saved in this browser at ${formatShortDateTime(status.savedAt)}.`
                : ''}
        </p>
      </div>
      <div className="review-notes__print">{text.trim() ? text : 'No notes were recorded.'}</div>
    </Card>
  );
}
