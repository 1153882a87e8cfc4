import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../lib/graphql-errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ItemRawTextDocument } from './graphql/items';

type RawTextState =
  | { phase: 'hidden' }
  | { phase: 'loading' }
  | { phase: 'shown'; text: string }
  | { phase: 'failed'; message: string };

/**
 * The original, unmasked text behind a button: reading it is recorded by the API, so it is
 * fetched only when asked for, and never kept in the Apollo cache (no-cache).
 */
export function RawTextReveal({ itemId }: { itemId: string }) {
  const client = useApolloClient();
  const [state, setState] = useState<RawTextState>({ phase: 'hidden' });

  const reveal = async () => {
    setState({ phase: 'loading' });
    try {
      const result = await client.query({
        query: ItemRawTextDocument,
        variables: { id: itemId },
        fetchPolicy: 'no-cache',
      });
      const text = result.data?.item.rawText;
      if (text === undefined) throw result.error ?? new Error('No data');
      setState({ phase: 'shown', text });
    } catch (error) {
      setState({ phase: 'failed', message: describeError(error).message });
    }
  };

  if (state.phase === 'shown') {
    return (
      <div className="raw-text">
        <p className="raw-text__label">Original text (this read was recorded)</p>
        <blockquote className="raw-text__text">{state.text}</blockquote>
        <Button variant="secondary" size="sm" onClick={() => setState({ phase: 'hidden' })}>
          Hide the original text
        </Button>
      </div>
    );
  }
  return (
    <div className="raw-text">
      {state.phase === 'failed' ? (
        <Alert tone="danger" title="The original text could not be shown">
          {state.message}
        </Alert>
      ) : null}
      <Button
        variant="secondary"
        size="sm"
        onClick={() => void reveal()}
        disabled={state.phase === 'loading'}
      >
        {state.phase === 'loading' ? 'Loading the original text…' : 'Show the original text'}
      </Button>
      <p className="item-page__note">
        Only when the case needs it: every read of the original text is recorded with your name.
      </p>
    </div>
  );
}
