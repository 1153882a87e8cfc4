import {
  countConditions,
  explorerParams,
  explorerUrl,
  readExplorerFilter,
  toItemFilter,
  type ExplorerFilter,
} from './explorer-url';

const team = '5993bcc2-ff7b-42d3-b76c-ee18048b6bcf';
const policy = 'd4129195-5388-44cc-b727-2e955d22902d';
const theme = '0b94b765-1396-43a2-bbe3-7a41855500ad';
const read = (query: string) => readExplorerFilter(new URLSearchParams(query));

describe('explorerUrl (links to the items behind a number)', () => {
  it('is the bare Explorer for an empty filter', () => {
    expect(explorerUrl({})).toBe('/explorer');
  });

  it('writes lists comma-separated with lower-case values, in a fixed order', () => {
    expect(
      explorerUrl({
        sentiments: ['NEGATIVE'],
        kinds: ['COMPLAINT', 'REQUEST'],
        policyIds: [policy],
        flags: ['EXCUSE', 'PROTOCOL_APOLOGY'],
        from: '2026-01-01',
        to: '2026-03-31',
        search: '  refund receipt ',
      }),
    ).toBe(
      `/explorer?q=refund+receipt&kind=complaint%2Crequest&sentiment=negative&flag=excuse%2Cprotocol_apology&policy=${policy}&from=2026-01-01&to=2026-03-31`,
    );
  });

  it('leaves out empty lists, blank text and repeated values', () => {
    expect(explorerUrl({ kinds: [], search: '   ', teamIds: [team, team] })).toBe(
      `/explorer?team=${team}`,
    );
  });

  it('round-trips every kind of condition through the URL', () => {
    const filter: ExplorerFilter = {
      search: 'on hold',
      kinds: ['COMPLAINT'],
      sources: ['INTERNAL_CUSTOMER', 'STAFF'],
      channels: ['PHONE', 'WEB_FORM'],
      statuses: ['WAITING_INTERNAL'],
      sentiments: ['MIXED', 'NEGATIVE'],
      flags: ['RUNAROUND'],
      teamIds: [team],
      policyIds: [policy],
      themeIds: [theme],
      customerRef: 'C-002513',
      from: '2025-12-01',
      to: '2026-02-28',
    };
    expect(read(explorerParams(filter).toString())).toEqual({ filter, dropped: [] });
  });
});

describe('readExplorerFilter', () => {
  it('drops values it does not know and says which', () => {
    expect(read('kind=complaint,grumble&team=not-an-id&sentiment=NEGATIVE')).toEqual({
      filter: { kinds: ['COMPLAINT'], sentiments: ['NEGATIVE'] },
      dropped: ['kind "grumble"', 'team "not-an-id"'],
    });
  });

  it('reads a month as its first or last day, so monthly charts can link by month', () => {
    expect(read('from=2026-02&to=2026-02').filter).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('drops impossible days and swaps a reversed period', () => {
    expect(read('from=2026-02-30').dropped).toEqual(['from "2026-02-30"']);
    expect(read('from=2026-03-31&to=2026-01-01').filter).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('keeps search text within the API’s 200 characters', () => {
    const { filter, dropped } = read(`q=${'a'.repeat(250)}`);
    expect(filter.search).toHaveLength(200);
    expect(dropped).toEqual(['the end of the search text']);
  });
});

describe('toItemFilter (the API’s filter)', () => {
  it('turns inclusive days into [from 00:00, the day after to 00:00) in UTC', () => {
    expect(toItemFilter({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      receivedFrom: '2026-01-01T00:00:00.000Z',
      receivedTo: '2026-02-01T00:00:00.000Z',
    });
  });

  it('sends only the conditions that are set', () => {
    expect(toItemFilter({ kinds: ['COMPLAINT'], teamIds: [], search: ' ' })).toEqual({
      kinds: ['COMPLAINT'],
    });
  });
});

describe('countConditions', () => {
  it('counts each kind of condition once, the period as one', () => {
    expect(countConditions({})).toBe(0);
    expect(
      countConditions({ kinds: ['COMPLAINT', 'REQUEST'], from: '2026-01-01', to: '2026-02-01' }),
    ).toBe(2);
  });
});
