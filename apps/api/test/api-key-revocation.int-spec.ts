import { API_KEY_TRUSTED_MS } from '../src/auth/api-keys.service';
import { Role } from '../src/auth/role.enum';
import { Clock } from '../src/common/clock';
import { startTestApp, type Caller, type TestApp } from './support/test-app';

const VIEWER = '{ viewer { kind } }';
const REVOKE = 'mutation ($input: IdInput!) { revokeApiKey(input: $input) { revokedAt } }';
const CREATE =
  'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }';

// Valid API keys are trusted from memory for a few seconds (a round trip less per request):
// a revoke must still end the key at once on its replica, and within that time on the others.
describe('API key revocation with keys trusted from memory', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: Caller;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ shareDatabaseOf: first });
    admin = await first.as(Role.ADMIN);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const newKey = async (name: string) => {
    const created = await first.graphql<{
      createApiKey: { secret: string; apiKey: { id: string } };
    }>(CREATE, { input: { name } }, admin);
    return {
      id: created.data!.createApiKey.apiKey.id,
      caller: { apiKey: created.data!.createApiKey.secret },
    };
  };
  const codeOf = async (app: TestApp, caller: Caller) =>
    (await app.graphql(VIEWER, {}, caller)).errors?.[0]?.extensions?.code ?? 'OK';

  it('refuses a revoked key at once on the instance that revoked it, though it was trusted', async () => {
    const key = await newKey('revoked here');
    expect(await codeOf(first, key.caller)).toBe('OK');
    expect(await codeOf(first, key.caller)).toBe('OK');
    await first.graphql(REVOKE, { input: { id: key.id } }, admin);
    expect(await codeOf(first, key.caller)).toBe('UNAUTHENTICATED');
  });

  it('refuses a key revoked through another replica once the trusted time has passed', async () => {
    const key = await newKey('revoked elsewhere');
    const clock = second.app.get(Clock);
    const start = clock.now();
    jest.spyOn(clock, 'now').mockReturnValue(start);
    expect(await codeOf(second, key.caller)).toBe('OK');
    await first.graphql(REVOKE, { input: { id: key.id } }, admin);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + API_KEY_TRUSTED_MS));
    expect(await codeOf(second, key.caller)).toBe('UNAUTHENTICATED');
    // Refused keys are not remembered: the refusal holds at any time.
    jest.spyOn(clock, 'now').mockReturnValue(start);
    expect(await codeOf(second, key.caller)).toBe('UNAUTHENTICATED');
  });

  it('accepts a new key at once, and an unknown one never', async () => {
    const key = await newKey('new');
    expect(await codeOf(second, key.caller)).toBe('OK');
    expect(await codeOf(second, { apiKey: `${key.caller.apiKey}x` })).toBe('UNAUTHENTICATED');
  });
});
