import { Client } from 'pg';
import { ApiKeysService } from '../src/auth/api-keys.service';
import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { anItem, CREATE_TEAM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

type Audience = 'public' | Role[];
const { ADMIN, MANAGER, PROCESS_OWNER, STAFF, INTEGRATOR } = Role;
// The README's access matrix, written out independently of src/auth/role-groups.ts.
const SIGNED_IN = [ADMIN, MANAGER, PROCESS_OWNER, STAFF, INTEGRATOR];
const MANAGERS = [MANAGER];
const ANALYSTS = [MANAGER, PROCESS_OWNER];
const CONFIGURERS = [ADMIN, MANAGER, PROCESS_OWNER];
const ORGANISERS = [ADMIN, MANAGER];
const ITEM_USERS = [MANAGER, PROCESS_OWNER, STAFF, INTEGRATOR];
const FORM_USERS = [MANAGER, PROCESS_OWNER, STAFF];
const BULK = [MANAGER, INTEGRATOR];

/** Who may call each operation. A new operation fails this test until it is listed here. */
const EXPECTED: Record<string, Audience> = {
  'Query.analysisJobs': CONFIGURERS,
  'Query.analysisModels': CONFIGURERS,
  'Query.notAnalysedTexts': CONFIGURERS,
  'Query.apiKeys': [ADMIN],
  'Query.emergingTopics': ANALYSTS,
  'Mutation.promoteEmergingTopic': ANALYSTS,
  'Query.improvementAction': ANALYSTS,
  'Query.improvementActions': ANALYSTS,
  'Query.openImprovementActions': ANALYSTS,
  'Query.item': ITEM_USERS,
  'Query.items': ITEM_USERS,
  'Query.itemVolume': ANALYSTS,
  'Query.bottlenecks': ANALYSTS,
  'Query.complaintFunnel': ANALYSTS,
  'Query.drilldownItems': ANALYSTS,
  'Query.improvementImpact': ANALYSTS,
  'Query.itemExport': ANALYSTS,
  'Query.policyHotspots': ANALYSTS,
  'Query.reviewPack': MANAGERS,
  'Query.reviewNotes': MANAGERS,
  'Query.reviewPackExport': MANAGERS,
  'Query.risingSignals': ANALYSTS,
  'Query.staffLoad': MANAGERS,
  'Query.arrivalsForecast': MANAGERS,
  'Query.splitTrends': ANALYSTS,
  'Query.trends': ANALYSTS,
  'Query.warningSigns': MANAGERS,
  'Query.demoLoadProgress': SIGNED_IN,
  'Query.policies': SIGNED_IN,
  'Query.serviceLevels': SIGNED_IN,
  'Query.staffingEvents': MANAGERS,
  'Query.teams': SIGNED_IN,
  'Query.themes': SIGNED_IN,
  'Query.users': [ADMIN],
  'Query.viewer': SIGNED_IN,
  'Query.digestSubscription': MANAGERS,
  'Query.digests': MANAGERS,
  'Query.digest': MANAGERS,
  'Mutation.correctItemThemes': ANALYSTS,
  'Mutation.reviewItemFlag': ANALYSTS,
  'Mutation.activateAnalysisModel': CONFIGURERS,
  'Mutation.cancelReanalysis': CONFIGURERS,
  'Mutation.createApiKey': [ADMIN],
  'Mutation.createImprovementAction': ANALYSTS,
  'Mutation.createPolicy': CONFIGURERS,
  'Mutation.createTeam': ORGANISERS,
  'Mutation.createTheme': CONFIGURERS,
  'Mutation.createUser': [ADMIN],
  'Mutation.deactivateThemeModel': CONFIGURERS,
  'Mutation.importItemsCsv': BULK,
  'Mutation.login': 'public',
  'Mutation.recordItemEvent': ITEM_USERS,
  'Mutation.recordItemEvents': ITEM_USERS,
  'Mutation.recordStaffingEvent': MANAGERS,
  'Mutation.revokeApiKey': [ADMIN],
  'Mutation.saveReviewNotes': MANAGERS,
  'Mutation.setServiceLevel': ORGANISERS,
  'Mutation.signOut': 'public',
  'Mutation.startReanalysis': CONFIGURERS,
  'Mutation.submitCustomerFeedback': 'public',
  'Mutation.submitItem': ITEM_USERS,
  'Mutation.submitItems': BULK,
  'Mutation.submitStaffPulse': FORM_USERS,
  'Mutation.trainThemeModel': CONFIGURERS,
  'Mutation.trainSignModel': CONFIGURERS,
  'Mutation.updateImprovementAction': ANALYSTS,
  'Mutation.updatePolicy': CONFIGURERS,
  'Mutation.updateTeam': ORGANISERS,
  'Mutation.updateTheme': CONFIGURERS,
  'Mutation.updateUser': [ADMIN],
  'Mutation.updateDigestSubscription': MANAGERS,
  'Query.alertRules': ORGANISERS,
  'Query.webhookEndpoints': ORGANISERS,
  'Query.alertDeliveries': ORGANISERS,
  'Query.notifications': MANAGERS,
  // Rules decide which insight figures are sent, and where: the managers' (docs/alerts.md).
  'Mutation.createAlertRule': MANAGERS,
  'Mutation.updateAlertRule': MANAGERS,
  'Mutation.evaluateAlertRules': ORGANISERS,
  'Mutation.createWebhookEndpoint': ORGANISERS,
  'Mutation.updateWebhookEndpoint': ORGANISERS,
  'Mutation.replayAlertDelivery': ORGANISERS,
  'Mutation.deleteAlertRule': MANAGERS,
  'Mutation.deleteWebhookEndpoint': ORGANISERS,
  'Mutation.markNotificationsRead': MANAGERS,
  'Query.attention': ANALYSTS,
  'Query.firstContact': ANALYSTS,
  'Mutation.assignItemOwner': MANAGERS,
  'Mutation.recordEscalationOutcome': ANALYSTS,
  'Mutation.logContact': ITEM_USERS,
};

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputField {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface FullType {
  name: string;
  kind: string;
  fields: { name: string; args: InputField[]; type: TypeRef }[] | null;
  inputFields: InputField[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `{
  __schema { types { name kind enumValues { name }
    fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } }
    inputFields { name defaultValue type { ${TYPE_REF} } } } }
}`;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

/** A value that passes GraphQL's own type checks, so only the guard and validation can refuse it. */
function placeholder(type: TypeRef, types: Map<string, FullType>): unknown {
  if (type.kind === 'NON_NULL') return placeholder(type.ofType!, types);
  if (type.kind === 'LIST') return [];
  const full = types.get(type.name!)!;
  switch (full.kind) {
    case 'ENUM':
      return full.enumValues![0].name;
    case 'INPUT_OBJECT':
      return Object.fromEntries(
        full
          .inputFields!.filter(
            (field) => field.type.kind === 'NON_NULL' && field.defaultValue === null,
          )
          .map((field) => [field.name, placeholder(field.type, types)]),
      );
    default:
      return (
        (
          {
            ID: '00000000-0000-4000-8000-000000000000',
            Int: 1,
            Float: 1,
            Boolean: false,
            DateTime: '2026-01-01T00:00:00.000Z',
          } as Record<string, unknown>
        )[type.name!] ?? 'x'
      );
  }
}

function typeSignature(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeSignature(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeSignature(type.ofType!)}]`;
  return type.name!;
}

describe('role matrix', () => {
  let api: TestApp;
  let operations: { key: string; document: string; variables: Record<string, unknown> }[];
  const callers = new Map<string, Caller>();

  beforeAll(async () => {
    api = await startTestApp();
    for (const role of Object.values(Role)) callers.set(role, await api.as(role));
    callers.set('anonymous', 'anonymous');
    const introspection = await api.graphql<{ __schema: { types: FullType[] } }>(
      INTROSPECTION,
      {},
      callers.get(ADMIN),
    );
    const types = new Map(introspection.data!.__schema.types.map((type) => [type.name, type]));
    operations = (['Query', 'Mutation'] as const).flatMap((root) =>
      types.get(root)!.fields!.map((field) => {
        const required = field.args.filter(
          (arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null,
        );
        const declarations = required
          .map((arg) => `$${arg.name}: ${typeSignature(arg.type)}`)
          .join(', ');
        const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(
          types.get(named(field.type).name!)!.kind,
        )
          ? ' { __typename }'
          : '';
        return {
          key: `${root}.${field.name}`,
          document: `${root.toLowerCase()}${declarations ? ` (${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`,
          variables: Object.fromEntries(
            required.map((arg) => [arg.name, placeholder(arg.type, types)]),
          ),
        };
      }),
    );
  });

  afterAll(() => api.close());

  it('lists every operation in the schema, and only those', () => {
    expect(operations.map((operation) => operation.key).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  it.each(['anonymous', ...Object.values(Role)])(
    'lets %s call exactly the operations its role allows',
    async (who) => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      // signOut ends the caller's session, so it is called last.
      const signOutLast = [...operations].sort(
        (a, b) => Number(a.key === 'Mutation.signOut') - Number(b.key === 'Mutation.signOut'),
      );
      for (const operation of signOutLast) {
        const response = await api.graphql(
          operation.document,
          operation.variables,
          callers.get(who),
        );
        const code = response.errors?.[0]?.extensions?.code;
        const refused =
          code === 'FORBIDDEN' ||
          (code === 'UNAUTHENTICATED' && response.errors![0].message === 'Sign in to do this');
        outcomes[operation.key] = refused ? 'refused' : 'allowed';
        const audience = EXPECTED[operation.key];
        expected[operation.key] =
          audience === 'public' || (who !== 'anonymous' && audience.includes(who as Role))
            ? 'allowed'
            : 'refused';
      }
      expect(outcomes).toEqual(expected);
    },
  );
});

