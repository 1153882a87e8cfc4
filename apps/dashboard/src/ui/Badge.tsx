import type { ReactNode } from 'react';
import './Badge.css';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

export interface BadgeProps {
  tone?: BadgeTone;
  /** A short glyph before the words (decorative: the words carry the meaning). */
  icon?: ReactNode;
  /** `outline` for secondary marks such as protocol cues. */
  variant?: 'soft' | 'outline';
  title?: string;
  className?: string;
  children: ReactNode;
}

/** A small label: a status, a theme, a warning sign. Always words, never colour alone. */
export function Badge({
  tone = 'neutral',
  icon,
  variant = 'soft',
  title,
  className,
  children,
}: BadgeProps) {
  return (
    <span className={`badge badge--${tone} badge--${variant} ${className ?? ''}`} title={title}>
      {icon ? (
        <span className="badge__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className="badge__text">{children}</span>
    </span>
  );
}

/** A row of badges that wraps. */
export function BadgeList({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <ul className="badge-list" aria-label={label}>
      {children}
    </ul>
  );
}
