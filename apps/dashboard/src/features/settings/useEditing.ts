import { useState } from 'react';

/**
 * Which record a settings page is editing ('new' for a new one), and what the last save did.
 * Closing the editor returns focus to the control that opened it.
 */
export function useEditing() {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const open = (key: string) => {
    setEditing(key);
    setMessage(null);
  };

  const close = (options: { message?: string; focusId?: string } = {}) => {
    setEditing(null);
    setMessage(options.message ?? null);
    if (options.focusId) {
      const id = options.focusId;
      // After the editor has gone and the list has re-rendered.
      setTimeout(() => document.getElementById(id)?.focus(), 0);
    }
  };

  return { editing, message, open, close };
}
