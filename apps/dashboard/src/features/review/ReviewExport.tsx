import type { ReviewPackExportInput } from '../../graphql/generated/graphql';
import { Button } from '../../ui/Button';
import { useReviewExport } from './useReviewExport';

/** Export (Markdown, CSV) and print: the review pack leaves the page in three ways. */
export function ReviewExport({ scope }: { scope: Omit<ReviewPackExportInput, 'format'> }) {
  const { state, start } = useReviewExport(scope);
  const busy = (format: 'MARKDOWN' | 'CSV') => state.phase === 'running' && state.format === format;
  return (
    <div className="review-export review-no-print" role="group" aria-label="Export the review pack">
      <Button
        variant="secondary"
        size="sm"
        busy={busy('MARKDOWN')}
        onClick={() => void start('MARKDOWN')}
      >
        Export Markdown
      </Button>
      <Button variant="secondary" size="sm" busy={busy('CSV')} onClick={() => void start('CSV')}>
        Export CSV
      </Button>
      <Button variant="secondary" size="sm" onClick={() => window.print()}>
        Print
      </Button>
      <p className="review-export__status" role="status">
        {state.phase === 'running' ? 'Preparing the review pack…' : null}
        {state.phase === 'done' ? `Saved ${state.fileName}.` : null}
      </p>
      {state.phase === 'failed' ? (
        <p className="review-export__error" role="alert">
          The pack could not be exported. {state.message}
        </p>
      ) : null}
    </div>
  );
}
