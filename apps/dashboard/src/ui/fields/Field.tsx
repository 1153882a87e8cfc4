import type { ReactNode } from 'react';
import './fields.css';

/** Ids of the hint and error for a control, for `aria-describedby`. */
export function describedBy(
  id: string,
  parts: { hint?: unknown; error?: unknown; extra?: string },
): string | undefined {
  const ids = [
    parts.hint ? `${id}-hint` : null,
    parts.error ? `${id}-error` : null,
    parts.extra ?? null,
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
  footer?: ReactNode;
}

/** Label, hint, error and control, stacked in that order so the error is read before the input. */
export function FieldShell({
  id,
  label,
  hint,
  error,
  optional,
  children,
  footer,
}: FieldShellProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
      {footer}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field__error" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}
