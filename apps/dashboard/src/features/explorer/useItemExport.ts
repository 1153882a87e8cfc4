import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import type { ExplorerExportQuery, ItemFilterInput } from '../../graphql/generated/graphql';
import { useClock } from '../../lib/clock';
import { downloadText } from '../../lib/csv';
import { describeError } from '../../lib/graphql-errors';
import { ExplorerExportDocument } from './graphql/items';
import {
  EXPORT_PAGE_SIZE,
  EXPORT_ROW_CAP,
  exportCsv,
  exportFileName,
  type ExportNode,
} from './export-csv';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; fetched: number; target: number }
  | { phase: 'done'; rows: number; fileName: string; csv: string; capped: boolean }
  | { phase: 'failed'; fetched: number; message: string }
  | { phase: 'cancelled'; fetched: number };

/**
 * Pages through `items` for a filter (100 at a time, at most EXPORT_ROW_CAP rows), then offers
 * the CSV as a download. Pages bypass the cache: an export must not fill the browser's memory
 * with items nobody is looking at.
 */
export function useItemExport() {
  const client = useApolloClient();
  const clock = useClock();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const run = useRef(0);

  // Leaving the page stops an export in flight.
  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );

  const start = async (filter: ItemFilterInput, total: number) => {
    const id = ++run.current;
    const target = Math.min(total, EXPORT_ROW_CAP);
    const items: ExportNode[] = [];
    let after: string | null = null;
    // Whether rows were left behind at the cap (a search's total is only a lower bound).
    let more = false;
    setState({ phase: 'running', fetched: 0, target });
    try {
      while (items.length < EXPORT_ROW_CAP) {
        const result: ApolloClient.QueryResult<ExplorerExportQuery> = await client.query({
          query: ExplorerExportDocument,
          variables: {
            filter,
            first: Math.min(EXPORT_PAGE_SIZE, EXPORT_ROW_CAP - items.length),
            after,
          },
          fetchPolicy: 'no-cache',
        });
        if (id !== run.current) return;
        if (!result.data) throw result.error ?? new Error('No data');
        const page: ExplorerExportQuery['items'] = result.data.items;
        items.push(...page.nodes);
        setState({
          phase: 'running',
          fetched: items.length,
          target: Math.max(target, items.length),
        });
        more = page.hasNextPage;
        if (!page.hasNextPage || !page.endCursor) break;
        after = page.endCursor;
      }
      const fileName = exportFileName(clock());
      const csv = exportCsv(items);
      downloadText(csv, fileName);
      setState({ phase: 'done', rows: items.length, fileName, csv, capped: more });
    } catch (error) {
      if (id !== run.current) return;
      setState({ phase: 'failed', fetched: items.length, message: describeError(error).message });
    }
  };

  const cancel = () => {
    if (state.phase !== 'running') return;
    run.current += 1;
    setState({ phase: 'cancelled', fetched: state.fetched });
  };

  const reset = () => {
    run.current += 1;
    setState({ phase: 'idle' });
  };

  const downloadAgain = () => {
    if (state.phase === 'done') downloadText(state.csv, state.fileName);
  };

  return { state, start, cancel, reset, downloadAgain };
}
