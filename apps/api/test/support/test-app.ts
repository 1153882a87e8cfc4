import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.factory';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { Role } from '../../src/auth/role.enum';
import { UsersService } from '../../src/auth/users.service';
import { readAppConfig } from '../../src/config/app-config';
import type { ResolvedConfig } from '../../src/config/local-secrets';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; rule: string; message: string }[] };
  }[];
}

/** Who a request is sent as. */
export type Caller = { token: string } | { apiKey: string } | 'anonymous';

export interface TestApp {
  app: NestExpressApplication;
  config: ResolvedConfig;
  url: string;
  databaseUrl: string;
  /** Sends a GraphQL request over real HTTP. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<GraphQLResponse<T>>;
  /** A signed-in user of the role (created on first use), as a caller. */
  as(role: Role): Promise<Caller>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  publicRateLimit?: number;
  bodyLimit?: string;
  /** Another instance's database: a second replica of the same deployment. */
  shareDatabaseOf?: TestApp;
  /** A database of the spec's own (e.g. on a server it stops); migrated at start. */
  databaseUrl?: string;
  /** Settings that differ from a test deployment's (e.g. production-only behaviour). */
  config?: Partial<ResolvedConfig>;
}

/** The real application on its own fresh database, listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.shareDatabaseOf;
  const givenUrl = shared?.databaseUrl ?? options.databaseUrl;
  const database = givenUrl
    ? { url: givenUrl, drop: async () => undefined }
    : await createTestDatabase();
  const config: ResolvedConfig = {
    ...readAppConfig({}),
    port: 0,
    databaseUrl: database.url,
    // Replicas share their secrets, as a deployment behind a load balancer must.
    jwtSecret: shared?.config.jwtSecret ?? randomBytes(16).toString('hex'),
    pseudonymKey: shared?.config.pseudonymKey ?? randomBytes(16).toString('hex'),
    dashboardDir: '/nonexistent',
    demoData: false,
    publicRateLimit: { limit: options.publicRateLimit ?? 10_000, ttlMs: 60_000 },
    bodyLimit: options.bodyLimit ?? '12mb',
    // Tests run background work explicitly (ReanalysisWorker.tick) so they stay deterministic.
    workerIntervalMs: 0,
    // The digest schedule (pg-boss) only where a spec turns it on; mail goes to a test outbox.
    scheduler: false,
    mailOutboxDir: join(tmpdir(), `fulcrum-outbox-${randomBytes(6).toString('hex')}`),
    // In-process analysis: no thread start-up per app; the reliability spec turns the pool on.
    analysisWorkers: 0,
    ...options.config,
  };
  const app = await createApp(config, database.url, ['error']);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const callers = new Map<Role, Caller>();

  const graphql: TestApp['graphql'] = async (query, variables = {}, caller = 'anonymous') => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller !== 'anonymous' && 'token' in caller)
      headers.authorization = `Bearer ${caller.token}`;
    if (caller !== 'anonymous' && 'apiKey' in caller) headers['x-api-key'] = caller.apiKey;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: response.status, data: (body.data ?? null) as never, errors: body.errors };
  };

  const as = async (role: Role): Promise<Caller> => {
    const known = callers.get(role);
    if (known) return known;
    let caller: Caller;
    if (role === Role.INTEGRATOR) {
      caller = { apiKey: (await app.get(ApiKeysService).create(`test ${role}`, null)).secret };
    } else {
      const email = `${role}@test.example.org`;
      const password = 'correct horse battery';
      await app.get(UsersService).create({ email, password, displayName: `Test ${role}`, role });
      const login = await graphql<{ login: { token: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { token } }',
        { input: { email, password } },
      );
      if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
      caller = { token: login.data.login.token };
    }
    callers.set(role, caller);
    return caller;
  };

  return {
    app,
    config,
    url,
    databaseUrl: database.url,
    graphql,
    as,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
