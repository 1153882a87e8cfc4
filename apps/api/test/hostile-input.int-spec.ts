import { Role } from '../src/auth/role.enum';
import { anItem, COUNT_ITEMS, CREATE_TEAM, SUBMIT_ITEM } from './support/factories';
import { type Caller, type GraphQLResponse, startTestApp, type TestApp } from './support/test-app';

const CUSTOMER_FORM = `mutation ($input: SubmitCustomerFeedbackInput!) { submitCustomerFeedback(input: $input) { reference } }`;
const STAFF_PULSE = `mutation ($input: SubmitStaffPulseInput!) { submitStaffPulse(input: $input) { itemsCreated } }`;
const RECORD_EVENT = `mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id } }`;
const CREATE_ACTION = `mutation ($input: CreateActionInput!) { createImprovementAction(input: $input) { id } }`;
const ITEM = `query ($id: ID!) { item(id: $id) { id } }`;
const ITEMS_OF_TEAMS = `query ($teamIds: [ID!]) { items(first: 1, filter: { teamIds: $teamIds }) { totalCount } }`;
const IMPORT = `mutation ($input: ImportItemsCsvInput!) {
  importItemsCsv(input: $input) { rowsRead imported rejected errors { line column rule message } }
}`;

const NUL = '\u0000';

/** The one problem a rejected value must produce: BAD_USER_INPUT naming the field and rule. */
function expectRejected(response: GraphQLResponse, field: string, rule: string): void {
  expect(response.data).toBeNull();
  expect(response.errors?.[0]?.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    fields: [expect.objectContaining({ field, rule })],
  });
}

