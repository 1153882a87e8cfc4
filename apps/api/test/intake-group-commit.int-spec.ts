import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../src/auth/api-keys.service';
import type { Principal } from '../src/auth/principal';
import { Role } from '../src/auth/role.enum';
import type { SubmitItemInput } from '../src/intake/dto/submit-item.input';
import { IntakeService } from '../src/intake/intake.service';
import { Channel, ItemKind, ItemSource } from '../src/items/item.enums';
import { CREATE_TEAM } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const anInput = (fields: Partial<SubmitItemInput> = {}): SubmitItemInput =>
  ({
    kind: ItemKind.COMPLAINT,
    source: ItemSource.EXTERNAL_CUSTOMER,
    channel: Channel.EMAIL,
    text: 'My refund has been pending for three weeks and nobody replies to my e-mails.',
    receivedAt: new Date('2026-03-02T09:30:00Z'),
    ...fields,
  }) as SubmitItemInput;

/**
 * Single submissions made in the same turn of the event loop share one statement (group commit,
 * intake/write-groups.ts). Called on the service directly, so the calls are certain to share a turn.
 */
describe('single submissions written together', () => {
  let api: TestApp;
  let intake: IntakeService;
  let dataSource: DataSource;
  let keyA: Principal;
  let keyB: Principal;
  let teamId: string;

  const keyPrincipal = async (name: string): Promise<Principal> => {
    const { apiKey } = await api.app.get(ApiKeysService).create(name, null);
    return { kind: 'api_key', id: apiKey.id, role: Role.INTEGRATOR, teamId: null, name };
  };

  beforeAll(async () => {
    api = await startTestApp();
    intake = api.app.get(IntakeService);
    dataSource = api.app.get(DataSource);
    [keyA, keyB] = await Promise.all([keyPrincipal('group A'), keyPrincipal('group B')]);
    const team = await api.graphql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Billing', staffCount: 6 } },
      await api.as(Role.MANAGER),
    );
    teamId = team.data!.createTeam.id;
  });

  afterAll(() => api.close());

  const stored = (ids: string[]) =>
    dataSource.query<{ external_id: string; analysed: boolean }[]>(
      `SELECT i.external_id, a.item_id IS NOT NULL AS analysed
         FROM items i LEFT JOIN item_analyses a ON a.item_id = i.id
        WHERE i.external_source = 'group' AND i.external_id = ANY($1) ORDER BY i.external_id`,
      [ids],
    );

  it('stores every item of a group with its analysis, each caller getting its own item', async () => {
    const ids = Array.from({ length: 30 }, (_, index) => `ok-${String(index).padStart(2, '0')}`);
    const receipts = await Promise.all(
      ids.map((externalId, index) =>
        intake.submitItem(
          anInput({ externalSource: 'group', externalId, teamId, text: `Order ${index} is late` }),
          index % 2 ? keyA : keyB,
        ),
      ),
    );

    expect(receipts.map((receipt) => receipt.created)).toEqual(ids.map(() => true));
    expect(receipts.map((receipt) => receipt.item.externalId)).toEqual(ids);
    expect(receipts.map((receipt) => receipt.item.text)).toEqual(
      ids.map((_, index) => `Order ${index} is late`),
    );
    expect(new Set(receipts.map((receipt) => receipt.item.id)).size).toBe(30);
    expect(await stored(ids)).toEqual(ids.map((id) => ({ external_id: id, analysed: true })));
  });

  it('fails only the item naming an unknown team; the rest of its group is stored', async () => {
    const unknownTeam = randomUUID();
    const outcomes = await Promise.allSettled(
      ['mixed-1', 'mixed-2', 'mixed-3'].map((externalId) =>
        intake.submitItem(
          anInput({
            externalSource: 'group',
            externalId,
            teamId: externalId === 'mixed-2' ? unknownTeam : teamId,
          }),
          keyA,
        ),
      ),
    );

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const refused = outcomes[1] as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'teamId', rule: 'exists' }],
    });
    expect((await stored(['mixed-1', 'mixed-2', 'mixed-3'])).map((row) => row.external_id)).toEqual(
      ['mixed-1', 'mixed-3'],
    );
  });

  it('keeps idempotency within a group: a replay is the stored item for its sender and a conflict for anyone else', async () => {
    const input = anInput({ externalSource: 'group', externalId: 'replayed', teamId });
    const outcomes = await Promise.allSettled([
      intake.submitItem(input, keyA),
      intake.submitItem(input, keyA),
      intake.submitItem(input, keyB),
    ]);

    const [first, replay, other] = outcomes;
    expect(first).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect(replay).toMatchObject({ status: 'fulfilled', value: { created: false } });
    const [firstItem, replayItem] = [first, replay].map(
      (outcome) => (outcome as PromiseFulfilledResult<{ item: { id: string } }>).value.item.id,
    );
    expect(replayItem).toBe(firstItem);
    expect(other.status).toBe('rejected');
    expect((other as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await stored(['replayed'])).toHaveLength(1);
  });
});
