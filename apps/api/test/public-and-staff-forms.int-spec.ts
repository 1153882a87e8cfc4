import { Client } from 'pg';
import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { CREATE_TEAM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const CUSTOMER_FORM = `mutation ($input: SubmitCustomerFeedbackInput!) { submitCustomerFeedback(input: $input) { reference receivedAt } }`;
const STAFF_PULSE = `mutation ($input: SubmitStaffPulseInput!) { submitStaffPulse(input: $input) { submittedOn anonymous itemsCreated } }`;
const ITEMS_BY_SOURCE = `query ($sources: [ItemSource!]) { items(first: 100, filter: { sources: $sources }) { totalCount nodes { text customerRef channel } } }`;

describe('public customer form and staff pulse', () => {
  let api: TestApp;
  let manager: Caller;
  let teamId: string;
  let db: Client;

  beforeAll(async () => {
    api = await startTestApp({ publicRateLimit: 5 });
    manager = await api.as(Role.MANAGER);
    teamId = (
      await api.graphql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'IT service desk', staffCount: 8 } },
        manager,
      )
    ).data!.createTeam.id;
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('takes a customer submission without signing in, stores a pseudonym only, and returns a reference', async () => {
    const response = await api.graphql<{ submitCustomerFeedback: { reference: string } }>(
      CUSTOMER_FORM,
      {
        input: {
          kind: 'COMPLAINT',
          text: 'Nobody called back about my broken heater.',
          contact: 'Jane.Doe@Example.org',
        },
      },
    );
    expect(response.data!.submitCustomerFeedback.reference).toMatch(/^[0-9A-F]{8}$/);
    const stored = await api.graphql<{
      items: { nodes: { customerRef: string; channel: string }[] };
    }>(ITEMS_BY_SOURCE, { sources: ['EXTERNAL_CUSTOMER'] }, manager);
    expect(stored.data!.items.nodes[0]).toMatchObject({
      channel: 'WEB_FORM',
      customerRef: expect.stringMatching(/^C-[0-9a-f]{12}$/),
    });
    const { rows } = await db.query(
      "SELECT count(*)::int AS n FROM items WHERE text ILIKE '%jane%' OR customer_ref ILIKE '%jane%'",
    );
    expect(rows[0].n).toBe(0);
  });

  it('links repeat contacts from the same person under one pseudonym', async () => {
    await api.graphql(CUSTOMER_FORM, {
      input: { kind: 'REQUEST', text: 'When is my appointment?', contact: 'jane.doe@example.org ' },
    });
    const { rows } = await db.query(
      'SELECT count(DISTINCT customer_ref)::int AS refs, count(*)::int AS n FROM items WHERE customer_ref IS NOT NULL',
    );
    expect(rows[0]).toEqual({ refs: 1, n: 2 });
  });

  it('rejects an internal-only source on the public form', async () => {
    const response = await api.graphql(CUSTOMER_FORM, {
      input: { kind: 'REQUEST', text: 'Hello', source: 'STAFF' },
    });
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'source', rule: 'isIn' }),
    ]);
  });

  it('rate-limits the public form with a clear error', async () => {
    const responses = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      responses.push(
        await api.graphql(CUSTOMER_FORM, {
          input: { kind: 'FEEDBACK', text: `Attempt ${attempt}` },
        }),
      );
    }
    const limited = responses.find(
      (response) => response.errors?.[0]?.extensions?.code === 'RATE_LIMITED',
    );
    expect(limited?.errors?.[0]?.message).toMatch(/too many requests/i);
  });

  it('stores an anonymous staff pulse with no author and no time of day, and its texts as staff feedback', async () => {
    const staff = await api.as(Role.STAFF);
    // A pulse is given for one's own team.
    await db.query("UPDATE users SET team_id = $1 WHERE email = 'staff@test.example.org'", [
      teamId,
    ]);
    const response = await api.graphql(
      STAFF_PULSE,
      {
        input: {
          teamId,
          workload: 5,
          anonymous: true,
          workloadComment: 'Drowning in tickets',
          obstacles: 'The approval form takes a week.',
        },
      },
      staff,
    );
    expect(response.data).toMatchObject({ submitStaffPulse: { anonymous: true, itemsCreated: 1 } });
    const pulse = await db.query(
      'SELECT author_id, submitted_on, workload, text FROM pulse_entries',
    );
    expect(pulse.rows).toEqual([
      {
        author_id: null,
        submitted_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        workload: 5,
        text: 'Drowning in tickets',
      },
    ]);
    const item = await db.query(
      "SELECT recorded_by_id, received_at, kind, source FROM items WHERE source = 'staff'",
    );
    expect(item.rows).toEqual([
      { recorded_by_id: null, received_at: expect.any(Date), kind: 'feedback', source: 'staff' },
    ]);
    expect((item.rows[0].received_at as Date).toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('keeps the author of a named pulse, and hides staff reports from other staff members', async () => {
    const staff = await api.as(Role.STAFF);
    await api.graphql(
      STAFF_PULSE,
      {
        input: {
          teamId,
          workload: 3,
          anonymous: false,
          obstacles: 'Named: the VPN drops every hour.',
        },
      },
      staff,
    );
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM pulse_entries WHERE author_id IS NOT NULL',
    );
    expect(rows[0].n).toBe(1);

    await api.app.get(UsersService).create({
      email: 'colleague@test.example.org',
      password: 'another long password',
      displayName: 'Colleague',
      role: Role.STAFF,
    });
    const colleagueLogin = await api.graphql<{ login: { token: string } }>(
      'mutation { login(input: { email: "colleague@test.example.org", password: "another long password" }) { token } }',
    );
    const colleague = { token: colleagueLogin.data!.login.token };
    const seenByColleague = await api.graphql<{ items: { totalCount: number } }>(
      ITEMS_BY_SOURCE,
      { sources: ['STAFF'] },
      colleague,
    );
    const seenByAuthor = await api.graphql<{ items: { nodes: { text: string }[] } }>(
      ITEMS_BY_SOURCE,
      { sources: ['STAFF'] },
      staff,
    );
    const seenByManager = await api.graphql<{ items: { totalCount: number } }>(
      ITEMS_BY_SOURCE,
      { sources: ['STAFF'] },
      manager,
    );
    expect(seenByColleague.data!.items.totalCount).toBe(0);
    expect(seenByAuthor.data!.items.nodes.map((node) => node.text)).toEqual([
      'Named: the VPN drops every hour.',
    ]);
    expect(seenByManager.data!.items.totalCount).toBe(2);
  });

  it('rejects a workload outside 1 to 5 and a team other than their own (known or not)', async () => {
    const staff = await api.as(Role.STAFF);
    const tooHigh = await api.graphql(
      STAFF_PULSE,
      { input: { teamId, workload: 6, anonymous: true } },
      staff,
    );
    expect(tooHigh.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'workload', rule: 'max' }),
    ]);
    const unknown = await api.graphql(
      STAFF_PULSE,
      { input: { teamId: '00000000-0000-4000-8000-000000000000', workload: 2, anonymous: true } },
      staff,
    );
    expect(unknown.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'teamId', rule: 'ownTeam' }),
    ]);
  });
});
