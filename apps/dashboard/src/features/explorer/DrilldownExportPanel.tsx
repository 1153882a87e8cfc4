import type { DrilldownInput } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EXPORT_ROW_CAP, exportSize } from './export-csv';
import { useDrilldownExport } from './useDrilldownExport';

/** The CSV of a drill-down's items, made by the insights API with the figures behind them. */
export function DrilldownExportPanel({
  drilldown,
  total,
  onClose,
}: {
  drilldown: DrilldownInput;
  total: number;
  onClose: () => void;
}) {
  const { state, start, downloadAgain } = useDrilldownExport();
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
        One row per item, newest first: its team, policies, themes, status, times to first response
        and resolution, internal waiting, escalations and exceptions, with the text as shown here
        (personal data masked). An export holds at most {formatNumber(EXPORT_ROW_CAP)} rows.
      </p>
      {size.capped ? (
        <Alert tone="warning">
          This figure counts {formatNumber(total)} items: the export will hold the newest{' '}
          {formatNumber(size.rows)}.
        </Alert>
      ) : null}
      <div aria-live="polite" className="explorer-export__status">
        {state.phase === 'running' ? <p>Preparing the file…</p> : null}
        {state.phase === 'done' ? (
          <Alert tone="success" title="Export ready">
            {formatNumber(state.rows)} rows saved as <code>{state.fileName}</code>
            {state.truncated ? ` (the newest ${formatNumber(state.rows)})` : ''}. If the download
            did not start,{' '}
            <button type="button" className="link-button" onClick={downloadAgain}>
              download it again
            </button>
            .
          </Alert>
        ) : null}
        {state.phase === 'failed' ? (
          <Alert tone="danger" title="The export failed" role="alert">
            {state.message} Nothing was saved.
          </Alert>
        ) : null}
      </div>
      <div className="explorer-export__actions">
        <Button
          busy={state.phase === 'running'}
          disabled={total === 0}
          onClick={() => void start(drilldown, total)}
        >
          {state.phase === 'idle' || state.phase === 'running'
            ? `Export ${formatNumber(size.rows)} ${size.rows === 1 ? 'row' : 'rows'}`
            : 'Export again'}
        </Button>
      </div>
    </section>
  );
}
