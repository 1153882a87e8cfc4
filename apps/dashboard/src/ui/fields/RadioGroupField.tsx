import type { ReactNode } from 'react';
import { FieldError } from './Field';

export interface RadioOption<V extends string | number> {
  value: V;
  label: string;
  description?: string;
  /** A short mark shown before the label, such as the scale number. */
  marker?: string;
}

export interface RadioGroupFieldProps<V extends string | number> {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: V | null;
  onChange: (value: V) => void;
  options: readonly RadioOption<V>[];
  /** `scale` lays the options out side by side, like a rating. */
  layout?: 'stack' | 'scale' | 'inline';
  /** Options side by side in the `scale` layout (4 or 5), when the form is wide enough; else rows. */
  columns?: 4 | 5;
}

/** A fieldset of radios; the group's id lands on the first option so error links can focus it. */
export function RadioGroupField<V extends string | number>({
  id,
  name,
  legend,
  hint,
  error,
  value,
  onChange,
  options,
  layout = 'stack',
  columns,
}: RadioGroupFieldProps<V>) {
  const groupDescribedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`field field--group${error ? ' field--invalid' : ''}`}
      aria-describedby={groupDescribedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      <div
        className={`radio-group radio-group--${layout}${columns ? ` radio-group--cols-${columns}` : ''}`}
      >
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${String(option.value)}`;
          const descriptionId = option.description ? `${optionId}-description` : undefined;
          return (
            <label key={String(option.value)} className="radio" htmlFor={optionId}>
              <input
                className="radio__input"
                type="radio"
                id={optionId}
                name={name}
                value={String(option.value)}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={descriptionId}
              />
              <span className="radio__box">
                {option.marker ? (
                  <span className="radio__marker" aria-hidden="true">
                    {option.marker}
                  </span>
                ) : null}
                <span className="radio__label">
                  <span className="radio__tick" aria-hidden="true">
                    ✓{' '}
                  </span>
                  {option.label}
                </span>
                {option.description ? (
                  // Hidden from the name (it would make it "Full Just keeping up"), read as the description.
                  <span className="radio__description" id={descriptionId} aria-hidden="true">
                    {option.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
