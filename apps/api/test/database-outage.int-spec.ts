import { Client } from 'pg';
import { Role } from '../src/auth/role.enum';
import { anItem, COUNT_ITEMS, SUBMIT_ITEM } from './support/factories';
import { type PrivatePostgres, startPrivatePostgres } from './support/private-postgres';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const SECRET_TEXT = 'Sensitive complaint text that must never reach a log line';

describe('when PostgreSQL goes away and comes back', () => {
  let server: PrivatePostgres;
  let api: TestApp;
  let manager: Caller;
  const logged: string[] = [];
  let restoreOutput: () => void;

  beforeAll(async () => {
    server = await startPrivatePostgres();
    api = await startTestApp({ databaseUrl: server.url });
    manager = await api.as(Role.MANAGER);
    restoreOutput = captureOutput(logged);
  }, 90_000);
  const figures: string[] = [];
  afterAll(async () => {
    restoreOutput();
    console.info(`database outage: ${figures.join('; ')}; ${logged.length} log writes`);
    await api.close();
    await server.remove();
  });

  it('answers 503 with Retry-After while it is away, logs little and no item text, and recovers by itself', async () => {
    const before = await api.graphql(
      SUBMIT_ITEM,
      { input: anItem({ externalId: 'kept-1', externalSource: 'spec' }) },
      manager,
    );
    expect(before.errors).toBeUndefined();

    await server.stop();

    const query = await rawGraphQL(api.url, COUNT_ITEMS, {}, manager);
    expect(query.status).toBe(503);
    expect(query.retryAfter).toBe('5');
    expect(query.body.errors?.[0]?.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 5,
    });
    expect(JSON.stringify(query.body)).not.toMatch(/stack|\/work\/|at /);

    const write = await rawGraphQL(
      api.url,
      SUBMIT_ITEM,
      { input: anItem({ text: SECRET_TEXT }) },
      manager,
    );
    expect(write.status).toBe(503);
    expect(JSON.stringify(write.body)).not.toContain(SECRET_TEXT);

    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');
    await expect(health.json()).resolves.toEqual({ status: 'unavailable' });

    // A burst during the outage: at most one log line per kind per interval.
    for (let attempt = 0; attempt < 40; attempt += 1) {
      await rawGraphQL(
        api.url,
        SUBMIT_ITEM,
        { input: anItem({ text: `${SECRET_TEXT} ${attempt}` }) },
        manager,
      );
    }
    const output = logged.join('');
    expect(output).not.toContain(SECRET_TEXT);
    const outageLines = output.match(/The database is unavailable:/g)?.length ?? 0;
    expect(outageLines).toBeGreaterThanOrEqual(1); // the capture works
    expect(outageLines).toBeLessThanOrEqual(2);

    await server.start();
    const returnedAt = Date.now();
    let recovered: Awaited<ReturnType<typeof rawGraphQL>> | undefined;
    for (let attempt = 0; attempt < 300 && !recovered; attempt += 1) {
      const response = await rawGraphQL(api.url, COUNT_ITEMS, {}, manager);
      if (response.status === 200 && !response.body.errors) recovered = response;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recoveryMs = Date.now() - returnedAt;
    figures.push(`first successful request ${recoveryMs} ms after PostgreSQL was back`);
    expect(recovered?.body.data).toEqual({ items: { totalCount: 1 } });
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const after = await api.graphql(
      SUBMIT_ITEM,
      { input: anItem({ externalId: 'kept-2', externalSource: 'spec' }) },
      manager,
    );
    expect(after.errors).toBeUndefined();
  }, 90_000);

  it('loses no acknowledged write when PostgreSQL stops and returns under load, and answers the rest 503', async () => {
    const integrator = await api.as(Role.INTEGRATOR);
    const acknowledged: string[] = [];
    const outcomes = new Map<string, number>();
    const writer = async (writerIndex: number) => {
      // Bounded: a fixed number of writes per writer, one at a time.
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const externalId = `load-${writerIndex}-${attempt}`;
        const response = await rawGraphQL(
          api.url,
          SUBMIT_ITEM,
          {
            input: anItem({
              externalId,
              externalSource: 'load',
              text: `${SECRET_TEXT} ${externalId}`,
            }),
          },
          integrator,
        );
        const outcome = response.body.errors
          ? `${response.status} ${String(response.body.errors[0]?.extensions?.code)}`
          : `${response.status} ok`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (outcome === '200 ok') acknowledged.push(externalId);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    let writing = true;
    const writers = Promise.all(Array.from({ length: 6 }, (_, index) => writer(index))).finally(
      () => (writing = false),
    );
    // Phases follow what the writers saw, not wall-clock margins: some writes acknowledged,
    // then the server stopped until a write was refused, then back.
    const whileWriting = async (until: () => boolean) => {
      while (writing && !until()) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await whileWriting(() => acknowledged.length >= 6);
    await server.stop();
    await whileWriting(() => outcomes.has('503 SERVICE_UNAVAILABLE'));
    await server.start();
    await writers;

    // Every write was acknowledged or refused as retryable: no 200 with an internal error.
    expect([...outcomes.keys()].sort()).toEqual(
      expect.arrayContaining(['200 ok', '503 SERVICE_UNAVAILABLE']),
    );
    const allowed = ['200 ok', '503 SERVICE_UNAVAILABLE'];
    const unexpected = [...outcomes].filter(([outcome]) => !allowed.includes(outcome));
    expect(Object.fromEntries(unexpected)).toEqual({});
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const { rows } = await db
      .query<{ external_id: string }>(
        "SELECT external_id FROM items WHERE external_source = 'load'",
      )
      .finally(() => db.end());
    const storedIds = new Set(rows.map((row) => row.external_id));
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
    figures.push(
      `under load: ${JSON.stringify(Object.fromEntries(outcomes))}, ${acknowledged.length} acknowledged, all stored`,
    );
    expect(logged.join('')).not.toContain(SECRET_TEXT);
  }, 90_000);
});

async function rawGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  caller: Caller,
): Promise<{
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller !== 'anonymous' && 'token' in caller) headers.authorization = `Bearer ${caller.token}`;
  if (caller !== 'anonymous' && 'apiKey' in caller) headers['x-api-key'] = caller.apiKey;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as never,
  };
}

/** Collects what the process writes to stdout and stderr (Nest's logger writes there). */
function captureOutput(into: string[]): () => void {
  const spies = [process.stdout, process.stderr].map((stream) =>
    jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      into.push(String(chunk));
      return true;
    }),
  );
  return () => spies.forEach((spy) => spy.mockRestore());
}
