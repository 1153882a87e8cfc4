import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { anItem, CREATE_TEAM, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const RECORD = `mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id type } }`;
const ITEM = `query ($id: ID!) { item(id: $id) { viability events { type text } } }`;

/** Staff record decisions and replies on the items they handle, and only on those. */
describe('decisions at the point of contact', () => {
  let api: TestApp;
  let staff: Caller;
  let otherTeamStaff: Caller;
  let manager: Caller;

  beforeAll(async () => {
    api = await startTestApp();
    staff = await api.as(Role.STAFF);
    manager = await api.as(Role.MANAGER);
    const team = await api.graphql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Facilities', staffCount: 4 } },
      manager,
    );
    await api.app.get(UsersService).create({
      email: 'facilities@test.example.org',
      password: 'a long facilities password',
      displayName: 'Facilities colleague',
      role: Role.STAFF,
      teamId: team.data!.createTeam.id,
    });
    const login = await api.graphql<{ login: { token: string } }>(
      'mutation { login(input: { email: "facilities@test.example.org", password: "a long facilities password" }) { token } }',
    );
    otherTeamStaff = { token: login.data!.login.token };
  });
  afterAll(() => api.close());

  const logContact = async (caller: Caller, overrides: Record<string, unknown> = {}) =>
    (
      await api.graphql<{ submitItem: { item: { id: string; viability: string | null } } }>(
        SUBMIT_ITEM,
        { input: anItem({ channel: 'PHONE', ...overrides }) },
        caller,
      )
    ).data!.submitItem.item;
  const itemAsManager = async (id: string) =>
    (
      await api.graphql<{ item: { viability: string | null; events: { type: string }[] } }>(
        ITEM,
        { id },
        manager,
      )
    ).data!.item;

  it('keeps the decision given when the contact is logged', async () => {
    const item = await logContact(staff, { viability: 'SOFT_NO' });
    expect(item.viability).toBe('SOFT_NO');
  });

  it('lets staff add a reply that carries a decision to an item they logged', async () => {
    const { id } = await logContact(staff);
    const response = await api.graphql(
      RECORD,
      {
        input: {
          itemId: id,
          type: 'STAFF_REPLY',
          text: 'We cannot refund this, but we can offer a voucher.',
          viability: 'SOFT_NO',
        },
      },
      staff,
    );
    expect(response.errors).toBeUndefined();
    expect(await itemAsManager(id)).toMatchObject({
      viability: 'SOFT_NO',
      events: [{ type: 'STAFF_REPLY' }],
    });
  });

  it('refuses staff of another team a decision on an item they do not handle, as if it did not exist', async () => {
    const { id } = await logContact(staff, { viability: 'ACCEPTED' });
    const response = await api.graphql(
      RECORD,
      { input: { itemId: id, type: 'STAFF_REPLY', text: 'Declined.', viability: 'HARD_NO' } },
      otherTeamStaff,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'itemId', rule: 'exists' })],
    });
    expect(await itemAsManager(id)).toMatchObject({ viability: 'ACCEPTED', events: [] });
  });

  it('rejects a decision that is not one, naming the field', async () => {
    const { id } = await logContact(staff);
    const response = await api.graphql(
      RECORD,
      { input: { itemId: id, type: 'STAFF_REPLY', text: 'Maybe.', viability: 'MAYBE' } },
      staff,
    );
    expect(JSON.stringify(response.errors)).toContain('viability');
    expect((await itemAsManager(id)).events).toEqual([]);
  });
});
