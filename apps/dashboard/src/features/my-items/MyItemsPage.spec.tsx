import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { MyItemsDocument } from './graphql/my-items';
import MyItemsPage from './MyItemsPage';
import { STATUSES_OF } from './my-items';

// The page's clock reads 2026-11-20T12:00:00Z (TEST_NOW).
const ids = ['a', 'b', 'c'].map((c) => `${c.repeat(8)}-aaaa-4aaa-8aaa-${c.repeat(12)}`);

const anEvent = (id: string, type: string, occurredAt: string) => ({
  __typename: 'ItemEvent' as const,
  id,
  type,
  occurredAt,
});

const anItem = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Item' as const,
  id,
  kind: 'COMPLAINT',
  status: 'NEW',
  receivedAt: '2026-11-18T12:00:00.000Z',
  viability: null,
  team: { __typename: 'Team' as const, id: 'team-1', name: 'Billing' },
  events: [],
  ...overrides,
});

function itemsMock(
  view: 'open' | 'closed',
  nodes: unknown[],
  page: { after?: string | null; hasNextPage?: boolean; totalCount?: number } = {},
): Mock {
  return {
    request: {
      query: MyItemsDocument,
      variables: {
        filter: { statuses: STATUSES_OF[view] },
        first: 50,
        after: page.after ?? null,
        oldestFirst: view === 'open',
      },
    },
    result: {
      data: {
        items: {
          __typename: 'ItemPage',
          totalCount: page.totalCount ?? nodes.length,
          endCursor: page.hasNextPage ? 'cursor-1' : null,
          hasNextPage: page.hasNextPage ?? false,
          nodes,
        },
      },
    },
  };
}

function renderMyItems(route: string, mocks: Mock[]) {
  return renderPage(<MyItemsPage />, {
    route,
    path: '/my-items',
    store: aSessionStore(aSession({ role: 'STAFF' })),
    mocks,
    routes: <Route path="/explorer/items/:id" element={<p>The item page</p>} />,
  });
}

const location = () => screen.getByTestId('location').textContent ?? '';
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('MyItemsPage', () => {
  it('lists the open items with their reference, status, last decision and time since the last update', async () => {
    renderMyItems('/my-items', [
      itemsMock('open', [
        anItem(ids[0], {
          receivedAt: '2026-11-10T12:00:00.000Z',
          status: 'WAITING_ON_CUSTOMER',
          viability: 'SOFT_NO',
          events: [
            anEvent('e1', 'EXCEPTION_REFUSED', '2026-11-12T09:00:00.000Z'),
            anEvent('e2', 'STAFF_REPLY', '2026-11-17T12:00:00.000Z'),
          ],
        }),
        anItem(ids[1], { team: null }),
      ]),
    ]);
    const table = await screen.findByRole('table', {
      name: 'Your open items, the longest waiting first',
    });
    const [first, second] = rowsOf(table);
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'AAAAAAAA',
      '10 Nov 2026',
      'Complaint',
      'Billing',
      'Waiting on the customer',
      expect.stringMatching(/ · Exception refused$/),
      '3 days',
    ]);
    // No timeline yet: waiting since it arrived.
    expect(
      within(second)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['BBBBBBBB', '18 Nov 2026', 'Complaint', 'No team', 'New', 'None yet', '2 days']);
  });

  it('opens the item page, where a reply or decision is added', async () => {
    renderMyItems('/my-items', [itemsMock('open', [anItem(ids[0])])]);
    await userEvent.click(await screen.findByRole('link', { name: 'AAAAAAAA' }));
    expect(await screen.findByText('The item page')).toBeInTheDocument();
    expect(location()).toBe(`/explorer/items/${ids[0]}`);
  });

  it('keeps the closed view in the URL and lists those newest first', async () => {
    renderMyItems('/my-items', [
      itemsMock('open', [anItem(ids[0])]),
      itemsMock('closed', [anItem(ids[2], { status: 'CLOSED' })]),
    ]);
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'closed');
    const table = await screen.findByRole('table', {
      name: 'Your closed items, the latest first',
    });
    expect(location()).toBe('/my-items?status=closed');
    // The open rows stay (marked busy) until the closed ones arrive.
    expect(await within(table).findByRole('link', { name: 'CCCCCCCC' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'AAAAAAAA' })).not.toBeInTheDocument();
  });

  it('pages on with the cursor the API gave, and back', async () => {
    renderMyItems('/my-items', [
      itemsMock('open', [anItem(ids[0])], { hasNextPage: true, totalCount: 51 }),
      itemsMock('open', [anItem(ids[1])], { after: 'cursor-1', totalCount: 51 }),
    ]);
    expect(await screen.findByText('Items 1–1 of 51')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Next page/ }));
    expect(await screen.findByRole('link', { name: 'BBBBBBBB' })).toBeInTheDocument();
    expect(screen.getByText('Items 51–51 of 51')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next page/ })).toBeDisabled();
  });

  it('says so when there are none, and shows an error the API gives', async () => {
    const { unmount } = renderMyItems('/my-items?status=closed', [itemsMock('closed', [])]);
    expect(await screen.findByText('No closed items')).toBeInTheDocument();
    unmount();
    renderMyItems('/my-items', [
      {
        request: itemsMock('open', []).request,
        result: apiError('FORBIDDEN', 'You may not read items'),
      },
    ]);
    expect(await screen.findByText('Your role does not give access to this.')).toBeInTheDocument();
  });
});
