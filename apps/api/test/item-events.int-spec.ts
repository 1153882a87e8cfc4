import { Role } from '../src/auth/role.enum';
import { anItem, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const RECORD = `mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id type occurredAt status text } }`;
const RECORD_MANY = `mutation ($input: RecordItemEventsInput!) { recordItemEvents(input: $input) { id } }`;
const ITEM = `query ($id: ID!) { item(id: $id) { status firstResponseAt resolvedAt closedAt satisfaction events { type status occurredAt } } }`;

describe('item events', () => {
  let api: TestApp;
  let staff: Caller;

  beforeAll(async () => {
    api = await startTestApp();
    staff = await api.as(Role.STAFF);
  });
  afterAll(() => api.close());

  const newItem = async (overrides: Record<string, unknown> = {}) =>
    (
      await api.graphql<{ submitItem: { item: { id: string } } }>(
        SUBMIT_ITEM,
        { input: anItem(overrides) },
        staff,
      )
    ).data!.submitItem.item.id;
  const record = (input: Record<string, unknown>) => api.graphql(RECORD, { input }, staff);
  const item = async (id: string) =>
    (await api.graphql<{ item: Record<string, unknown> }>(ITEM, { id }, staff)).data!.item;

  it('walks an item through its timeline and keeps its status and timestamps in step', async () => {
    const itemId = await newItem();
    await record({
      itemId,
      type: 'STAFF_REPLY',
      occurredAt: '2026-03-02T11:00:00Z',
      text: "I'm sorry for the wait; here are two options.",
    });
    await record({
      itemId,
      type: 'STATUS_CHANGED',
      occurredAt: '2026-03-02T11:01:00Z',
      status: 'IN_PROGRESS',
    });
    await record({
      itemId,
      type: 'STATUS_CHANGED',
      occurredAt: '2026-03-04T16:00:00Z',
      status: 'RESOLVED',
    });
    await record({
      itemId,
      type: 'SATISFACTION_CHECK',
      occurredAt: '2026-03-05T09:00:00Z',
      satisfaction: 4,
    });
    expect(await item(itemId)).toMatchObject({
      status: 'RESOLVED',
      firstResponseAt: '2026-03-02T11:00:00.000Z',
      resolvedAt: '2026-03-04T16:00:00.000Z',
      satisfaction: 4,
      events: [
        { type: 'STAFF_REPLY' },
        { type: 'STATUS_CHANGED' },
        { type: 'STATUS_CHANGED' },
        { type: 'SATISFACTION_CHECK' },
      ],
    });
  });

  it('reopens a resolved item when a later status change says so', async () => {
    const itemId = await newItem();
    await record({
      itemId,
      type: 'STATUS_CHANGED',
      occurredAt: '2026-03-03T10:00:00Z',
      status: 'RESOLVED',
    });
    await record({
      itemId,
      type: 'STATUS_CHANGED',
      occurredAt: '2026-03-04T10:00:00Z',
      status: 'IN_PROGRESS',
    });
    expect(await item(itemId)).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null });
  });

  it('records an exception against the item policy when none is named', async () => {
    const policy = await api.graphql<{ createPolicy: { id: string } }>(
      'mutation { createPolicy(input: { name: "Laptop requests need director approval" }) { id } }',
      {},
      await api.as(Role.MANAGER),
    );
    const policyId = policy.data!.createPolicy.id;
    const itemId = await newItem({ policyId });
    const granted = await api.graphql<{ recordItemEvent: { id: string } }>(
      'mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { policyId } }',
      {
        input: {
          itemId,
          type: 'EXCEPTION_GRANTED',
          text: 'Approved without the director, urgent case',
        },
      },
      staff,
    );
    expect(granted.data).toEqual({ recordItemEvent: { policyId } });
  });

  it.each([
    ['a status change without a status', { type: 'STATUS_CHANGED' }, 'status', 'required'],
    ['a staff reply without text', { type: 'STAFF_REPLY' }, 'text', 'required'],
    [
      'an escalation without its target',
      { type: 'ESCALATED', text: 'Customer asked for a manager' },
      'escalatedTo',
      'required',
    ],
    [
      'an exception when the item has no policy',
      { type: 'EXCEPTION_REFUSED' },
      'policyId',
      'requiredForException',
    ],
    [
      'an event before the item arrived',
      { type: 'FOLLOW_UP', occurredAt: '2026-01-01T00:00:00Z' },
      'occurredAt',
      'notBeforeItem',
    ],
    [
      'an event in the future',
      { type: 'FOLLOW_UP', occurredAt: '2099-01-01T00:00:00Z' },
      'occurredAt',
      'notInFuture',
    ],
    ['a satisfaction of 0', { type: 'SATISFACTION_CHECK', satisfaction: 0 }, 'satisfaction', 'min'],
  ])('rejects %s, naming the field', async (_rule, input, field, rule) => {
    const itemId = await newItem();
    const response = await record({ itemId, ...input });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([expect.objectContaining({ field, rule })]),
    });
    expect((await item(itemId)).events).toEqual([]);
  });

  it("masks personal data in a timeline entry's display text", async () => {
    const itemId = await newItem();
    await record({
      itemId,
      type: 'STAFF_REPLY',
      text: 'Call me back on 07700 900985 or write to ops@example.org.',
    });
    const response = await api.graphql<{
      item: { events: { text: string; displayText: string }[] };
    }>('query ($id: ID!) { item(id: $id) { events { text displayText } } }', { id: itemId }, staff);
    expect(response.data!.item.events[0].displayText).toBe(
      'Call me back on [PHONE] or write to [EMAIL].',
    );
  });

  it('rejects a batch naming the index of the unknown item and records none of it', async () => {
    const itemId = await newItem();
    const response = await api.graphql(
      RECORD_MANY,
      {
        input: {
          events: [
            { itemId, type: 'FOLLOW_UP', text: 'Called back' },
            { itemId: '00000000-0000-4000-8000-000000000000', type: 'FOLLOW_UP' },
          ],
        },
      },
      staff,
    );
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'events[1].itemId', rule: 'exists' }),
    ]);
    expect((await item(itemId)).events).toEqual([]);
  });

  it('keeps every event when 10 are recorded on one item concurrently', async () => {
    const itemId = await newItem();
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        record({
          itemId,
          type: 'STAFF_REPLY',
          occurredAt: `2026-03-02T1${index}:00:00Z`,
          text: `Reply ${index}`,
        }),
      ),
    );
    expect(await item(itemId)).toMatchObject({ firstResponseAt: '2026-03-02T10:00:00.000Z' });
    expect((await item(itemId)).events).toHaveLength(10);
  });
});
