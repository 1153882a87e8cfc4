import { useEffect, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { formatNumber } from '../../lib/format';
import { characterCount } from '../../lib/text';
import { describedBy, FieldShell } from './Field';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange' | 'maxLength'
> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Shows a live count and flags text over the limit (typing past it is allowed, then fixed). */
  maxCharacters?: number;
}

// Screen readers hear the count once typing pauses, not on every key.
const ANNOUNCE_AFTER_MS = 800;

export function TextAreaField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  maxCharacters,
  className,
  rows = 5,
  ...textarea
}: TextAreaFieldProps) {
  const count = characterCount(value);
  const countText = maxCharacters === undefined ? '' : describeCount(count, maxCharacters);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    if (maxCharacters === undefined) return;
    const timer = setTimeout(() => setAnnounced(countText), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [countText, maxCharacters]);

  const over = maxCharacters !== undefined && count > maxCharacters;
  const countId = `${id}-count`;
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      footer={
        maxCharacters === undefined ? null : (
          <>
            <p
              className={`field__count${over ? ' field__count--over' : ''}`}
              id={countId}
              aria-hidden="true"
            >
              {over
                ? `${formatNumber(count - maxCharacters)} characters too many`
                : `${formatNumber(count)} / ${formatNumber(maxCharacters)} characters`}
            </p>
            <p className="visually-hidden" aria-live="polite">
              {announced}
            </p>
          </>
        )
      }
    >
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        className={`field__control field__textarea ${className ?? ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FieldShell>
  );
}

function describeCount(count: number, max: number): string {
  if (count > max) return `You have ${formatNumber(count - max)} characters too many`;
  return `You have ${formatNumber(max - count)} characters remaining`;
}
