import { DomainError } from '../../common/domain-error';
import {
  decodeCursor,
  encodeCursor,
  EXPORT_COLUMNS,
  itemsCsv,
  pageOf,
} from './drilldown-items.compose';

const item = (id: string, receivedAt: string) => ({ id, receivedAt: new Date(receivedAt) });

describe('drill-down cursors', () => {
  it('reads back the cursor it wrote', () => {
    const cursor = { receivedAt: '2025-05-01T10:00:00.000Z', id: 'b' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuses anything else as an invalid `after`, naming the field', () => {
    for (const bad of [
      'not base64 json',
      encodeCursor({ receivedAt: 'yesterday', id: 'b' }),
      Buffer.from('{"id":"b"}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(DomainError);
      expect(() => decodeCursor(bad)).toThrow(
        'after must be an endCursor returned by a previous page',
      );
    }
  });
});

describe('pageOf', () => {
  const found = [
    item('c', '2025-05-01T08:00:00Z'),
    item('a', '2025-05-03T08:00:00Z'),
    item('b', '2025-05-02T08:00:00Z'),
  ];

  it("keeps the ids' order, says another page follows and points past its last item", () => {
    const page = pageOf(['a', 'b', 'c'], found, 2, 40);
    expect(page.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(page).toMatchObject({ totalCount: 40, hasNextPage: true });
    expect(decodeCursor(page.endCursor ?? '')).toEqual({
      receivedAt: '2025-05-02T08:00:00.000Z',
      id: 'b',
    });
  });

  it('ends without a next page when no extra id was read, skipping items gone since', () => {
    const page = pageOf(['a', 'gone', 'c'], found, 3, 3);
    expect(page.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(page.hasNextPage).toBe(false);
  });

  it('has no cursor for an empty page', () => {
    expect(pageOf([], [], 50, 0)).toEqual({
      nodes: [],
      totalCount: 0,
      hasNextPage: false,
      endCursor: null,
    });
  });
});

describe('itemsCsv', () => {
  const row = (id: string, customerRef: string | null) => ({
    id,
    customer_ref: customerRef,
    kind: 'complaint',
    themes: 'Refunds; "Receipts"',
  });
  const now = Date.parse('2025-06-02T09:30:00Z');

  it('writes one row per item under the header, customer references only as pseudonyms', () => {
    const file = itemsCsv(
      [row('a', 'alice@example.com'), row('b', null)],
      10,
      now,
      (ref) => `p-${ref.length}`,
    );
    const lines = file.content.trimEnd().split('\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('p-17');
    expect(lines[1]).not.toContain('alice');
    expect(lines[1]).toContain('"Refunds; ""Receipts"""');
    expect(file).toMatchObject({
      filename: 'fulcrum-items-2025-06-02.csv',
      contentType: 'text/csv',
      rows: 2,
      truncated: false,
    });
  });

  it('cuts the file at the limit and says so when more items were read', () => {
    const file = itemsCsv([row('a', null), row('b', null), row('c', null)], 2, now, (ref) => ref);
    expect(file.rows).toBe(2);
    expect(file.truncated).toBe(true);
    expect(file.content.trimEnd().split('\n')).toHaveLength(3);
  });
});
