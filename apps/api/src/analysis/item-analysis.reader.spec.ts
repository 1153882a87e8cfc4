import type { DataSource } from 'typeorm';
import { ItemAnalysisReader } from './item-analysis.reader';

/** A data source that records each query's item ids and finds no analysis. */
function recordingReader() {
  const reads: unknown[] = [];
  const dataSource = {
    query: (_sql: string, params: unknown[]) => {
      reads.push(params[0]);
      return Promise.resolve([]);
    },
  } as unknown as DataSource;
  return { reader: new ItemAnalysisReader(dataSource), reads };
}

const EMPTY = { sentiment: null, themes: [], flags: [], redactedText: null, status: null };

describe('ItemAnalysisReader.summaryOf', () => {
  it('reads the summaries asked for in one turn together: a page costs one read, not one per row', async () => {
    const { reader, reads } = recordingReader();
    const [first, second] = [{ id: 'a' }, { id: 'b' }];
    const summaries = await Promise.all([
      reader.summaryOf(first),
      reader.summaryOf(second),
      reader.summaryOf(first),
    ]);
    expect(summaries).toEqual([EMPTY, EMPTY, EMPTY]);
    // One query per table (analyses, themes, flags), each for both items.
    expect(reads).toEqual([
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('keeps a summary with its item object, and reads again for a new one', async () => {
    const { reader, reads } = recordingReader();
    const item = { id: 'a' };
    await reader.summaryOf(item);
    await reader.summaryOf(item);
    expect(reads).toHaveLength(3);
    await reader.summaryOf({ id: 'a' });
    expect(reads).toHaveLength(6);
  });
});
