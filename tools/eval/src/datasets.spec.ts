import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_FILES, missingDataFiles, parseMams } from './datasets';

describe('parseMams', () => {
  it('reads each sentence with its aspect categories and polarities, decoding XML entities', () => {
    const xml = `<?xml version="1.0"?><sentences>
      <sentence><text>Great food &amp; rude staff</text><aspectCategories>
        <aspectCategory category="food" polarity="positive"/>
        <aspectCategory category="staff" polarity="negative"/>
      </aspectCategories></sentence>
    </sentences>`;
    expect(parseMams(xml)).toEqual([
      {
        text: 'Great food & rude staff',
        aspects: [
          { category: 'food', polarity: 'positive' },
          { category: 'staff', polarity: 'negative' },
        ],
      },
    ]);
  });
});

describe('missingDataFiles', () => {
  it('lists every file when the folder does not exist, and only the absent ones otherwise', () => {
    expect(missingDataFiles('/no/such/folder')).toEqual(Object.values(DATA_FILES));
    const folder = mkdtempSync(join(tmpdir(), 'fulcrum-eval-'));
    writeFileSync(join(folder, DATA_FILES.airline), 'text\n');
    expect(missingDataFiles(folder)).not.toContain(DATA_FILES.airline);
    expect(missingDataFiles(folder)).toHaveLength(Object.values(DATA_FILES).length - 1);
  });
});
