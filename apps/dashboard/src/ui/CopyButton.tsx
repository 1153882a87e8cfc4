import { useEffect, useState } from 'react';
import { Button } from './Button';

export interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's name ("Copy the secret"). */
  label: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard and says so; when the browser refuses, says how to copy by hand. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="copy-button">
      <Button variant="secondary" size="sm" onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <span role="status" className={state === 'failed' ? 'copy-button__note' : 'visually-hidden'}>
        {state === 'copied'
          ? 'Copied to the clipboard.'
          : state === 'failed'
            ? 'The browser did not allow copying: select the text and copy it yourself.'
            : ''}
      </span>
    </span>
  );
}
