import type { ReactNode } from 'react';
import { Button } from './Button';
import './states.css';

/** Loading: a labelled, polite busy region; the skeleton lines are decoration. */
export function LoadingState({
  label = 'Loading…',
  lines = 3,
}: {
  label?: string;
  lines?: number;
}) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="state__spinner" aria-hidden="true" />
      <p className="state__title">{label}</p>
      <div className="state__skeleton" aria-hidden="true">
        {Array.from({ length: lines }, (_, index) => (
          <span
            key={index}
            className="state__skeleton-line"
            style={{ width: `${90 - index * 17}%` }}
          />
        ))}
      </div>
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state state--empty" role="status">
      <span className="state__glyph" aria-hidden="true">
        <svg
          viewBox="0 0 24 24"
          width="28"
          height="28"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <rect x="3.5" y="5" width="17" height="14" rx="2" />
          <path d="M3.5 13h5l1.5 2.5h4L15.5 13h5" />
        </svg>
      </span>
      <p className="state__title">{title}</p>
      {children ? <div className="state__text">{children}</div> : null}
      {action ? <div className="state__action">{action}</div> : null}
    </div>
  );
}

export function ErrorState({
  title = 'This could not be loaded',
  message,
  onRetry,
  retrying = false,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  return (
    <div className="state state--error" role="alert">
      <span className="state__glyph" aria-hidden="true">
        !
      </span>
      <p className="state__title">{title}</p>
      <p className="state__text">{message}</p>
      {onRetry ? (
        <div className="state__action">
          <Button variant="secondary" onClick={onRetry} busy={retrying}>
            Try again
          </Button>
        </div>
      ) : null}
    </div>
  );
}
