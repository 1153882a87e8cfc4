import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from '../Button';
import { describedBy, FieldError } from './Field';
import { addEntry, removeEntry, type ListLimits } from './list-entries';

export interface ListFieldProps extends ListLimits {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Long entries (example texts) get a text area and are listed as blocks. */
  multiline?: boolean;
}

/**
 * An editable list of short texts (aliases, keywords, examples): type one, add it, remove any.
 * Enter adds in a one-line box; the list and its count are announced as it changes.
 */
export function ListField({
  id,
  label,
  hint,
  error,
  optional,
  values,
  onChange,
  multiline = false,
  ...limits
}: ListFieldProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const shownError = problem ?? error;

  const add = () => {
    const result = addEntry(values, draft, limits);
    if (result.problem !== null) {
      setProblem(result.problem);
      inputRef.current?.focus();
      return;
    }
    onChange(result.values);
    setDraft('');
    setProblem(null);
    setAnnouncement(
      `Added “${result.values[result.values.length - 1]}”. ${countText(result.values.length, limits.noun)}.`,
    );
    inputRef.current?.focus();
  };

  const remove = (index: number) => {
    const next = removeEntry(values, index);
    onChange(next);
    setAnnouncement(`Removed “${values[index]}”. ${countText(next.length, limits.noun)}.`);
    // Focus moves to the entry that took its place, or the box when the list is empty.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
      const target = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (target ?? inputRef.current)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Enter adds in a one-line box (instead of submitting the form); in a text area,
    // Ctrl or Cmd + Enter adds and a plain Enter starts a new line.
    if (event.key !== 'Enter') return;
    if (multiline && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    add();
  };

  const inputProps = {
    id,
    ref: inputRef,
    className: `field__control${multiline ? ' field__textarea' : ''}`,
    value: draft,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      if (problem) setProblem(null);
    },
    onKeyDown,
    'aria-invalid': shownError ? true : undefined,
    'aria-describedby': describedBy(id, { hint, error: shownError, extra: `${id}-count` }),
  };

  return (
    <div className={`field list-field${shownError ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={shownError ?? undefined} />
      <div className={`list-field__add${multiline ? ' list-field__add--multiline' : ''}`}>
        {multiline ? <textarea rows={3} {...inputProps} /> : <input type="text" {...inputProps} />}
        <Button variant="secondary" size="sm" onClick={add}>
          Add <span className="visually-hidden">{limits.noun}</span>
        </Button>
      </div>
      <p className="list-field__count" id={`${id}-count`}>
        {countText(values.length, limits.noun)}
      </p>
      {values.length > 0 ? (
        <ul
          ref={listRef}
          className={`list-field__list${multiline ? ' list-field__list--blocks' : ''}`}
          aria-label={`${capitalise(limits.noun)} list`}
        >
          {values.map((value, index) => (
            <li key={value} className="list-field__entry">
              <span className="list-field__text">{value}</span>
              <button
                type="button"
                className="list-field__remove"
                onClick={() => remove(index)}
                aria-label={`Remove ${limits.noun} “${truncate(value)}”`}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function countText(count: number, noun: string): string {
  if (count === 0) return `No ${noun}s yet`;
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
