import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role.enum';
import { SEARCH_COUNT_LIMIT } from '../src/items/dto/items.args';
import { anItem, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const SEARCH = `query ($filter: ItemFilterInput) {
  items(first: 10, filter: $filter) { totalCount totalCountIsLowerBound hasNextPage nodes { displayText } }
}`;

describe('items(search:) on the word index', () => {
  let api: TestApp;
  let manager: Caller;
  let staff: Caller;
  let integrator: Caller;

  const search = (words: string, caller: Caller) =>
    api.graphql<{
      items: {
        totalCount: number;
        totalCountIsLowerBound: boolean;
        hasNextPage: boolean;
        nodes: { displayText: string }[];
      };
    }>(SEARCH, { filter: { search: words } }, caller);
  const textsFound = async (words: string, caller: Caller) =>
    (await search(words, caller)).data!.items.nodes.map((node) => node.displayText).sort();

  beforeAll(async () => {
    api = await startTestApp();
    [manager, staff, integrator] = await Promise.all([
      api.as(Role.MANAGER),
      api.as(Role.STAFF),
      api.as(Role.INTEGRATOR),
    ]);
    await api.graphql(
      SUBMIT_ITEM,
      { input: anItem({ text: 'The PARCEL arrived crushed.' }) },
      staff,
    );
    // Masked text (an e-mail address) is searched from item_analyses, the rest from items.
    await api.graphql(
      SUBMIT_ITEM,
      { input: anItem({ text: 'My parcel never came, write to jo.parcel@example.org' }) },
      integrator,
    );
  });

  afterAll(() => api.close());

  it('finds whole words whatever their case, in masked and unmasked texts', async () => {
    expect(await textsFound('Parcel', manager)).toEqual([
      expect.stringMatching(/^My parcel never came, write to (?!jo\.parcel)/),
      'The PARCEL arrived crushed.',
    ]);
    expect(await textsFound('arrived parcel', manager)).toEqual(['The PARCEL arrived crushed.']);
    expect(await textsFound('ARCEL', manager)).toEqual([]);
    expect(await textsFound('example.org', manager)).toEqual([]);
    expect(await textsFound('jo.parcel@example.org', manager)).toEqual([]);
  });

  it('finds "quoted words" only together and in that order', async () => {
    expect(await textsFound('"the parcel"', manager)).toEqual(['The PARCEL arrived crushed.']);
    expect(await textsFound('"parcel the"', manager)).toEqual([]);
    expect(await textsFound('"never came" parcel', manager)).toEqual([
      expect.stringMatching(/^My parcel never came/),
    ]);
    expect(await textsFound('"parcel came"', manager)).toEqual([]);
  });

  it('finds only the items the caller may see', async () => {
    expect(await textsFound('parcel', staff)).toEqual(['The PARCEL arrived crushed.']);
    expect(await textsFound('parcel', integrator)).toEqual([
      expect.stringMatching(/^My parcel never came/),
    ]);
  });

  it('finds short words, takes quotes and punctuation as text, and refuses a search without a word', async () => {
    expect(await textsFound('MY', manager)).toEqual([expect.stringMatching(/^My parcel/)]);
    expect(await textsFound("it's", manager)).toEqual([]);
    expect(await textsFound('crushed. \\', manager)).toEqual(['The PARCEL arrived crushed.']);
    const response = await search(' "" !? ', manager);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'search', rule: 'hasWord' })],
    });
  });

  it('pages a search newest first and oldest first across its date windows', async () => {
    // 60 matches in the newest week, 60 a month back, 100 over a year back: more than a search
    // sorts whole, so pages come from the 7- and 49-day windows where they hold a page.
    const dataSource = api.app.get(DataSource);
    await dataSource.query(
      `WITH added AS (
         INSERT INTO items (kind, source, channel, text, received_at)
         SELECT 'feedback', 'external_customer', 'email', 'Windowed zqwindow ' || g,
                (SELECT max(received_at) FROM items)
                  - CASE WHEN g <= 60 THEN 0 WHEN g <= 120 THEN 30 ELSE 400 END * interval '1 day'
                  - g * interval '1 minute'
           FROM generate_series(1, 220) AS g
         RETURNING id)
       INSERT INTO item_analyses (item_id, status, model_version) SELECT id, 'done', 'test' FROM added`,
    );
    const PAGE = `query ($filter: ItemFilterInput, $after: String, $oldestFirst: Boolean) {
      items(first: 50, filter: $filter, after: $after, oldestFirst: $oldestFirst) {
        hasNextPage endCursor nodes { displayText }
      }
    }`;
    const pages = async (oldestFirst: boolean) => {
      const texts: string[] = [];
      let after: string | undefined;
      do {
        const { items } = (
          await api.graphql<{
            items: { hasNextPage: boolean; endCursor: string; nodes: { displayText: string }[] };
          }>(PAGE, { filter: { search: 'zqwindow' }, after, oldestFirst }, manager)
        ).data!;
        texts.push(...items.nodes.map((node) => node.displayText));
        after = items.hasNextPage ? items.endCursor : undefined;
      } while (after);
      return texts;
    };
    const inOrder = async (direction: 'ASC' | 'DESC') =>
      (
        await dataSource.query<{ text: string }[]>(
          `SELECT text FROM items WHERE text LIKE 'Windowed zqwindow %'
            ORDER BY received_at ${direction}, id ${direction}`,
        )
      ).map((row) => row.text);
    expect(await pages(false)).toEqual(await inOrder('DESC'));
    expect(await pages(true)).toEqual(await inOrder('ASC'));
  });

  it('counts a search up to SEARCH_COUNT_LIMIT and says when more items match', async () => {
    // Analysed items written straight to the tables: 1,000 intake calls would only be slower.
    const addMatches = (count: number, from: number) =>
      api.app.get(DataSource).query(
        `WITH added AS (
           INSERT INTO items (kind, source, channel, text, received_at)
           SELECT 'feedback', 'external_customer', 'email', 'Common zqcount ' || g, now() - g * interval '1 minute'
             FROM generate_series($1::int, $2::int) AS g
           RETURNING id)
         INSERT INTO item_analyses (item_id, status, model_version) SELECT id, 'done', 'test' FROM added`,
        [from, from + count - 1],
      );
    await addMatches(SEARCH_COUNT_LIMIT, 1);
    const exact = (await search('zqcount', manager)).data!.items;
    expect(exact).toMatchObject({ totalCount: SEARCH_COUNT_LIMIT, totalCountIsLowerBound: false });

    await addMatches(1, SEARCH_COUNT_LIMIT + 1);
    const bounded = (await search('zqcount', manager)).data!.items;
    expect(bounded).toMatchObject({
      totalCount: SEARCH_COUNT_LIMIT,
      totalCountIsLowerBound: true,
      hasNextPage: true,
    });
    expect(bounded.nodes).toHaveLength(10);
  });
});
