import type { ReactNode } from 'react';
import { describeError } from '../../lib/graphql-errors';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import '../../ui/DataTable.css';

interface QueryLike {
  loading: boolean;
  error?: unknown;
  data?: unknown;
  refetch: () => Promise<unknown>;
}

/** Loading, error (without a retry when the role is refused) and empty states around a list. */
export function ListStates({
  query,
  what,
  empty,
  emptyTitle,
  emptyText,
  children,
}: {
  query: QueryLike;
  /** Plural noun for the messages ("teams"). */
  what: string;
  empty: boolean;
  emptyTitle: string;
  emptyText?: ReactNode;
  children: ReactNode;
}) {
  if (query.loading && !query.data) return <LoadingState label={`Loading ${what}…`} />;
  if (query.error && !query.data) {
    const described = describeError(query.error);
    return (
      <ErrorState
        title={`The ${what} could not be loaded`}
        message={described.message}
        onRetry={described.kind === 'forbidden' ? undefined : () => void query.refetch()}
        retrying={query.loading}
      />
    );
  }
  if (empty) return <EmptyState title={emptyTitle}>{emptyText}</EmptyState>;
  return children;
}