describe('hostile input', () => {
  let api: TestApp;
  let manager: Caller;
  let staff: Caller;
  let integrator: Caller;
  let teamId: string;
  let itemId: string;

  beforeAll(async () => {
    api = await startTestApp({ publicRateLimit: 3 });
    manager = await api.as(Role.MANAGER);
    staff = await api.as(Role.STAFF);
    integrator = await api.as(Role.INTEGRATOR);
    teamId = (
      await api.graphql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'Billing', staffCount: 5 } },
        manager,
      )
    ).data!.createTeam.id;
    itemId = (
      await api.graphql<{ submitItem: { item: { id: string } } }>(
        SUBMIT_ITEM,
        { input: anItem() },
        manager,
      )
    ).data!.submitItem.item.id;
  });
  afterAll(() => api.close());

  const forms: {
    name: string;
    query: string;
    caller: () => Caller;
    input: () => Record<string, unknown>;
    strings: string[];
  }[] = [
    {
      name: 'the public customer form',
      query: CUSTOMER_FORM,
      caller: () => 'anonymous',
      input: () => ({
        kind: 'COMPLAINT',
        text: 'The heater is broken.',
        contact: 'jane@example.org',
      }),
      strings: ['text', 'contact'],
    },
    {
      name: 'the staff pulse form',
      query: STAFF_PULSE,
      caller: () => staff,
      input: () => ({
        teamId,
        workload: 3,
        anonymous: true,
        workloadComment: 'Busy week',
        obstacles: 'The VPN drops',
        customerRequests: 'Longer opening hours',
      }),
      strings: ['workloadComment', 'obstacles', 'customerRequests'],
    },
    {
      name: 'logging an item',
      query: SUBMIT_ITEM,
      caller: () => staff,
      input: () => anItem({ externalId: 'T-1', externalSource: 'phone', customerRef: 'C-17' }),
      strings: ['text', 'externalId', 'externalSource', 'customerRef'],
    },
    {
      name: 'recording an event on an item',
      query: RECORD_EVENT,
      caller: () => manager,
      input: () => ({ itemId, type: 'ESCALATED', text: 'Passed on', escalatedTo: 'Second line' }),
      strings: ['text', 'escalatedTo'],
    },
    {
      name: 'creating an improvement action',
      query: CREATE_ACTION,
      caller: () => manager,
      input: () => ({ title: 'Simplify refunds', owner: 'Sam', description: 'Less paperwork' }),
      strings: ['title', 'owner', 'description'],
    },
  ];

  for (const form of forms) {
    it(`rejects a NUL byte in each text field of ${form.name}, naming the field, and stores nothing`, async () => {
      const before = await api.graphql<{ items: { totalCount: number } }>(COUNT_ITEMS, {}, manager);
      for (const field of form.strings) {
        const input = { ...form.input(), [field]: `before${NUL}after` };
        const response = await api.graphql(form.query, { input }, form.caller());
        expectRejected(response, field, 'noControlCharacters');
      }
      const after = await api.graphql<{ items: { totalCount: number } }>(COUNT_ITEMS, {}, manager);
      expect(after.data!.items.totalCount).toBe(before.data!.items.totalCount);
    });
  }

  it('rejects other control characters but keeps tabs and line breaks', async () => {
    const bell = await api.graphql(SUBMIT_ITEM, { input: anItem({ text: 'ring\u0007' }) }, staff);
    expectRejected(bell, 'text', 'noControlCharacters');
    const escape = await api.graphql(
      SUBMIT_ITEM,
      { input: anItem({ text: '\u001b[31mred' }) },
      staff,
    );
    expectRejected(escape, 'text', 'noControlCharacters');
    const layout = await api.graphql<{ submitItem: { item: { text: string } } }>(
      SUBMIT_ITEM,
      { input: anItem({ text: 'Line one\r\n\tLine two' }) },
      staff,
    );
    expect(layout.data!.submitItem.item.text).toBe('Line one\r\n\tLine two');
  });

  it('rejects a malformed id wherever an id goes, naming the argument', async () => {
    expectRejected(await api.graphql(ITEM, { id: 'not-a-uuid' }, manager), 'id', 'isUuid');
    expectRejected(await api.graphql(ITEM, { id: "1' OR '1'='1" }, manager), 'id', 'isUuid');
    expectRejected(
      await api.graphql(ITEMS_OF_TEAMS, { teamIds: [teamId, 'x'] }, manager),
      'filter.teamIds[1]',
      'isUuid',
    );
    expectRejected(
      await api.graphql(
        STAFF_PULSE,
        { input: { teamId: '42', workload: 2, anonymous: true } },
        staff,
      ),
      'teamId',
      'isUuid',
    );
  });

  it('rejects year 0001, far-future and unparseable times, and days before 2000', async () => {
    for (const receivedAt of [
      '0001-01-01T00:00:00Z',
      '1999-12-31T23:59:59Z',
      '+275760-09-13T00:00:00Z',
      'yesterday',
    ]) {
      const response = await api.graphql(SUBMIT_ITEM, { input: anItem({ receivedAt }) }, staff);
      expectRejected(response, 'receivedAt', 'timeRange');
    }
    const day = await api.graphql(
      CREATE_ACTION,
      { input: { title: 'Old', owner: 'Sam', startedOn: '0001-01-01' } },
      manager,
    );
    expectRejected(day, 'startedOn', 'isDay');
  });

  it('reports a CSV row with a NUL byte as that row’s error and stores the good rows', async () => {
    const csv = [
      'id,received,kind,channel,text',
      'N-1,2026-02-01 09:00,complaint,email,Charged twice',
      `N-2,2026-02-01 10:00,complaint,email,Bad${NUL}byte`,
      'N-3,2026-02-01 11:00,request,phone,Where is my parcel?',
      'N-4,0001-01-01 11:00,request,phone,Ancient',
    ].join('\n');
    const response = await api.graphql<{ importItemsCsv: Record<string, unknown> }>(
      IMPORT,
      {
        input: {
          csv,
          system: 'nul-test',
          defaults: { source: 'EXTERNAL_CUSTOMER' },
          mapping: {
            externalId: 'id',
            receivedAt: 'received',
            kind: 'kind',
            channel: 'channel',
            text: 'text',
          },
        },
      },
      integrator,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.importItemsCsv).toEqual({
      rowsRead: 4,
      imported: 2,
      rejected: 2,
      errors: [
        {
          line: 3,
          column: 'text',
          rule: 'noControlCharacters',
          message: 'must not contain control characters (only tab and line breaks)',
        },
        {
          line: 5,
          column: 'received',
          rule: 'timeRange',
          message: '"0001-01-01 11:00" is outside 2000-01-01 to 2099-12-31',
        },
      ],
    });
  });

  it('refuses a query over the token limit with HTTP 400 and a parse error code', async () => {
    const fields = Array.from({ length: 6_000 }, () => 'totalCount').join(' ');
    const response = await api.graphql(`query { items(first: 1) { ${fields} } }`, {}, manager);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/5000 tokens/);
  });

  it('answers the request over the rate limit with RATE_LIMITED and a Retry-After header', async () => {
    const statuses: { code?: string; retryAfter: string | null }[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: CUSTOMER_FORM,
          variables: { input: { kind: 'FEEDBACK', text: `Attempt ${attempt}` } },
        }),
      });
      const body = (await response.json()) as GraphQLResponse;
      statuses.push({
        code: body.errors?.[0]?.extensions?.code,
        retryAfter: response.headers.get('retry-after'),
      });
    }
    expect(statuses.slice(0, 3)).toEqual(Array(3).fill({ code: undefined, retryAfter: null }));
    expect(statuses[3]).toEqual({
      code: 'RATE_LIMITED',
      retryAfter: expect.stringMatching(/^[1-9]\d*$/),
    });
  });
});
