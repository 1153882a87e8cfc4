import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { csvChunks } from './csv-chunks';

const FILE = [
  'id,text',
  '1,"a note',
  'over two lines"',
  '',
  '2,second',
  '3,third',
  '4,"fourth, with a comma"',
].join('\n');

async function chunksOf(text: string, rowsPerChunk: number) {
  const chunks = [];
  for await (const chunk of csvChunks(Readable.from([text]), {
    rowsPerChunk,
    delimiter: ',',
    name: 'test.csv',
  })) {
    chunks.push(chunk);
  }
  return chunks;
}

/** The line each record of a chunk starts on, numbered the way the API numbers them. */
function serverLines(csv: string, headerLine: number): number[] {
  const records = parse(csv, { info: true, raw: true, skip_empty_lines: true }) as unknown as {
    raw: string;
    info: { lines: number };
  }[];
  return records
    .slice(1)
    .map(
      ({ raw, info }) =>
        headerLine -
        1 +
        info.lines -
        (raw.replace(/^(\r?\n)+|\r?\n$/g, '').match(/\n/g)?.length ?? 0),
    );
}

describe('csvChunks', () => {
  it('cuts between whole records and repeats the header in every chunk', async () => {
    const chunks = await chunksOf(FILE, 2);
    expect(chunks.map((chunk) => chunk.rows)).toEqual([2, 2]);
    for (const chunk of chunks) expect(chunk.csv.startsWith('id,text\n')).toBe(true);
    expect(chunks[0].csv).toContain('"a note\nover two lines"');
  });

  it("keeps the file's line numbers for every record, across quoted newlines and blank lines", async () => {
    const lines = (await chunksOf(FILE, 2)).flatMap((chunk) =>
      serverLines(chunk.csv, chunk.headerLine),
    );
    expect(lines).toEqual([2, 5, 6, 7]);
  });

  it('reports how far into the file it has read', async () => {
    const chunks = await chunksOf(FILE, 3);
    expect(chunks[chunks.length - 1].bytesRead).toBe(Buffer.byteLength(FILE));
  });

  it('refuses an empty file', async () => {
    await expect(chunksOf('', 10)).rejects.toThrow(/empty; it needs a header row/);
  });
});
