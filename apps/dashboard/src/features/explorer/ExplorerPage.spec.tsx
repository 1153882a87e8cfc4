import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import type { ItemFilterInput } from '../../graphql/generated/graphql';
import { aPage, aRow, explorerOptions, refundsTag } from '../../test/explorer-fixtures';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import {
  ExplorerExportDocument,
  ExplorerItemsDocument,
  ExplorerOptionsDocument,
} from './graphql/items';
import ExplorerPage from './ExplorerPage';

const optionsMock: Mock = {
  request: { query: ExplorerOptionsDocument },
  result: { data: explorerOptions },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function itemsMock(
  filter: ItemFilterInput,
  result: Mock['result'],
  after: string | null = null,
  delay?: number,
): Mock {
  return {
    request: { query: ExplorerItemsDocument, variables: { filter, first: 50, after } },
    result,
    delay,
  };
}

const page = (...args: Parameters<typeof aPage>) => ({ data: { items: aPage(...args) } });
const complaint = aRow();
const secondComplaint = aRow({
  id: 'item-2',
  displayText: 'Still waiting for a refund after three weeks.',
  sentiment: 'MIXED',
  flags: ['DELAY', 'PROTOCOL_APOLOGY'],
  themes: [
    refundsTag,
    { ...refundsTag, themeId: 'theme-x', name: 'Waiting times', origin: 'CORRECTION' },
  ],
});

function renderExplorer(route: string, mocks: Mock[]) {
  return renderPage(<ExplorerPage />, {
    route,
    path: '/explorer',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks: [optionsMock, ...mocks],
    routes: <Route path="/explorer/items/:id" element={<p>The item page</p>} />,
  });
}

const location = () => screen.getByTestId('location');

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('ExplorerPage', () => {
  it('shows that items are loading', async () => {
    renderExplorer('/explorer', [itemsMock({}, page([complaint]), null, 30)]);
    expect(screen.getByText('Loading items…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '1 item' })).toBeInTheDocument();
  });

  it('leaves out what it cannot read from a link, and says so', async () => {
    renderExplorer('/explorer?kind=complaint,grumble&team=team-care', [
      itemsMock({ kinds: ['COMPLAINT'] }, page([complaint])),
    ]);
    expect(await screen.findByRole('heading', { name: '1 item match' })).toBeInTheDocument();
    expect(screen.getByText(/Part of the link could not be used/)).toHaveTextContent(
      'kind "grumble" and team "team-care"',
    );
  });

  it('lists the matching items with their redacted text, themes, signs and sentiment', async () => {
    renderExplorer('/explorer?kind=complaint&flag=runaround,excuse&from=2026-01-01&to=2026-03-31', [
      itemsMock(
        {
          kinds: ['COMPLAINT'],
          flags: ['RUNAROUND', 'EXCUSE'],
          receivedFrom: '2026-01-01T00:00:00.000Z',
          receivedTo: '2026-04-01T00:00:00.000Z',
        },
        page([complaint, secondComplaint], { totalCount: 2 }),
      ),
    ]);
    expect(await screen.findByRole('heading', { name: '2 items match' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('Still waiting for a refund after three weeks.');
    expect(within(rows[2]).getByRole('list', { name: 'Themes' })).toHaveTextContent(
      /Refunds and returns.*Waiting times \(set by a person\)/,
    );
    expect(
      within(rows[2]).getByRole('list', { name: 'Warning signs and protocol cues' }),
    ).toHaveTextContent(/Delay \(warning sign\).*Apologised \(protocol cue\)/);
    expect(rows[2]).toHaveTextContent('Mixed');
    const chips = screen.getByRole('button', { name: 'Remove filter Kind: Complaint' });
    expect(chips).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove filter Received 1 Jan 2026 to 31 Mar 2026' }),
    ).toBeInTheDocument();
  });

  it('puts a chosen filter in the URL and loads the items it matches', async () => {
    renderExplorer('/explorer?kind=complaint', [
      itemsMock({ kinds: ['COMPLAINT'] }, page([complaint])),
      itemsMock({ kinds: ['REQUEST', 'COMPLAINT'] }, page([complaint, secondComplaint])),
    ]);
    await screen.findByRole('heading', { name: '1 item match' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Kind/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Request' }));
    expect(location()).toHaveTextContent('/explorer?kind=request%2Ccomplaint');
    expect(await screen.findByRole('heading', { name: '2 items match' })).toBeInTheDocument();
  });

  it('searches the text when the search is submitted', async () => {
    renderExplorer('/explorer', [
      itemsMock({}, page([complaint, secondComplaint])),
      itemsMock({ search: 'refund' }, page([secondComplaint])),
    ]);
    await screen.findByRole('heading', { name: '2 items' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Words in the text' }), 'refund{Enter}');
    expect(location()).toHaveTextContent('/explorer?q=refund');
    expect(await screen.findByRole('heading', { name: '1 item match' })).toBeInTheDocument();
  });

  it('moves between rows with the arrow keys and opens an item with Enter, keeping the filters', async () => {
    renderExplorer('/explorer?kind=complaint', [
      itemsMock({ kinds: ['COMPLAINT'] }, page([complaint, secondComplaint])),
    ]);
    await screen.findByRole('heading', { name: '2 items match' });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.tabIndex)).toEqual([0, -1]);
    act(() => rows[0].focus());
    const user = userEvent.setup();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    expect(rows.map((row) => row.tabIndex)).toEqual([-1, 0]);
    await user.keyboard('{Home}');
    expect(rows[0]).toHaveFocus();
    await user.keyboard('{End}{Enter}');
    expect(location()).toHaveTextContent('/explorer/items/item-2?kind=complaint');
  });

  it('pages forward with the cursor and back again', async () => {
    const first = Array.from({ length: 50 }, (_, index) => aRow({ id: `item-${index + 1}` }));
    renderExplorer('/explorer', [
      itemsMock({}, page(first, { totalCount: 51, hasNextPage: true, endCursor: 'cursor-50' })),
      itemsMock({}, page([aRow({ id: 'item-51' })], { totalCount: 51 }), 'cursor-50'),
    ]);
    expect(await screen.findByText(/Items 1–50 of 51 · page 1 of 2/)).toBeInTheDocument();
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: /Previous page/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Next page/ }));
    expect(await screen.findByText(/Items 51–51 of 51 · page 2 of 2/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next page/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Previous page/ }));
    expect(await screen.findByText(/Items 1–50 of 51/)).toBeInTheDocument();
  });

  it('says "more than" when a search counted its matches only up to the bound', async () => {
    const first = Array.from({ length: 50 }, (_, index) => aRow({ id: `item-${index + 1}` }));
    renderExplorer('/explorer', [
      itemsMock(
        {},
        page(first, {
          totalCount: 1000,
          totalCountIsLowerBound: true,
          hasNextPage: true,
          endCursor: 'cursor-50',
        }),
      ),
    ]);
    expect(
      await screen.findByText(/Items 1–50 of more than 1,000 · page 1 of more than 20/),
    ).toBeInTheDocument();
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    renderExplorer('/explorer?sentiment=positive', [
      itemsMock({ sentiments: ['POSITIVE'] }, page([])),
      itemsMock({}, page([complaint])),
    ]);
    expect(await screen.findByText('No items match these filters')).toBeInTheDocument();
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Clear all filters' })[1]);
    expect(location()).toHaveTextContent(/^\/explorer$/);
    expect(await screen.findByRole('heading', { name: '1 item' })).toBeInTheDocument();
  });

  it('explains a failure and loads again on request', async () => {
    renderExplorer('/explorer', [
      itemsMock({}, apiError('INTERNAL_SERVER_ERROR', 'boom')),
      itemsMock({}, page([complaint])),
    ]);
    expect(await screen.findByText('Items could not be loaded')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: '1 item' })).toBeInTheDocument();
  });

  it('offers no retry when the role may not read items', async () => {
    renderExplorer('/explorer', [itemsMock({}, apiError('FORBIDDEN', 'Forbidden resource'))]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role does not give access to this.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  describe('CSV export', () => {
    let created: Blob[];
    beforeEach(() => {
      created = [];
      Object.assign(URL, {
        createObjectURL: jest.fn((blob: Blob) => {
          created.push(blob);
          return 'blob:export';
        }),
        revokeObjectURL: jest.fn(),
      });
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    });
    afterEach(() => jest.restoreAllMocks());

    it('pages through every matching item and downloads one CSV of the redacted rows', async () => {
      const exportMock = (after: string | null, result: Mock['result']): Mock => ({
        request: {
          query: ExplorerExportDocument,
          variables: { filter: { kinds: ['COMPLAINT'] }, first: 100, after },
        },
        result,
      });
      const node = (id: string, displayText: string) => ({
        __typename: 'Item',
        id,
        receivedAt: '2026-11-20T20:23:22.991Z',
        kind: 'COMPLAINT',
        source: 'EXTERNAL_CUSTOMER',
        channel: 'EMAIL',
        status: 'NEW',
        priority: 'HIGH',
        displayText,
        sentiment: null,
        satisfaction: null,
        customerRef: null,
        flags: [],
        firstResponseAt: null,
        resolvedAt: null,
        closedAt: null,
        team: null,
        policy: null,
        themes: [],
      });
      renderExplorer('/explorer?kind=complaint', [
        itemsMock({ kinds: ['COMPLAINT'] }, page([complaint, secondComplaint], { totalCount: 2 })),
        exportMock(null, {
          data: {
            items: {
              __typename: 'ItemPage',
              totalCount: 2,
              endCursor: 'c1',
              hasNextPage: true,
              nodes: [node('a', 'Mail me at [EMAIL], "now"')],
            },
          },
        }),
        exportMock('c1', {
          data: {
            items: {
              __typename: 'ItemPage',
              totalCount: 2,
              endCursor: 'c2',
              hasNextPage: false,
              nodes: [node('b', '=1+1')],
            },
          },
        }),
      ]);
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      expect(screen.getByText(/An export holds at most 10,000 rows/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Export 2 rows' }));
      expect(await screen.findByText('Export ready')).toBeInTheDocument();
      expect(screen.getByText(/2 rows saved as/)).toBeInTheDocument();
      expect(created).toHaveLength(1);
      const lines = (await readBlob(created[0])).split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[1]).toMatch(
        /^a,2026-11-20T20:23:22.991Z,Complaint,External customer,Email,New,High,/,
      );
      expect(lines[1]).toMatch(/,"Mail me at \[EMAIL\], ""now"""$/);
      expect(lines[2]).toMatch(/,'=1\+1$/);
    });

    it('warns before exporting more than the cap and exports the newest 10,000', async () => {
      renderExplorer('/explorer', [itemsMock({}, page([complaint], { totalCount: 23_410 }))]);
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      expect(
        screen.getByText(
          /These filters match 23,410 items: the export will hold the newest 10,000/,
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Export 10,000 rows' })).toBeInTheDocument();
    });

    it('says the export stopped, and saved nothing, when a page fails', async () => {
      renderExplorer('/explorer', [
        itemsMock({}, page([complaint])),
        {
          request: {
            query: ExplorerExportDocument,
            variables: { filter: {}, first: 100, after: null },
          },
          result: apiError('INTERNAL_SERVER_ERROR', 'boom'),
        },
      ]);
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      await user.click(screen.getByRole('button', { name: 'Export 1 row' }));
      expect(await screen.findByText('The export stopped')).toBeInTheDocument();
      await waitFor(() => expect(created).toHaveLength(0));
    });
  });
});
