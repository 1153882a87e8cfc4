import { useClock } from '../../lib/clock';
import { NOTES_LIMIT, savedLine } from '../../lib/review-notes';
import { formatNumber } from '../../lib/format';
import { characterCount } from '../../lib/text';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import type { NotesStatus, ReviewNotesState, StoredNote } from './useReviewNotes';
import './ReviewNotes.css';

function statusText(
  status: NotesStatus,
  stored: StoredNote | null,
  overLimit: boolean,
  now: Date,
): string {
  switch (status.state) {
    case 'loading':
      return 'Loading the notes…';
    case 'load-failed':
      return `The notes could not be loaded. ${status.message}`;
    case 'saved':
      return stored ? `${savedLine(stored, now)}.` : '';
    case 'unsaved':
      return overLimit
        ? `Not saved: the notes may be at most ${formatNumber(NOTES_LIMIT)} characters.`
        : 'Saving…';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${status.message}`;
    case 'conflict':
      return 'Not saved: a colleague saved newer notes.';
  }
}

/**
 * The review's decisions, written during the meeting and stored for the whole team. Managers and
 * admins write them; everyone else who reads the review sees them read-only. The export and the
 * printout include them.
 */
export function ReviewNotes({
  notes,
  canWrite,
  periodLabel,
}: {
  notes: ReviewNotesState;
  canWrite: boolean;
  periodLabel: string;
}) {
  const clock = useClock();
  const { text, status, stored } = notes;
  const ready = status.state !== 'loading' && status.state !== 'load-failed';
  const overLimit = characterCount(text) > NOTES_LIMIT;
  return (
    <Card title="Notes and decisions" titleId="review-notes-title" className="review-notes">
      <div className="review-no-print">
        <TextAreaField
          id="review-notes"
          label={`What was decided in the review of ${periodLabel}`}
          hint={
            canWrite
              ? 'Shared with everyone who reads the review, and saved as you type. Owners and dates make decisions easier to follow up.'
              : 'Read only: managers and admins record the review’s decisions.'
          }
          rows={6}
          maxCharacters={canWrite ? NOTES_LIMIT : undefined}
          value={text}
          onChange={notes.change}
          disabled={!canWrite || !ready}
        />
        <div className="review-notes__state">
          <p className="review-notes__status" role="status">
            {statusText(status, stored, overLimit, clock())}
          </p>
          {status.state === 'failed' ? (
            <Button variant="secondary" size="sm" onClick={notes.retry}>
              Try saving again
            </Button>
          ) : null}
          {status.state === 'load-failed' ? (
            <Button variant="secondary" size="sm" onClick={notes.reload}>
              Load the notes again
            </Button>
          ) : null}
        </div>
        {status.state === 'conflict' ? (
          <Alert tone="warning" role="alert" title="A colleague saved newer notes">
            <p>{status.message}</p>
            {status.theirs ? (
              <>
                <p id="review-notes-theirs-title">
                  Their notes
                  {status.theirs.updatedBy ? ` (${status.theirs.updatedBy.name})` : ''}:
                </p>
                <blockquote
                  className="review-notes__theirs"
                  aria-labelledby="review-notes-theirs-title"
                >
                  {status.theirs.text.trim() ? status.theirs.text : 'They cleared the notes.'}
                </blockquote>
              </>
            ) : null}
            <div className="review-notes__choices" role="group" aria-label="Whose notes to keep">
              <Button variant="secondary" size="sm" onClick={notes.keepTheirs}>
                Reload their notes
              </Button>
              <Button variant="secondary" size="sm" onClick={notes.overwrite}>
                Overwrite with mine
              </Button>
            </div>
          </Alert>
        ) : null}
      </div>
      <div className="review-notes__print">{text.trim() ? text : 'No notes were recorded.'}</div>
    </Card>
  );
}
