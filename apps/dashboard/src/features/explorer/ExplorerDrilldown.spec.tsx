import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { aPage, aRow, explorerOptions } from '../../test/explorer-fixtures';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { drilldownUrl } from '../../lib/drilldown-url';
import {
  DrilldownExportDocument,
  DrilldownItemsDocument,
  ExplorerOptionsDocument,
} from './graphql/items';
import ExplorerPage from './ExplorerPage';

const optionsMock: Mock = {
  request: { query: ExplorerOptionsDocument },
  result: { data: explorerOptions },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Blaming the customer in October 2026, as the review's warning sign drills down. */
const blame = {
  receivedFrom: '2026-10-01T00:00:00.000Z',
  receivedTo: '2026-11-01T00:00:00.000Z',
  flags: ['BLAME' as const],
};
const route = drilldownUrl(blame, 'Blaming the customer, Oct 2026');

function itemsMock(result: Mock['result'], after?: string): Mock {
  return {
    request: {
      query: DrilldownItemsDocument,
      variables: { input: { drilldown: blame, first: 50, ...(after ? { after } : {}) } },
    },
    result,
  };
}

function renderDrilldown(mocks: Mock[], at = route) {
  return renderPage(<ExplorerPage />, {
    route: at,
    path: '/explorer',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks: [optionsMock, ...mocks],
    routes: <Route path="/explorer/items/:id" element={<p>The item page</p>} />,
  });
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('ExplorerPage with a drill-down', () => {
  it('lists the items behind the figure, with the figure and its conditions in words', async () => {
    renderDrilldown([itemsMock({ data: { drilldownItems: aPage([aRow()], { totalCount: 69 }) } })]);
    expect(
      screen.getByRole('heading', { name: 'Items: Blaming the customer, Oct 2026', level: 1 }),
    ).toBeInTheDocument();
    const conditions = screen.getByRole('list', { name: 'What these items are' });
    expect(
      within(conditions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Received 1 Oct 2026 to 31 Oct 2026', 'Sign: Blames the customer']);
    expect(await screen.findByRole('heading', { name: '69 items match' })).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Search and filter all items instead' }),
    ).toHaveAttribute('href', '/explorer');
  });

  it('keeps the drill-down when an item is opened, so Back returns to the same list', async () => {
    renderDrilldown([itemsMock({ data: { drilldownItems: aPage([aRow()]) } })]);
    const table = await screen.findByRole('table', { name: /newest first/ });
    await userEvent.setup().click(within(table).getAllByRole('link')[0]);
    expect(await screen.findByText('The item page')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(
      `/explorer/items/item-1?${route.split('?')[1]}`,
    );
  });

  it('pages forward through the items behind the figure', async () => {
    renderDrilldown([
      itemsMock({
        data: {
          drilldownItems: aPage([aRow()], { totalCount: 51, hasNextPage: true, endCursor: 'c1' }),
        },
      }),
      itemsMock(
        { data: { drilldownItems: aPage([aRow({ id: 'item-2' })], { totalCount: 51 }) } },
        'c1',
      ),
    ]);
    await userEvent.setup().click(await screen.findByRole('button', { name: /Next page/ }));
    expect(await screen.findByText(/page 2 of 2/)).toBeInTheDocument();
  });

  it('says when no item is behind the figure', async () => {
    renderDrilldown([itemsMock({ data: { drilldownItems: aPage([]) } })]);
    expect(await screen.findByText('No items are behind this figure')).toBeInTheDocument();
  });

  it('names the parts of a link it could not use', async () => {
    const broken = `${route}&d.kinds=grumble`;
    renderDrilldown([itemsMock({ data: { drilldownItems: aPage([aRow()]) } })], broken);
    expect(
      await screen.findByText(
        /Part of the link could not be used and was left out: kinds "grumble"/,
      ),
    ).toBeInTheDocument();
  });

  it('explains a failure', async () => {
    renderDrilldown([itemsMock(apiError('INTERNAL_SERVER_ERROR', 'boom'))]);
    expect(await screen.findByText('Items could not be loaded')).toBeInTheDocument();
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

    it('downloads the API’s export of the items behind the figure', async () => {
      renderDrilldown([
        itemsMock({ data: { drilldownItems: aPage([aRow()], { totalCount: 69 }) } }),
        {
          request: {
            query: DrilldownExportDocument,
            variables: { input: { drilldown: blame, limit: 69 } },
          },
          result: {
            data: {
              itemExport: {
                __typename: 'ExportFile',
                filename: 'fulcrum-items-2026-11-22.csv',
                contentType: 'text/csv',
                content: 'id,received_at,kind\na,2026-10-31T13:08:42Z,complaint\n',
                rows: 1,
                truncated: false,
              },
            },
          },
        },
      ]);
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      expect(screen.getByText(/times to first response and resolution/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Export 69 rows' }));
      expect(await screen.findByText('Export ready')).toBeInTheDocument();
      const csv = 'id,received_at,kind\na,2026-10-31T13:08:42Z,complaint\n';
      expect(await readBlob(created[0])).toBe(csv);
      // A byte-order mark first (three bytes), so spreadsheets read UTF-8.
      expect(created[0].size).toBe(csv.length + 3);
    });

    it('says the export failed, and saved nothing', async () => {
      renderDrilldown([
        itemsMock({ data: { drilldownItems: aPage([aRow()], { totalCount: 1 }) } }),
        {
          request: {
            query: DrilldownExportDocument,
            variables: { input: { drilldown: blame, limit: 1 } },
          },
          result: apiError('INTERNAL_SERVER_ERROR', 'boom'),
        },
      ]);
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      await user.click(screen.getByRole('button', { name: 'Export 1 row' }));
      expect(await screen.findByText('The export failed')).toBeInTheDocument();
      expect(created).toHaveLength(0);
    });
  });
});
