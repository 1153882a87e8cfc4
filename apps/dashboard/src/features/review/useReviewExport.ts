import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, ReviewPackExportInput } from '../../graphql/generated/graphql';
import { downloadText } from '../../lib/csv';
import { describeError } from '../../lib/graphql-errors';
import { ReviewPackExportDocument } from './graphql/review';

export type ReviewExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: ExportFormat }
  | { phase: 'done'; format: ExportFormat; fileName: string }
  | { phase: 'failed'; format: ExportFormat; message: string };

/**
 * Downloads the review pack of the page's scope as Markdown or CSV (`reviewPackExport`); the API
 * includes the review's stored notes and decisions.
 */
export function useReviewExport(scope: Omit<ReviewPackExportInput, 'format'>) {
  const client = useApolloClient();
  const [state, setState] = useState<ReviewExportState>({ phase: 'idle' });
  const run = useRef(0);
  useEffect(
    () => () => {
      run.current += 1;
    },
    [],
  );

  const start = async (format: ExportFormat) => {
    const id = ++run.current;
    setState({ phase: 'running', format });
    try {
      const result = await client.query({
        query: ReviewPackExportDocument,
        variables: { input: { ...scope, format } },
        fetchPolicy: 'no-cache',
      });
      if (id !== run.current) return;
      const file = result.data?.reviewPackExport;
      if (!file) throw result.error ?? new Error('No data');
      // A byte-order mark so spreadsheets read the CSV as UTF-8.
      downloadText(
        format === 'CSV' ? `\uFEFF${file.content}` : file.content,
        file.filename,
        `${file.contentType};charset=utf-8`,
      );
      setState({ phase: 'done', format, fileName: file.filename });
    } catch (error) {
      if (id !== run.current) return;
      setState({ phase: 'failed', format, message: describeError(error).message });
    }
  };
  return { state, start };
}
