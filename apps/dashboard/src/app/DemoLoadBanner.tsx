import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../graphql/generated';
import { Alert } from '../ui/Alert';
import { ProgressBar } from '../ui/ProgressBar';

export const DemoLoadProgressDocument = graphql(`
  query DemoLoadProgress {
    demoLoadProgress {
      loaded
      total
      finishedAt
      failure
    }
  }
`);

const POLL_MS = 3_000;

/**
 * On a fresh demo the organisation is there at once and its items load in the background: this
 * says so, with the progress, until the load is done (the figures fill in as it goes).
 */
export function DemoLoadBanner({ pollMs = POLL_MS }: { pollMs?: number }) {
  const { data, stopPolling } = useQuery(DemoLoadProgressDocument, { pollInterval: pollMs });
  const progress = data?.demoLoadProgress;
  const settled = data !== undefined && (!progress || progress.finishedAt !== null);
  useEffect(() => {
    if (settled || progress?.failure) stopPolling();
  }, [settled, progress?.failure, stopPolling]);
  if (!progress || progress.finishedAt) return null;
  if (progress.failure)
    return (
      <Alert tone="warning" title="The demo data stopped loading" role="status">
        {progress.failure}. The server log has the details.
      </Alert>
    );
  return (
    <Alert tone="info" title="Loading the demo data" role="status">
      <p>The figures fill in as the demo's items arrive.</p>
      <ProgressBar label="Demo items loaded" value={progress.loaded} max={progress.total} />
    </Alert>
  );
}
