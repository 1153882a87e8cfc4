import type { ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import type { FormErrors } from '../../ui/useFormErrors';
import { EditorCard } from './EditorCard';

/**
 * A settings editor: a card whose title also names its form, then the summary of problems (it
 * takes focus after a failed save), the page's fields, and the submit button and Cancel.
 */
export function EditorForm({
  title,
  form,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
  className = 'form',
  after,
  children,
}: {
  title: string;
  form: Pick<FormErrors<string>, 'problems' | 'attempt'>;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  className?: string;
  /** More of the card below the form, such as actions with forms of their own. */
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <EditorCard title={title}>
      <form
        className={className}
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <ErrorSummary problems={form.problems} attempt={form.attempt} />
        {children}
        <div className="form__actions">
          <Button type="submit" busy={busy}>
            {submitLabel}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
      {after}
    </EditorCard>
  );
}
