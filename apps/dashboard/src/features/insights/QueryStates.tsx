import type { ReactNode } from 'react';
import { describeError } from '../../lib/graphql-errors';
import { ErrorState, LoadingState } from '../../ui/states';

interface QueryLike<T> {
  loading: boolean;
  error?: unknown;
  data?: T;
  refetch: () => Promise<unknown>;
}

/**
 * Loading and error states around an insight query; the children draw the data (and decide
 * what empty means). No retry when retrying cannot help: a refused role or a bad period.
 */
export function QueryStates<T>({
  query,
  what,
  lines = 4,
  children,
}: {
  query: QueryLike<T>;
  /** What is loading, for the messages ("the review"). */
  what: string;
  lines?: number;
  children: (data: T) => ReactNode;
}) {
  if (query.loading && !query.data)
    return <LoadingState label={`Loading ${what}…`} lines={lines} />;
  if (!query.data) {
    const described = describeError(query.error);
    const hopeless = described.kind === 'forbidden' || described.kind === 'invalid';
    return (
      <ErrorState
        title={`${capitalise(what)} could not be loaded`}
        message={described.message}
        onRetry={hopeless ? undefined : () => void query.refetch()}
        retrying={query.loading}
      />
    );
  }
  return children(query.data);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
