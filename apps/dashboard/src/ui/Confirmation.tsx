import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Card } from './Card';
import './Confirmation.css';

export interface ConfirmationFact {
  label: string;
  value: ReactNode;
}

/**
 * What a form stored, stated plainly. Render it inside a live region that existed before the
 * submit; its heading takes focus, since the form it replaces (and its button) are gone.
 */
export function Confirmation({
  title,
  facts,
  children,
  actions,
}: {
  title: string;
  facts: readonly ConfirmationFact[];
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Card className="confirmation" aria-labelledby={titleId}>
      <div className="confirmation__head">
        <span className="confirmation__tick" aria-hidden="true">
          ✓
        </span>
        <h2 className="confirmation__title" id={titleId} tabIndex={-1} ref={headingRef}>
          {title}
        </h2>
      </div>
      <dl className="confirmation__facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {children ? <div className="confirmation__body">{children}</div> : null}
      {actions ? <div className="form__actions">{actions}</div> : null}
    </Card>
  );
}
