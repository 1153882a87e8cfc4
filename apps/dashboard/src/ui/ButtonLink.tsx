import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import type { ButtonVariant } from './Button';
import './Button.css';

/** A link that looks like a button: for navigation that starts a task ("New action"). */
export function ButtonLink({
  variant = 'primary',
  size = 'md',
  className,
  children,
  ...link
}: LinkProps & { variant?: ButtonVariant; size?: 'md' | 'sm'; children: ReactNode }) {
  return (
    <Link {...link} className={`btn btn--${variant} btn--${size} ${className ?? ''}`}>
      {children}
    </Link>
  );
}
