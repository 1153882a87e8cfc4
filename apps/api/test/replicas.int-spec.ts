import { Role } from '../src/auth/role.enum';
import { anItem, COUNT_ITEMS, SUBMIT_ITEM } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

// docs/scaling.md: API instances are stateless replicas of one PostgreSQL.
describe('two API instances on one database', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ shareDatabaseOf: first });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('accepts a token issued by the other instance', async () => {
    const manager = await first.as(Role.MANAGER);
    expect((await second.graphql('{ viewer { role } }', {}, manager)).data).toEqual({
      viewer: { role: 'MANAGER' },
    });
  });

  it('stores one item when retries of the same external id reach both instances at once', async () => {
    const integrator = await first.as(Role.INTEGRATOR);
    const input = anItem({ externalId: 'REPLICA-1', externalSource: 'zendesk' });
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        (index % 2 ? first : second).graphql<{ submitItem: { item: { id: string } } }>(
          SUBMIT_ITEM,
          { input },
          integrator,
        ),
      ),
    );
    expect(new Set(responses.map((response) => response.data!.submitItem.item.id)).size).toBe(1);
    const count = await second.graphql<{ items: { totalCount: number } }>(
      COUNT_ITEMS,
      {},
      integrator,
    );
    expect(count.data!.items.totalCount).toBe(1);
  });
});
