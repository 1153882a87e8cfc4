import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, ReviewPackExportInput } from '../../graphql/generated/graphql';
import { csvRow, downloadText } from '../../lib/csv';
import { describeError } from '../../lib/graphql-errors';
import { notesMarkdown } from '../../lib/review-notes';
import { ReviewPackExportDocument } from './graphql/review';

export type ReviewExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: ExportFormat }
  | { phase: 'done'; format: ExportFormat; fileName: string }
  | { phase: 'failed'; format: ExportFormat; message: string };

/** The API's file with the review's notes added at the end (a section, or a CSV row). */
export function withNotes(content: string, format: ExportFormat, notes: string): string {
  if (!notes.trim()) return content;
  if (format === 'MARKDOWN') return `${content.replace(/\s*$/, '\n')}${notesMarkdown(notes)}`;
  const row = csvRow(['Notes', 'Review', 'Notes and decisions', '', '', '', '', notes.trim()]);
  return `${content.replace(/\s*$/, '\n')}${row}\n`;
}

/** Downloads the review pack of the page's scope as Markdown or CSV (`reviewPackExport`). */
export function useReviewExport(scope: Omit<ReviewPackExportInput, 'format'>, notes: string) {
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
      const content = withNotes(file.content, format, notes);
      // A byte-order mark so spreadsheets read the CSV as UTF-8.
      downloadText(
        format === 'CSV' ? `\uFEFF${content}` : content,
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
