import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { graphql } from './graphql-client';
import { formatNumber, percentile, runConcurrently } from './stats';

export const BULK_ITEMS = 50_000;
const CHUNK = 5_000;

// Varied texts, so the analysis does real work on each (themes, sentiment, signs, a policy).
const TEXTS = [
  'I was promised a call back about my refund three days ago and nobody has rung.',
  'The receipt rule makes no sense when I paid by card; your staff said it is my fault.',
  'Thank you for sorting out the boiler so quickly, the engineer was polite and tidy.',
  'My laptop request has waited two weeks for director approval and I cannot work.',
  'Could you tell me when the parcel will arrive? The tracking page shows nothing.',
];
const textOf = (index: number) => `${TEXTS[index % TEXTS.length]} Order ${index}.`;

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** One chunk of a helpdesk export as the `fulcrum import` CLI sends it. */
function csvChunk(chunk: number): string {
  const lines = ['id,text,created,type,source,channel,team'];
  for (let row = 0; row < CHUNK; row += 1) {
    const index = chunk * CHUNK + row;
    const received = new Date(Date.UTC(2026, 9, 1) + index * 60_000).toISOString();
    lines.push(
      [
        `csv-${index}`,
        csvCell(textOf(index)),
        received,
        'complaint',
        'external_customer',
        'email',
        'Bench',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Bulk load through Fulcrum (importItemsCsv, the path of `fulcrum import`: per-row validation,
 * analysis in the worker threads, COPY into a stage, one INSERT … SELECT … ON CONFLICT) next to a
 * plain COPY of the same number of rows into the items table, in the same run.
 */
export async function benchBulkLoad(
  apiUrl: string,
  auth: Record<string, string>,
  databaseUrl: string,
  teamId: string,
): Promise<string[][]> {
  const chunks = BULK_ITEMS / CHUNK;
  let started = performance.now();
  const fulcrum = await runConcurrently(chunks, 2, async (chunk) => {
    const { importItemsCsv } = await graphql<{ importItemsCsv: { imported: number } }>(
      apiUrl,
      'mutation ($input: ImportItemsCsvInput!) { importItemsCsv(input: $input) { imported } }',
      { input: { csv: csvChunk(chunk), system: 'bench-csv' } },
      auth,
    );
    if (importItemsCsv.imported !== CHUNK)
      throw new Error(`A bench chunk imported ${importItemsCsv.imported} of ${CHUNK} rows`);
  });
  const fulcrumRate = BULK_ITEMS / ((performance.now() - started) / 1000);

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    started = performance.now();
    const plain = await runConcurrently(chunks, 1, async (chunk) => {
      const rows: string[] = [];
      for (let row = 0; row < CHUNK; row += 1) {
        const index = chunk * CHUNK + row;
        const received = new Date(Date.UTC(2026, 9, 1) + index * 60_000).toISOString();
        rows.push(
          `complaint\texternal_customer\temail\t${teamId}\t${textOf(index)}\t${received}\tcopy-${index}\tbench-copy\n`,
        );
      }
      await pipeline(
        Readable.from([rows.join('')]),
        client.query(
          copyFrom(
            'COPY items (kind, source, channel, team_id, text, received_at, external_id, external_source) FROM STDIN',
          ),
        ),
      );
    });
    const plainRate = BULK_ITEMS / ((performance.now() - started) / 1000);
    return [
      [
        `Fulcrum bulk load: CSV import (importItemsCsv) of ${formatNumber(BULK_ITEMS)} items, ${formatNumber(CHUNK)} a request, 2 clients`,
        `${formatNumber(fulcrumRate)} items/s`,
        `${formatNumber(percentile(fulcrum, 50))} ms`,
        `${formatNumber(percentile(fulcrum, 95))} ms`,
      ],
      [
        `Plain COPY of ${formatNumber(BULK_ITEMS)} rows into items, ${formatNumber(CHUNK)} a COPY, 1 connection`,
        `${formatNumber(plainRate)} rows/s`,
        `${formatNumber(percentile(plain, 50))} ms`,
        `${formatNumber(percentile(plain, 95))} ms`,
      ],
      ['Fulcrum bulk load ÷ plain COPY', `${formatNumber(fulcrumRate / plainRate, 2)}×`, '', ''],
    ];
  } finally {
    await client.end();
  }
}
