import type { ReactNode } from 'react';
import './Alert.css';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const icons: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', danger: '!' };

export interface AlertProps {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** `alert` interrupts (errors after an action); `status` waits its turn; none for static notes. */
  role?: 'alert' | 'status';
  className?: string;
}

/** A coloured note with an icon and words, so the tone never depends on colour alone. */
export function Alert({ tone, title, children, role, className }: AlertProps) {
  return (
    <div className={`alert alert--${tone} ${className ?? ''}`} role={role}>
      <span className="alert__icon" aria-hidden="true">
        {icons[tone]}
      </span>
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children ? <div className="alert__text">{children}</div> : null}
      </div>
    </div>
  );
}
