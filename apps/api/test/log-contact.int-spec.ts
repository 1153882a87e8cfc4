import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role.enum';
import { anItem, CREATE_POLICY } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const LOG_CONTACT = `
  mutation ($input: LogContactInput!) {
    logContact(input: $input) {
      created
      item { id viability policyId events { type policyId } }
      exception { id type policyId }
    }
  }`;

interface Logged {
  logContact: {
    created: boolean;
    item: {
      id: string;
      viability: string | null;
      policyId: string | null;
      events: { type: string; policyId: string | null }[];
    };
    exception: { id: string; type: string; policyId: string } | null;
  };
}

/** A contact and the exception decided on it are one write: both are stored, or neither. */
describe('logContact', () => {
  let api: TestApp;
  let staff: Caller;
  let policyId: string;
  let database: DataSource;

  const stored = async () => {
    const [row] = await database.query<{ items: number; events: number; analyses: number }[]>(
      `SELECT (SELECT count(*) FROM items)::int AS items,
              (SELECT count(*) FROM item_events)::int AS events,
              (SELECT count(*) FROM item_analyses)::int AS analyses`,
    );
    return row;
  };
  const logContact = (input: Record<string, unknown>) =>
    api.graphql<Logged>(LOG_CONTACT, { input: anItem({ channel: 'PHONE', ...input }) }, staff);

  beforeAll(async () => {
    api = await startTestApp();
    staff = await api.as(Role.STAFF);
    database = api.app.get(DataSource);
    const manager = await api.as(Role.MANAGER);
    const policy = await api.graphql<{ createPolicy: { id: string } }>(
      CREATE_POLICY,
      { input: { name: 'Refunds need a receipt' } },
      manager,
    );
    policyId = policy.data!.createPolicy.id;
  });
  afterAll(() => api.close());

  it('stores the contact and the exception granted on it together', async () => {
    const response = await logContact({ policyId, exception: 'GRANTED', viability: null });
    expect(response.errors).toBeUndefined();
    const { item, exception, created } = response.data!.logContact;
    expect(created).toBe(true);
    expect(exception).toMatchObject({ type: 'EXCEPTION_GRANTED', policyId });
    expect(item.events).toEqual([{ type: 'EXCEPTION_GRANTED', policyId }]);
  });

  it('stores a contact without an exception as a plain item with its decision', async () => {
    const response = await logContact({ viability: 'SOFT_NO' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.logContact).toMatchObject({
      exception: null,
      item: { viability: 'SOFT_NO', events: [] },
    });
  });

  it('stores nothing when the exception names no policy (the second part is refused)', async () => {
    const before = await stored();
    const response = await logContact({ exception: 'REFUSED' });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'policyId', rule: 'requiredForException' })],
    });
    expect(await stored()).toEqual(before);
  });

  it('rejects an unknown exception value before writing anything', async () => {
    const before = await stored();
    const response = await logContact({ policyId, exception: 'MAYBE' });
    expect(response.errors?.[0].message).toMatch(/exception/);
    expect(await stored()).toEqual(before);
  });

  it('stores nothing when the database fails writing the exception after the contact', async () => {
    // A trigger makes the exception's INSERT fail inside the database, after the item's insert
    // has succeeded in the same transaction: the item and its analysis must roll back with it.
    await database.query(`
      CREATE FUNCTION fail_exception_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure writing the exception'; END $$;
      CREATE TRIGGER fail_exception_insert BEFORE INSERT ON item_events
        FOR EACH ROW EXECUTE FUNCTION fail_exception_insert();`);
    const before = await stored();
    try {
      const response = await logContact({
        policyId,
        exception: 'GRANTED',
        text: 'Asked for a refund without the receipt; granted as a one-off.',
      });
      expect(response.errors).toHaveLength(1);
      expect(response.data).toBeNull();
      expect(await stored()).toEqual(before);
      const [{ count }] = await database.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM items WHERE text LIKE 'Asked for a refund without%'`,
      );
      expect(count).toBe(0);
    } finally {
      await database.query(`
        DROP TRIGGER fail_exception_insert ON item_events;
        DROP FUNCTION fail_exception_insert();`);
    }
  });
});
