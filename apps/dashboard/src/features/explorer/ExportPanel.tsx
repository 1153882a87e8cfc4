import type { ItemFilterInput } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { EXPORT_ROW_CAP, exportSize } from './export-csv';
import { useItemExport } from './useItemExport';

/** CSV of the current filter, one row per item, with its progress and its limit stated. */
export function ExportPanel({
  filter,
  total,
  onClose,
}: {
  filter: ItemFilterInput;
  total: number;
  onClose: () => void;
}) {
  const { state, start, cancel, reset, downloadAgain } = useItemExport();
  const size = exportSize(total);

  return (
    <section className="explorer-export" aria-labelledby="explorer-export-title">
      <div className="explorer-export__head">
        <h2 id="explorer-export-title" className="explorer-export__title">
          Export as CSV
        </h2>
        <Button variant="ghost" size="sm" onClick={onClose} disabled={state.phase === 'running'}>
          Close <span className="visually-hidden">export</span>
        </Button>
      </div>
      <p className="explorer-export__text">
        One row per item, newest first, with the text as shown here (personal data masked). An
        export holds at most {formatNumber(EXPORT_ROW_CAP)} rows.
      </p>
      {size.capped ? (
        <Alert tone="warning">
          These filters match {formatNumber(total)} items: the export will hold the newest{' '}
          {formatNumber(size.rows)}. Narrow the period to export the rest in parts.
        </Alert>
      ) : null}
      <div aria-live="polite" className="explorer-export__status">
        {state.phase === 'running' ? (
          <ProgressBar
            label="Export progress"
            value={state.fetched}
            max={state.target}
            detail={`${formatNumber(state.fetched)} of ${formatNumber(state.target)} rows fetched`}
          />
        ) : null}
        {state.phase === 'done' ? (
          <Alert tone="success" title="Export ready">
            {formatNumber(state.rows)} rows saved as <code>{state.fileName}</code>
            {state.capped
              ? ` (the newest ${formatNumber(state.rows)} of ${formatNumber(total)})`
              : ''}
            . If the download did not start,{' '}
            <button type="button" className="link-button" onClick={downloadAgain}>
              download it again
            </button>
            .
          </Alert>
        ) : null}
        {state.phase === 'failed' ? (
          <Alert tone="danger" title="The export stopped" role="alert">
            {state.message} Nothing was saved ({formatNumber(state.fetched)} rows had been fetched).
          </Alert>
        ) : null}
        {state.phase === 'cancelled' ? (
          <Alert tone="info">
            Export cancelled after {formatNumber(state.fetched)} rows; nothing was saved.
          </Alert>
        ) : null}
      </div>
      <div className="explorer-export__actions">
        {state.phase === 'running' ? (
          <Button variant="secondary" onClick={cancel}>
            Cancel export
          </Button>
        ) : (
          <Button
            onClick={() => {
              if (state.phase !== 'idle') reset();
              void start(filter, total);
            }}
            disabled={total === 0}
          >
            {state.phase === 'idle'
              ? `Export ${formatNumber(size.rows)} ${size.rows === 1 ? 'row' : 'rows'}`
              : 'Export again'}
          </Button>
        )}
      </div>
    </section>
  );
}
