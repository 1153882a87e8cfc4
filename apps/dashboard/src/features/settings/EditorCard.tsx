import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';

/** The form for one record: its heading takes focus when it opens, so the keyboard starts there. */
export function EditorCard({ title, children }: { title: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Card className="settings-editor" aria-labelledby={titleId}>
      <h2 className="settings-editor__title" id={titleId} tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** "Saved" and other outcomes, in a live region that exists before they happen. */
export function SaveStatus({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="form-status">
      {message ? <Alert tone="success">{message}</Alert> : null}
    </div>
  );
}
