import type { ReactNode } from 'react';
import { FieldError } from './Field';

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  /** Shown under the label and read with it. */
  hint?: ReactNode;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ id, label, hint, error, checked, onChange }: CheckboxFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field checkbox${error ? ' field--invalid' : ''}`}>
      <FieldError id={id} error={error} />
      <div className="checkbox__row">
        <input
          className="checkbox__input"
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy || undefined}
        />
        <div>
          <label className="checkbox__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div className="checkbox__hint" id={`${id}-hint`}>
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
