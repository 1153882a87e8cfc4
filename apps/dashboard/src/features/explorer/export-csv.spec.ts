import { anExportNode } from '../../test/explorer-fixtures';
import {
  EXPORT_HEADER,
  EXPORT_ROW_CAP,
  exportCsv,
  exportFileName,
  exportRow,
  exportSize,
} from './export-csv';

describe('the CSV export', () => {
  it('writes one row per item in the header’s order, with the masked text and words for codes', () => {
    const row = exportRow(
      anExportNode({
        displayText: 'Call me on [PHONE], "urgent"',
        flags: ['EXCUSE', 'PROTOCOL_APOLOGY'],
      }),
    );
    expect(row).toHaveLength(EXPORT_HEADER.length);
    expect(Object.fromEntries(EXPORT_HEADER.map((name, index) => [name, row[index]]))).toEqual({
      'Item id': 'item-1',
      'Received (UTC)': '2026-11-20T20:23:22.991Z',
      Kind: 'Complaint',
      Source: 'External customer',
      Channel: 'Web form',
      Status: 'In progress',
      Priority: 'Normal',
      Team: 'Customer Care',
      Policy: 'Refunds need a receipt',
      Sentiment: 'Negative',
      Themes: 'Refunds and returns; Staff attitude and helpfulness',
      'Warning signs and protocol cues': 'Excuse; Apologised',
      'Satisfaction (1-5)': null,
      'First response (UTC)': '2026-11-21T08:15:46.785Z',
      'Resolved (UTC)': null,
      'Closed (UTC)': null,
      'Customer reference': 'C-002513',
      'Text (personal data masked)': 'Call me on [PHONE], "urgent"',
    });
  });

  it('never includes the raw text, only the masked display text', () => {
    const csv = exportCsv([anExportNode({ displayText: 'Reach me at [EMAIL]' })]);
    expect(csv).toContain('Reach me at [EMAIL]');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${EXPORT_HEADER.join(',')}`);
  });

  it('states its cap: at most 10,000 rows', () => {
    expect(EXPORT_ROW_CAP).toBe(10_000);
    expect(exportSize(1_831)).toEqual({ rows: 1_831, capped: false });
    expect(exportSize(23_410)).toEqual({ rows: 10_000, capped: true });
  });

  it('names the file by the day it was made', () => {
    expect(exportFileName(new Date('2026-11-22T19:00:00Z'))).toBe('fulcrum-items-2026-11-22.csv');
  });
});
