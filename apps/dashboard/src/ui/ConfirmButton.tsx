import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button';
import './ConfirmButton.css';

export interface ConfirmButtonProps {
  /** The button's words ("Revoke"). */
  children: ReactNode;
  /** Its accessible name when the words alone are ambiguous in a list ("Revoke key Nightly"). */
  'aria-label'?: string;
  /** What will happen, asked before it does ("Revoke the key “Nightly”? …"). */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  busy?: boolean;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
}

/**
 * A button for something hard to undo: the first press asks, in place, and only the
 * confirmation acts. Focus moves into the question and back to the button on cancel.
 */
export function ConfirmButton({
  children,
  'aria-label': ariaLabel,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  variant = 'secondary',
  size = 'sm',
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <Button
        ref={triggerRef}
        variant={variant}
        size={size}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {children}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label="Confirm">
      <span className="confirm__question">{question}</span>
      <span className="confirm__buttons">
        <Button
          ref={confirmRef}
          variant="danger"
          size={size}
          busy={busy}
          onClick={() => {
            void Promise.resolve(onConfirm()).finally(() => setAsking(false));
          }}
        >
          {confirmLabel}
        </Button>
        <Button
          variant="ghost"
          size={size}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          Cancel
        </Button>
      </span>
    </div>
  );
}