const SUBMIT = `mutation ($input: SubmitItemInput!) {
  submitItem(input: $input) { created item { id text customerRef } } }`;
const SUBMIT_BATCH = `mutation ($input: SubmitItemsInput!) {
  submitItems(input: $input) { items { id created externalId } } }`;
const ITEM = `query ($id: ID!) { item(id: $id) { id text } }`;
const ITEM_IDS = `query { items(first: 100) { totalCount nodes { id } } }`;
const RAW_TEXT = `query ReadRaw($id: ID!) { item(id: $id) { rawText } }`;
const RECORD_EVENT = `mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id } }`;
const TIMELINE = `query ($id: ID!) { item(id: $id) { status events { type text displayText } } }`;

const CONTACT = 'Reach me at jane.doe@example.org or 07700 900123.';

describe('row scope', () => {
  let api: TestApp;
  let db: Client;
  let manager: Caller;
  let processOwner: Caller;
  let staff: Caller;
  let colleague: Caller;
  let keyA: Caller;
  let keyB: Caller;
  let otherTeamItemId: string;
  let staffItemId: string;
  let keyAItemId: string;

  const submit = async (caller: Caller, overrides: Record<string, unknown> = {}) => {
    const response = await api.graphql<{ submitItem: { item: { id: string } } }>(
      SUBMIT,
      { input: anItem(overrides) },
      caller,
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.submitItem.item.id;
  };

  const signIn = async (email: string): Promise<Caller> => {
    const password = 'another long password';
    await api.app.get(UsersService).create({ email, password, displayName: email, role: STAFF });
    const login = await api.graphql<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email, password } },
    );
    return { token: login.data!.login.token };
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    manager = await api.as(MANAGER);
    processOwner = await api.as(PROCESS_OWNER);
    staff = await api.as(STAFF);
    colleague = await signIn('colleague@test.example.org');
    keyA = await api.as(INTEGRATOR);
    keyB = { apiKey: (await api.app.get(ApiKeysService).create('key B', null)).secret };
    const otherTeam = await api.graphql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Finance', staffCount: 4 } },
      manager,
    );
    otherTeamItemId = await submit(manager, { teamId: otherTeam.data!.createTeam.id });
    staffItemId = await submit(staff, { channel: 'PHONE', text: CONTACT });
    keyAItemId = await submit(keyA, { externalSource: 'zendesk', externalId: 'Z-1' });
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it("does not show staff another team's customer item, by id or in a list", async () => {
    const byId = await api.graphql(ITEM, { id: otherTeamItemId }, staff);
    expect(byId.data).toBeNull();
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await api.graphql<{ items: { nodes: { id: string }[] } }>(ITEM_IDS, {}, staff);
    expect(list.data!.items.nodes.map((node) => node.id)).toEqual([staffItemId]);
  });

  it("does not show one staff member's logged items to another", async () => {
    const list = await api.graphql<{ items: { totalCount: number } }>(ITEM_IDS, {}, colleague);
    expect(list.data!.items.totalCount).toBe(0);
  });

  it('refuses a timeline write on an item the caller cannot read, and writes nothing', async () => {
    const response = await api.graphql(
      RECORD_EVENT,
      { input: { itemId: otherTeamItemId, type: 'STATUS_CHANGED', status: 'CLOSED' } },
      staff,
    );
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'itemId', rule: 'exists' }),
    ]);
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM item_events WHERE item_id = $1',
      [otherTeamItemId],
    );
    expect(rows[0].n).toBe(0);
  });

  it('lets staff write to the timeline of an item they logged, and then still read it', async () => {
    const response = await api.graphql(
      RECORD_EVENT,
      { input: { itemId: staffItemId, type: 'STAFF_REPLY', text: `Called back: ${CONTACT}` } },
      staff,
    );
    expect(response.errors).toBeUndefined();
    const timeline = await api.graphql<{
      item: { events: { text: string; displayText: string }[] };
    }>(TIMELINE, { id: staffItemId }, staff);
    const [reply] = timeline.data!.item.events;
    expect(reply.text).not.toContain('jane.doe@example.org');
    expect(reply.text).not.toContain('07700 900123');
    expect(reply.displayText).toBe(reply.text);
  });

  it("refuses API key B API key A's item, and lists only B's own", async () => {
    const byId = await api.graphql(ITEM, { id: keyAItemId }, keyB);
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const listB = await api.graphql<{ items: { totalCount: number } }>(ITEM_IDS, {}, keyB);
    expect(listB.data!.items.totalCount).toBe(0);
    const listA = await api.graphql<{ items: { nodes: { id: string }[] } }>(ITEM_IDS, {}, keyA);
    expect(listA.data!.items.nodes.map((node) => node.id)).toEqual([keyAItemId]);
    const write = await api.graphql(
      RECORD_EVENT,
      { input: { itemId: keyAItemId, type: 'STATUS_CHANGED', status: 'CLOSED' } },
      keyB,
    );
    expect(write.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'itemId', rule: 'exists' }),
    ]);
  });

  it('returns a replayed external id only to the key that wrote it', async () => {
    const replay = { externalSource: 'zendesk', externalId: 'Z-1', text: 'A different text.' };
    const byA = await api.graphql<{ submitItem: { created: boolean; item: { id: string } } }>(
      SUBMIT,
      { input: anItem(replay) },
      keyA,
    );
    expect(byA.data!.submitItem).toEqual({
      created: false,
      item: expect.objectContaining({ id: keyAItemId }),
    });
    for (const other of [keyB, staff, manager]) {
      const byOther = await api.graphql(SUBMIT, { input: anItem(replay) }, other);
      expect(byOther.data).toBeNull();
      expect(byOther.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(JSON.stringify(byOther)).not.toContain(keyAItemId);
      expect(JSON.stringify(byOther)).not.toContain('refund');
    }
    const batch = await api.graphql<{ submitItems: { items: unknown[] } }>(
      SUBMIT_BATCH,
      { input: { items: [anItem(replay)] } },
      keyB,
    );
    expect(batch.data!.submitItems.items).toEqual([
      { id: null, created: false, externalId: 'Z-1' },
    ]);
  });

  it('refuses staff reports sent with an API key, naming the field', async () => {
    const response = await api.graphql(SUBMIT, { input: anItem({ source: 'STAFF' }) }, keyA);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'source', rule: 'notFromApiKey' })],
    });
  });

  it('serves text masked, and raw text only through an audited read', async () => {
    const masked = await api.graphql<{ item: { text: string } }>(
      ITEM,
      { id: staffItemId },
      manager,
    );
    expect(masked.data!.item.text).not.toContain('jane.doe@example.org');
    expect(masked.data!.item.text).not.toContain('07700 900123');

    for (const reader of [manager, processOwner, staff]) {
      const raw = await api.graphql<{ item: { rawText: string } }>(
        RAW_TEXT,
        { id: staffItemId },
        reader,
      );
      expect(raw.data!.item.rawText).toBe(CONTACT);
    }
    const { rows } = await db.query(
      'SELECT reader_role, purpose FROM raw_text_reads WHERE item_id = $1 ORDER BY read_at',
      [staffItemId],
    );
    expect(rows).toEqual(
      ['manager', 'process_owner', 'staff'].map((role) => ({
        reader_role: role,
        purpose: 'Item.rawText in ReadRaw',
      })),
    );
  });

  it('shows staff the items they handle, but their raw text only for items they logged', async () => {
    const colleagueItem = await submit(colleague);
    expect((await api.graphql(ITEM, { id: colleagueItem }, staff)).data).toBeNull();
    // The staff member takes over the colleague's case: a reply of theirs is on its timeline.
    await db.query(
      `INSERT INTO item_events (item_id, type, occurred_at, text, actor_id)
       SELECT $1, 'staff_reply', now(), 'Taking this one over.', id FROM users WHERE email = $2`,
      [colleagueItem, 'staff@test.example.org'],
    );
    const handled = await api.graphql<{ item: { id: string } }>(ITEM, { id: colleagueItem }, staff);
    expect(handled.data!.item.id).toBe(colleagueItem);
    const raw = await api.graphql(RAW_TEXT, { id: colleagueItem }, staff);
    expect(raw.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byKey = await api.graphql(RAW_TEXT, { id: keyAItemId }, keyA);
    expect(byKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM raw_text_reads WHERE item_id = ANY($1::uuid[])',
      [[keyAItemId, colleagueItem]],
    );
    expect(rows[0].n).toBe(0);
  });

  it('stores an e-mail or phone number given as customerRef as its pseudonym', async () => {
    const response = await api.graphql<{
      submitItem: { item: { id: string; customerRef: string } };
    }>(SUBMIT, { input: anItem({ customerRef: 'Jane.Doe@Example.org' }) }, manager);
    const { customerRef, id } = response.data!.submitItem.item;
    expect(customerRef).toMatch(/^C-[0-9a-f]{12}$/);
    const { rows } = await db.query('SELECT customer_ref FROM items WHERE id = $1', [id]);
    expect(rows[0].customer_ref).toBe(customerRef);
    // Looking the customer up by the address finds the item through its pseudonym.
    const found = await api.graphql<{ items: { nodes: { id: string }[] } }>(
      'query ($ref: String) { items(first: 10, filter: { customerRef: $ref }) { nodes { id } } }',
      { ref: 'jane.doe@example.org' },
      manager,
    );
    expect(found.data!.items.nodes).toEqual([{ id }]);
  });
});
