import { Client } from 'pg';
import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { anItem, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

// The dashboard's "My items" list: the items query with the caller's row scope, open or closed,
// the longest waiting first, a page at a time.
const MY_ITEMS = `query ($statuses: [ItemStatus!], $first: Int!, $after: String) {
  items(filter: { statuses: $statuses }, first: $first, after: $after, oldestFirst: true) {
    totalCount hasNextPage endCursor nodes { id }
  } }`;
const RECORD = `mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id } }`;
interface Page {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  nodes: { id: string }[];
}
const OPEN = ['NEW', 'IN_PROGRESS', 'WAITING_INTERNAL', 'WAITING_ON_CUSTOMER'];
const CLOSED = ['RESOLVED', 'CLOSED'];

describe('my items: the items query with oldestFirst and the staff row scope', () => {
  let api: TestApp;
  let db: Client;
  let staff: Caller;
  let colleague: Caller;
  let manager: Caller;
  const ids: Record<string, string> = {};

  const submit = async (caller: Caller, receivedAt: string) => {
    const response = await api.graphql<{ submitItem: { item: { id: string } } }>(
      SUBMIT_ITEM,
      { input: anItem({ receivedAt }) },
      caller,
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.submitItem.item.id;
  };

  /** Every id the caller's list holds, walking the pages one item at a time. */
  const allPages = async (caller: Caller, statuses: string[]) => {
    const seen: string[] = [];
    const counts = new Set<number>();
    let after: string | null = null;
    for (;;) {
      const response: { data: { items: Page } | null; errors?: unknown } = await api.graphql<{
        items: Page;
      }>(MY_ITEMS, { statuses, first: 1, after }, caller);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      const page: Page = response.data.items;
      seen.push(...page.nodes.map((node) => node.id));
      counts.add(page.totalCount);
      if (!page.hasNextPage) {
        // Every page counts the whole list, and the pages add up to it.
        expect([...counts]).toEqual([seen.length]);
        return seen;
      }
      after = page.endCursor;
    }
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    staff = await api.as(Role.STAFF);
    manager = await api.as(Role.MANAGER);
    const password = 'another long password';
    await api.app.get(UsersService).create({
      email: 'colleague@test.example.org',
      password,
      displayName: 'Colleague',
      role: Role.STAFF,
    });
    const login = await api.graphql<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email: 'colleague@test.example.org', password } },
    );
    colleague = { token: login.data!.login.token };

    ids.loggedOpen = await submit(staff, '2026-03-02T09:00:00Z');
    ids.loggedClosed = await submit(staff, '2026-03-01T09:00:00Z');
    await api.graphql(
      RECORD,
      {
        input: {
          itemId: ids.loggedClosed,
          type: 'STATUS_CHANGED',
          status: 'CLOSED',
          occurredAt: '2026-03-03T10:00:00Z',
        },
      },
      staff,
    );
    ids.handled = await submit(manager, '2026-02-20T09:00:00Z');
    ids.notTheirs = await submit(manager, '2026-02-25T09:00:00Z');
    ids.colleagues = await submit(colleague, '2026-02-10T09:00:00Z');
    // A reply this staff member wrote on an item someone else logged: it is one they handle.
    const [{ id: staffId }] = (
      await db.query<{ id: string }>("SELECT id FROM users WHERE email = 'staff@test.example.org'")
    ).rows;
    await db.query(
      `INSERT INTO item_events (item_id, type, occurred_at, text, actor_id)
       VALUES ($1, 'staff_reply', '2026-02-21T10:00:00Z', 'We are on it.', $2)`,
      [ids.handled, staffId],
    );
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('lists the open items a staff member logged or handled, the longest waiting first, across pages', async () => {
    expect(await allPages(staff, OPEN)).toEqual([ids.handled, ids.loggedOpen]);
  });

  it('lists their closed items apart', async () => {
    expect(await allPages(staff, CLOSED)).toEqual([ids.loggedClosed]);
  });

  it("shows a colleague only the colleague's own items", async () => {
    expect(await allPages(colleague, OPEN)).toEqual([ids.colleagues]);
  });

  it('gives a manager every item oldest first, and keeps newest first as the default', async () => {
    expect(await allPages(manager, [...OPEN, ...CLOSED])).toEqual([
      ids.colleagues,
      ids.handled,
      ids.notTheirs,
      ids.loggedClosed,
      ids.loggedOpen,
    ]);
    const newest = await api.graphql<{ items: { nodes: { id: string }[] } }>(
      'query { items(first: 2) { nodes { id } } }',
      {},
      manager,
    );
    expect(newest.data!.items.nodes.map((node) => node.id)).toEqual([
      ids.loggedOpen,
      ids.loggedClosed,
    ]);
  });
});
