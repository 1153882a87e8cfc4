import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { DrilldownInput } from '../../graphql/generated/graphql';
import { downloadText } from '../../lib/csv';
import { describeError } from '../../lib/graphql-errors';
import { DrilldownExportDocument } from './graphql/items';
import { EXPORT_ROW_CAP } from './export-csv';

export type DrilldownExportState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; rows: number; fileName: string; csv: string; truncated: boolean }
  | { phase: 'failed'; message: string };

/**
 * The items behind a drill-down as CSV, made by the API in one request (`itemExport`), then
 * offered as a download. A byte-order mark goes first so spreadsheets read it as UTF-8.
 */
export function useDrilldownExport() {
  const client = useApolloClient();
  const [state, setState] = useState<DrilldownExportState>({ phase: 'idle' });
  const run = useRef(0);
  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );

  const start = async (drilldown: DrilldownInput, total: number) => {
    const id = ++run.current;
    setState({ phase: 'running' });
    try {
      const result = await client.query({
        query: DrilldownExportDocument,
        variables: { input: { drilldown, limit: Math.max(1, Math.min(total, EXPORT_ROW_CAP)) } },
        fetchPolicy: 'no-cache',
      });
      if (id !== run.current) return;
      const file = result.data?.itemExport;
      if (!file) throw result.error ?? new Error('No data');
      const csv = file.content.startsWith('\uFEFF') ? file.content : `\uFEFF${file.content}`;
      downloadText(csv, file.filename, `${file.contentType};charset=utf-8`);
      setState({
        phase: 'done',
        rows: file.rows,
        fileName: file.filename,
        csv,
        truncated: file.truncated,
      });
    } catch (error) {
      if (id !== run.current) return;
      setState({ phase: 'failed', message: describeError(error).message });
    }
  };

  const downloadAgain = () => {
    if (state.phase === 'done') downloadText(state.csv, state.fileName);
  };

  return { state, start, downloadAgain };
}
