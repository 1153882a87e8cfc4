import { Role } from '../src/auth/role.enum';
import {
  anItem,
  COUNT_ITEMS,
  CREATE_POLICY,
  CREATE_TEAM,
  SUBMIT_ITEM,
  SUBMIT_ITEMS,
} from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

describe('intake', () => {
  let api: TestApp;
  let staff: Caller;
  let manager: Caller;
  let integrator: Caller;
  let teamId: string;
  let policyId: string;

  beforeAll(async () => {
    api = await startTestApp();
    [staff, manager, integrator] = await Promise.all([
      api.as(Role.STAFF),
      api.as(Role.MANAGER),
      api.as(Role.INTEGRATOR),
    ]);
    const team = await api.graphql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Billing', staffCount: 6 } },
      manager,
    );
    teamId = team.data!.createTeam.id;
    const policy = await api.graphql<{ createPolicy: { id: string } }>(
      CREATE_POLICY,
      { input: { name: 'Refunds need a receipt', aliases: ['receipt rule'] } },
      manager,
    );
    policyId = policy.data!.createPolicy.id;
  });

  afterAll(() => api.close());

  const itemCount = async () =>
    (await api.graphql<{ items: { totalCount: number } }>(COUNT_ITEMS, {}, manager)).data!.items
      .totalCount;

  const firstProblem = (response: Awaited<ReturnType<TestApp['graphql']>>) => ({
    code: response.errors?.[0]?.extensions?.code,
    fields: response.errors?.[0]?.extensions?.fields?.map(({ field, rule }) => ({ field, rule })),
    message: response.errors?.[0]?.message,
  });

  describe('submitItem', () => {
    it('stores an item with its team and policy and returns it', async () => {
      const response = await api.graphql(
        SUBMIT_ITEM,
        { input: anItem({ teamId, policyId, customerRef: 'C-1001' }) },
        staff,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toMatchObject({
        submitItem: {
          created: true,
          item: {
            kind: 'COMPLAINT',
            status: 'NEW',
            priority: 'NORMAL',
            teamId,
            policyId,
            customerRef: 'C-1001',
            team: { name: 'Billing' },
            receivedAt: '2026-03-02T09:30:00.000Z',
          },
        },
      });
    });

    it('derives the status from the timestamps when none is given', async () => {
      const response = await api.graphql<{ submitItem: { item: { status: string } } }>(
        SUBMIT_ITEM,
        {
          input: anItem({
            firstResponseAt: '2026-03-02T10:00:00Z',
            resolvedAt: '2026-03-03T10:00:00Z',
          }),
        },
        staff,
      );
      expect(response.data!.submitItem.item.status).toBe('RESOLVED');
    });

    it.each([
      ['text longer than 10,000 characters', { text: 'x'.repeat(10_001) }, 'text', 'maxLength'],
      ['blank text', { text: '   \n ' }, 'text', 'notBlank'],
      [
        'a receivedAt in the future',
        // Within the accepted years (before 2100), and after any day this suite runs on.
        { receivedAt: '2099-06-01T00:00:00.000Z' },
        'receivedAt',
        'notInFuture',
      ],
      [
        'a first response before the item arrived',
        { firstResponseAt: '2026-03-01T00:00:00Z' },
        'firstResponseAt',
        'notBefore',
      ],
      [
        'a closing before the resolution',
        { resolvedAt: '2026-03-05T00:00:00Z', closedAt: '2026-03-04T00:00:00Z' },
        'closedAt',
        'notBefore',
      ],
      ['a satisfaction of 6', { satisfaction: 6 }, 'satisfaction', 'max'],
      [
        'an externalId without its externalSource',
        { externalId: 'T-1' },
        'externalSource',
        'required',
      ],
      ['a team id that is not an id', { teamId: 'billing' }, 'teamId', 'isUuid'],
      ['an unknown team', { teamId: '00000000-0000-4000-8000-000000000000' }, 'teamId', 'exists'],
      [
        'an unknown policy',
        { policyId: '00000000-0000-4000-8000-000000000000' },
        'policyId',
        'exists',
      ],
    ])(
      'rejects %s, naming the field and rule, and stores nothing',
      async (_rule, overrides, field, rule) => {
        const before = await itemCount();
        const response = await api.graphql(SUBMIT_ITEM, { input: anItem(overrides) }, staff);
        expect(firstProblem(response)).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: expect.arrayContaining([{ field, rule }]),
        });
        expect(response.errors![0].message).toContain(field);
        expect(await itemCount()).toBe(before);
      },
    );

    it('accepts text of exactly 10,000 characters', async () => {
      const response = await api.graphql(
        SUBMIT_ITEM,
        { input: anItem({ text: 'y'.repeat(10_000) }) },
        staff,
      );
      expect(response.errors).toBeUndefined();
    });

    it('rejects an unknown enum value with a message naming the field', async () => {
      const response = await api.graphql(SUBMIT_ITEM, { input: anItem({ kind: 'RANT' }) }, staff);
      expect(firstProblem(response).code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toMatch(/input\.kind/);
    });

    it('rejects an unknown input field', async () => {
      const response = await api.graphql(SUBMIT_ITEM, { input: anItem({ mood: 'angry' }) }, staff);
      expect(firstProblem(response).code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toMatch(/mood/);
    });

    it('never returns a stack trace or a server path', async () => {
      const response = await api.graphql(SUBMIT_ITEM, { input: anItem({ text: '' }) }, staff);
      expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\/work\/|node_modules/);
    });
  });

  describe('idempotency', () => {
    it('returns the stored item, not a copy, when the same external id is submitted again', async () => {
      const input = anItem({ externalId: 'ZD-1', externalSource: 'zendesk' });
      const first = await api.graphql<{ submitItem: { created: boolean; item: { id: string } } }>(
        SUBMIT_ITEM,
        { input },
        integrator,
      );
      const again = await api.graphql<{ submitItem: { created: boolean; item: { id: string } } }>(
        SUBMIT_ITEM,
        { input: { ...input, text: 'A retry with different text' } },
        integrator,
      );
      expect(first.data!.submitItem.created).toBe(true);
      expect(again.data!.submitItem).toMatchObject({
        created: false,
        item: { id: first.data!.submitItem.item.id },
      });
    });

    it('stores one item when 20 retries of the same external id arrive concurrently', async () => {
      const input = anItem({ externalId: 'ZD-RACE', externalSource: 'zendesk' });
      const before = await itemCount();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          api.graphql<{ submitItem: { created: boolean; item: { id: string } } }>(
            SUBMIT_ITEM,
            { input },
            integrator,
          ),
        ),
      );
      const ids = new Set(responses.map((response) => response.data!.submitItem.item.id));
      expect(ids.size).toBe(1);
      expect(responses.filter((response) => response.data!.submitItem.created)).toHaveLength(1);
      expect(await itemCount()).toBe(before + 1);
    });

    it('stores each external id once when overlapping batches race', async () => {
      const batch = (offset: number) =>
        Array.from({ length: 50 }, (_, index) =>
          anItem({ externalId: `RACE-${offset + index}`, externalSource: 'freshdesk' }),
        );
      const before = await itemCount();
      const responses = await Promise.all(
        [0, 25, 0, 25].map((offset) =>
          api.graphql(SUBMIT_ITEMS, { input: { items: batch(offset) } }, integrator),
        ),
      );
      expect(responses.map((response) => response.errors)).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(await itemCount()).toBe(before + 75);
    });
  });

  describe('submitItems', () => {
    it('stores 1,000 items in one call and reports them in order', async () => {
      const items = Array.from({ length: 1_000 }, (_, index) =>
        anItem({ externalId: `BULK-${index}`, externalSource: 'csv' }),
      );
      const response = await api.graphql<{
        submitItems: { createdCount: number; items: { externalId: string; created: boolean }[] };
      }>(SUBMIT_ITEMS, { input: { items } }, integrator);
      expect(response.errors).toBeUndefined();
      expect(response.data!.submitItems.createdCount).toBe(1_000);
      expect(response.data!.submitItems.items[999]).toMatchObject({
        externalId: 'BULK-999',
        created: true,
      });
    });

    it('rejects a batch of 1,001 items and stores none of it', async () => {
      const before = await itemCount();
      const items = Array.from({ length: 1_001 }, () => anItem());
      const response = await api.graphql(SUBMIT_ITEMS, { input: { items } }, integrator);
      expect(firstProblem(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'items', rule: 'arrayMaxSize' }],
      });
      expect(await itemCount()).toBe(before);
    });

    it('rejects an empty batch', async () => {
      const response = await api.graphql(SUBMIT_ITEMS, { input: { items: [] } }, integrator);
      expect(firstProblem(response)).toMatchObject({
        fields: [{ field: 'items', rule: 'arrayMinSize' }],
      });
    });

    it('names the index and field of every invalid item and stores none of the batch', async () => {
      const before = await itemCount();
      const items = [
        anItem(),
        anItem({ text: '' }),
        anItem(),
        anItem({ teamId: '00000000-0000-4000-8000-000000000000' }),
      ];
      const response = await api.graphql(SUBMIT_ITEMS, { input: { items } }, integrator);
      expect(firstProblem(response).fields).toEqual(
        expect.arrayContaining([{ field: 'items[1].text', rule: 'notBlank' }]),
      );
      expect(await itemCount()).toBe(before);
      const unknownTeam = await api.graphql(
        SUBMIT_ITEMS,
        { input: { items: [anItem(), items[3]] } },
        integrator,
      );
      expect(firstProblem(unknownTeam).fields).toEqual([
        { field: 'items[1].teamId', rule: 'exists' },
      ]);
      expect(await itemCount()).toBe(before);
    });

    it('stores a repeated external id within one batch once', async () => {
      const before = await itemCount();
      const item = anItem({ externalId: 'DUP-1', externalSource: 'csv' });
      const response = await api.graphql<{
        submitItems: { createdCount: number; items: { id: string; created: boolean }[] };
      }>(SUBMIT_ITEMS, { input: { items: [item, item] } }, integrator);
      const [first, second] = response.data!.submitItems.items;
      expect(second).toEqual({ ...first, created: false });
      expect(await itemCount()).toBe(before + 1);
    });
  });

  describe('payload limit', () => {
    it('refuses a request body over the limit with a clear error', async () => {
      const small = await startTestApp({ bodyLimit: '50kb' });
      try {
        const response = await small.graphql(
          SUBMIT_ITEM,
          { input: anItem({ text: 'z'.repeat(60_000) }) },
          'anonymous',
        );
        expect(response.status).toBe(413);
        expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
      } finally {
        await small.close();
      }
    });
  });
});
