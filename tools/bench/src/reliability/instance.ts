import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalPostgres, startLocalPostgres } from '@fulcrum/local-postgres';
import { type ApiProcess, startApi } from '../api-process';
import { bearer, graphql } from '../graphql-client';

const ADMIN = { email: 'reliability@example.org', password: 'reliability-password-1' };

/** A fresh Fulcrum: the built API in its own process on loopback, an admin, an API key, a team. */
export interface Instance {
  /** Replaced when a scenario restarts the API. */
  api: ApiProcess;
  /** Set when PostgreSQL runs beside the API (so a scenario can stop it), not inside it. */
  database: LocalPostgres | undefined;
  dir: string;
  env: Record<string, string>;
  admin: Record<string, string>;
  /** A signed-in manager: "another user" reading while a scenario writes. */
  manager: Record<string, string>;
  key: Record<string, string>;
  teamId: string;
  stop(): Promise<void>;
}

export async function startInstance(
  options: { separateDatabase?: boolean; env?: Record<string, string> } = {},
): Promise<Instance> {
  const dir = await mkdtemp(join(tmpdir(), 'fulcrum-reliability-'));
  const database = options.separateDatabase
    ? await startLocalPostgres({ dataDir: join(dir, 'postgres'), database: 'fulcrum' })
    : undefined;
  const env: Record<string, string> = {
    FULCRUM_DATA_DIR: dir,
    FULCRUM_DEMO_DATA: 'false',
    FULCRUM_ADMIN_EMAIL: ADMIN.email,
    FULCRUM_ADMIN_PASSWORD: ADMIN.password,
    FULCRUM_JWT_SECRET: randomBytes(16).toString('hex'),
    FULCRUM_PSEUDONYM_KEY: randomBytes(16).toString('hex'),
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...options.env,
  };
  const api = await startApi(env);
  const { login } = await graphql<{ login: { token: string } }>(
    api.url,
    'mutation ($input: LoginInput!) { login(input: $input) { token } }',
    { input: ADMIN },
  );
  const admin = bearer(login.token);
  const { createApiKey } = await graphql<{ createApiKey: { secret: string } }>(
    api.url,
    'mutation { createApiKey(input: { name: "reliability" }) { secret } }',
    {},
    admin,
  );
  const { createTeam } = await graphql<{ createTeam: { id: string } }>(
    api.url,
    'mutation { createTeam(input: { name: "Reliability", staffCount: 5 }) { id } }',
    {},
    admin,
  );
  const manager = { email: 'manager@example.org', password: 'reliability-manager-1' };
  await graphql(
    api.url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { ...manager, displayName: 'Manager', role: 'MANAGER' } },
    admin,
  );
  const managerLogin = await graphql<{ login: { token: string } }>(
    api.url,
    'mutation ($input: LoginInput!) { login(input: $input) { token } }',
    { input: manager },
  );
  const instance: Instance = {
    api,
    database,
    dir,
    env,
    admin,
    manager: bearer(managerLogin.login.token),
    key: { 'x-api-key': createApiKey.secret },
    teamId: createTeam.id,
    stop: async () => {
      await instance.api.stop();
      await instance.database?.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return instance;
}

/** The PostgreSQL beside the API, for scenarios that read or stop it. */
export function databaseOf(instance: Instance): LocalPostgres {
  if (!instance.database) throw new Error('This scenario needs PostgreSQL beside the API');
  return instance.database;
}

/** Runs `scenario` on a fresh instance, always stops it, and shows the API's last words on failure. */
export async function withInstance<T>(
  options: Parameters<typeof startInstance>[0],
  scenario: (instance: Instance) => Promise<T>,
): Promise<T> {
  const instance = await startInstance(options);
  try {
    return await scenario(instance);
  } catch (error) {
    const said = instance.api.output().split('\n').slice(-30).join('\n');
    throw new Error(`${describe(error)}\nThe API's last output:\n${said}`, { cause: error });
  } finally {
    await instance.stop();
  }
}

export const SUBMIT_ITEM =
  'mutation ($input: SubmitItemInput!) { submitItem(input: $input) { created } }';
export const SUBMIT_ITEMS =
  'mutation ($input: SubmitItemsInput!) { submitItems(input: $input) { createdCount } }';

/** An external complaint with an id of the sender's, so what was stored can be checked. */
export const complaint = (
  teamId: string,
  externalId: string,
  text = 'The refund still has not arrived.',
) => ({
  kind: 'COMPLAINT',
  source: 'EXTERNAL_CUSTOMER',
  channel: 'EMAIL',
  text,
  teamId,
  externalId,
  externalSource: 'reliability',
});

/** Times one GET of /health in ms (a failed or non-200 answer still counts its time). */
export function healthLatency(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const done = (status: number) => ({ ms: performance.now() - started, status });
  return new Promise((resolve) => {
    // A fresh connection each time, as a load balancer's probe makes.
    get(`${url}/health`, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(done(response.statusCode ?? 0)));
      response.on('error', () => resolve(done(0)));
    }).on('error', () => resolve(done(0)));
  });
}

/** Polls /health every `everyMs` until stopped; returns the latencies (each poll waits for the last). */
export function pollHealth(url: string, everyMs = 100) {
  const samples: { ms: number; status: number; at: number }[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      samples.push({ ...(await healthLatency(url)), at: started });
      const wait = everyMs - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();
  return {
    samples,
    stop: async () => {
      running = false;
      await done;
      return samples;
    },
  };
}

/** An error with its causes (fetch hides the socket's reason in `cause`). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause ? `${error.message} (${describe(error.cause)})` : error.message;
}
