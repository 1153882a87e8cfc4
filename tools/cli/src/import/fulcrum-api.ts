import { CliError } from '../cli-error';
import type { ImportReport } from './import-report';

const IMPORT_MUTATION = `mutation Import($input: ImportItemsCsvInput!) {
  importItemsCsv(input: $input) { rowsRead imported alreadyImported rejected errors { line column message } warnings { line column message } }
}`;

export interface ImportTarget {
  url: string;
  /** Sent as X-Api-Key (an integration's key) … */
  apiKey?: string;
  /** … or as a bearer token (a signed-in person's session). */
  token?: string;
}

export interface ImportRequest {
  csv: string;
  system: string;
  headerLine: number;
  mapping?: Record<string, string>;
  defaults?: Record<string, string>;
}

/** Sends one chunk to the API's importItemsCsv mutation and returns its report. */
export async function sendChunk(
  target: ImportTarget,
  request: ImportRequest,
): Promise<ImportReport> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target.apiKey) headers['x-api-key'] = target.apiKey;
  if (target.token) headers.authorization = `Bearer ${target.token}`;
  let response: Response;
  try {
    response = await fetch(new URL('/graphql', target.url), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: IMPORT_MUTATION, variables: { input: request } }),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: { message?: string } }).cause?.message;
    throw new CliError(
      `cannot reach Fulcrum at ${target.url}: ${cause ?? (error as Error).message}`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: { importItemsCsv: ImportReport };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length || !body.data) {
    const [first] = body.errors ?? [{ message: `HTTP ${response.status}` }];
    throw new CliError(
      `Fulcrum refused the import (${first.extensions?.code ?? response.status}): ${first.message}`,
    );
  }
  return body.data.importItemsCsv;
}
