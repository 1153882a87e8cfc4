import { Role } from '../src/auth/role.enum';
import { anItem, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const SEARCH = `query ($filter: ItemFilter) {
  items(first: 10, filter: $filter) { totalCount nodes { displayText } }
}`;

describe('items(search:) on the trigram indexes', () => {
  let api: TestApp;
  let manager: Caller;
  let staff: Caller;
  let integrator: Caller;

  const search = (words: string, caller: Caller) =>
    api.graphql<{ items: { totalCount: number; nodes: { displayText: string }[] } }>(
      SEARCH,
      { filter: { search: words } },
      caller,
    );
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

  it('finds a part of a word whatever its case, in masked and unmasked texts', async () => {
    expect(await textsFound('ARCEL', manager)).toEqual([
      expect.stringMatching(/^My parcel never came, write to (?!jo\.parcel)/),
      'The PARCEL arrived crushed.',
    ]);
    expect(await textsFound('arrived parc', manager)).toEqual(['The PARCEL arrived crushed.']);
    expect(await textsFound('example.org', manager)).toEqual([]);
  });

  it('finds only the items the caller may see', async () => {
    expect(await textsFound('parcel', staff)).toEqual(['The PARCEL arrived crushed.']);
    expect(await textsFound('parcel', integrator)).toEqual([
      expect.stringMatching(/^My parcel never came/),
    ]);
  });

  it('checks short words on the rows a longer word found, and refuses a search of short words only', async () => {
    expect(await textsFound('parcel CAME', manager)).toHaveLength(1);
    expect(await textsFound('The ed', manager)).toEqual(['The PARCEL arrived crushed.']);
    const response = await search('my ed', manager);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'search', rule: 'minLength' })],
    });
  });
});
