import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PasswordVerifier } from '../src/auth/password';
import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { Clock } from '../src/common/clock';
import { readAppConfig } from '../src/config/app-config';
import { ConfigError } from '../src/config/config-error';
import { withSecrets } from '../src/config/local-secrets';
import { seedDemoData } from '../src/demo/seed-demo-data';
import { startTestApp, type Caller, type TestApp } from './support/test-app';

const PASSWORD = 'a long and right password';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token expiresAt } }';
const SIGN_OUT = 'mutation { signOut }';
const VIEWER = '{ viewer { role } }';

interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
}
interface GraphQLError {
  message: string;
  extensions?: { code?: string; retryAfterSeconds?: number; retryAt?: string };
}

describe('signing in and out', () => {
  let api: TestApp;
  let admin: Caller;
  let clock: Clock;
  let users: UsersService;
  let dashboardDir: string;

  beforeAll(async () => {
    // A built dashboard's page, so the security headers are checked where they matter.
    dashboardDir = mkdtempSync(join(tmpdir(), 'fulcrum-dashboard-'));
    writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><title>Fulcrum</title>');
    api = await startTestApp({ config: { dashboardDir } });
    admin = await api.as(Role.ADMIN);
    clock = api.app.get(Clock);
    users = api.app.get(UsersService);
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  /** A POST to /graphql over real HTTP, with exactly the headers given. */
  const post = async (
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<RawResponse> => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as RawResponse['body'];
    return { status: response.status, headers: response.headers, body };
  };
  const bearer = (token: string) => ({
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
  });
  const cookieHeader = (cookie: string) => ({ 'content-type': 'application/json', cookie });

  let accounts = 0;
  const anAccount = async (role = Role.STAFF) => {
    accounts += 1;
    const email = `person${accounts}@signin.example.org`;
    const user = await users.create({
      email,
      password: PASSWORD,
      displayName: `Person ${accounts}`,
      role,
    });
    return { id: user.id, email };
  };
  const login = (email: string, password: string) => post(LOGIN, { input: { email, password } });
  const tokenOf = (response: RawResponse) =>
    (response.body.data as { login: { token: string } }).login.token;
  const errorOf = (response: RawResponse) => response.body.errors?.[0];

  describe('an unknown e-mail address', () => {
    it('costs a key derivation like a real account, and gets the same answer as a wrong password', async () => {
      const { email } = await anAccount();
      const derive = jest.spyOn(api.app.get(PasswordVerifier), 'derive');

      const unknown = await login('nobody@signin.example.org', PASSWORD);
      const wrong = await login(email, 'not the password');

      expect(derive).toHaveBeenCalledTimes(2);
      const [unknownCall, knownCall] = derive.mock.calls;
      // Same salt size and key length: the same scrypt work either way.
      expect(unknownCall[1]).toHaveLength(knownCall[1].length);
      expect(unknownCall[2]).toBe(knownCall[2]);
      expect(errorOf(unknown)).toEqual(errorOf(wrong));
      expect(errorOf(unknown)).toMatchObject({
        message: 'Email or password is incorrect',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });
  });

  describe('repeated failures', () => {
    const start = new Date('2026-03-02T09:00:00Z');
    const at = (seconds: number) =>
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start.getTime() + seconds * 1000));

    it('lock the address after five wrong passwords; the sixth try, even with the right password, says when to retry', async () => {
      const { email } = await anAccount();
      at(0);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(errorOf(await login(email, `guess ${attempt}`))?.extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const sixth = await login(email, 'guess 6');
      expect(errorOf(sixth)).toMatchObject({
        message: 'Too many failed sign-ins with this e-mail address; try again in 30 s',
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: 30,
          retryAt: '2026-03-02T09:00:30.000Z',
        },
      });
      at(29);
      expect(errorOf(await login(email, PASSWORD))?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: 1,
      });

      at(31);
      expect(tokenOf(await login(email, PASSWORD))).toEqual(expect.any(String));
      // The success started the count again: one more failure does not lock.
      expect(errorOf(await login(email, 'guess 7'))?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('double the lockout with each failure after it ends', async () => {
      const { email } = await anAccount();
      at(0);
      for (let attempt = 1; attempt <= 5; attempt += 1) await login(email, 'wrong');
      at(31);
      await login(email, 'wrong');
      expect(errorOf(await login(email, PASSWORD))?.extensions?.retryAfterSeconds).toBe(60);
    });

    it('lock an unknown address the same way, spelt in any case, so a lockout reveals nothing', async () => {
      at(0);
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await login('Ghost@Signin.Example.ORG', 'wrong');
      }
      expect(errorOf(await login('ghost@signin.example.org', 'wrong'))).toMatchObject({
        message: 'Too many failed sign-ins with this e-mail address; try again in 30 s',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
      });
    });

    it('let no more than five of a burst of parallel guesses reach the password check', async () => {
      const { email } = await anAccount();
      at(0);
      const derive = jest.spyOn(api.app.get(PasswordVerifier), 'derive');
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, guess) => login(email, `parallel guess ${guess}`)),
      );
      const codes = answers.map((answer) => errorOf(answer)?.extensions?.code);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(15);
      expect(derive).toHaveBeenCalledTimes(5);
    });

    it('hold on another replica of the same deployment', async () => {
      const { email } = await anAccount();
      const replica = await startTestApp({ shareDatabaseOf: api });
      try {
        at(0);
        jest.spyOn(replica.app.get(Clock), 'now').mockReturnValue(start);
        for (let attempt = 1; attempt <= 5; attempt += 1) await login(email, 'wrong');
        const onReplica = await replica.graphql(LOGIN, { input: { email, password: PASSWORD } });
        expect(onReplica.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      } finally {
        await replica.close();
      }
    });
  });

  describe('a token after its session ended', () => {
    it('is refused once its holder signs out', async () => {
      const { email } = await anAccount();
      const token = tokenOf(await login(email, PASSWORD));
      expect((await post(VIEWER, {}, bearer(token))).body.data).toEqual({
        viewer: { role: 'STAFF' },
      });

      expect((await post(SIGN_OUT, {}, bearer(token))).body.data).toEqual({ signOut: true });

      expect(errorOf(await post(VIEWER, {}, bearer(token)))).toMatchObject({
        message: 'The session has ended or is invalid; sign in again',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('is refused once the password changes, on every device, while a new sign-in works', async () => {
      const { id, email } = await anAccount();
      const laptop = tokenOf(await login(email, PASSWORD));
      const phone = tokenOf(await login(email, PASSWORD));

      const changed = await api.graphql(
        'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
        { input: { id, password: 'a brand new password' } },
        admin,
      );
      expect(changed.errors).toBeUndefined();

      for (const token of [laptop, phone]) {
        expect(errorOf(await post(VIEWER, {}, bearer(token)))?.extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const fresh = tokenOf(await login(email, 'a brand new password'));
      expect((await post(VIEWER, {}, bearer(fresh))).body.data).toEqual({
        viewer: { role: 'STAFF' },
      });
    });

    it('signing out ends only that session, not the same person’s other sign-ins', async () => {
      const { email } = await anAccount();
      const laptop = tokenOf(await login(email, PASSWORD));
      const phone = tokenOf(await login(email, PASSWORD));
      await post(SIGN_OUT, {}, bearer(laptop));
      expect((await post(VIEWER, {}, bearer(phone))).body.data).toEqual({
        viewer: { role: 'STAFF' },
      });
    });

    it('are forgotten, once ended, the next time the person signs in', async () => {
      const { id, email } = await anAccount();
      const ended = tokenOf(await login(email, PASSWORD));
      await post(SIGN_OUT, {}, bearer(ended));
      await login(email, PASSWORD);
      const rows = await api.app
        .get(DataSource)
        .query<{ revoked: boolean }[]>(
          'SELECT revoked_at IS NOT NULL AS revoked FROM user_sessions WHERE user_id = $1',
          [id],
        );
      expect(rows).toEqual([{ revoked: false }]);
    });
  });

  describe('a forged token', () => {
    const base64url = (value: object | string) =>
      Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
    /** The real token's claims under another header, signed (or not) as that header says. */
    const reforged = (token: string, alg: string) => {
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
      const unsigned = `${base64url({ alg, typ: 'JWT' })}.${base64url(claims)}`;
      const hmac = { HS256: 'sha256', HS512: 'sha512' }[alg];
      const signature = hmac
        ? createHmac(hmac, api.config.jwtSecret).update(unsigned).digest('base64url')
        : '';
      return `${unsigned}.${signature}`;
    };

    it('is refused when it says alg "none" or HS512, even carrying a live session and the right key', async () => {
      const { email } = await anAccount();
      const token = tokenOf(await login(email, PASSWORD));
      // The forging itself is right: re-signing with HS256 gives a token the API accepts.
      expect((await post(VIEWER, {}, bearer(reforged(token, 'HS256')))).body.data).toEqual({
        viewer: { role: 'STAFF' },
      });

      for (const alg of ['none', 'HS512']) {
        expect(errorOf(await post(VIEWER, {}, bearer(reforged(token, alg))))).toMatchObject({
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
    });
  });

  describe('the browser session cookie', () => {
    const sessionCookie = (response: RawResponse) =>
      response.headers.getSetCookie().find((cookie) => cookie.startsWith('fulcrum_session='));

    it('is HttpOnly and SameSite=Strict, works on its own, and is cleared and refused after sign-out', async () => {
      const { email } = await anAccount();
      const signedIn = await login(email, PASSWORD);
      const setCookie = sessionCookie(signedIn)!;
      expect(setCookie).toMatch(/; HttpOnly/);
      expect(setCookie).toMatch(/; SameSite=Strict/);
      expect(setCookie).toMatch(/; Path=\//);
      expect(setCookie).not.toMatch(/; Secure/); // plain http, outside production
      const cookie = setCookie.split(';')[0];

      expect((await post(VIEWER, {}, cookieHeader(cookie))).body.data).toEqual({
        viewer: { role: 'STAFF' },
      });

      const signedOut = await post(SIGN_OUT, {}, cookieHeader(cookie));
      expect(sessionCookie(signedOut)).toMatch(/^fulcrum_session=;.*Expires=Thu, 01 Jan 1970/);
      expect(errorOf(await post(VIEWER, {}, cookieHeader(cookie)))).toMatchObject({
        message: 'Sign in to do this',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // An ended session's cookie does not stand in the way of signing in again.
      const again = await post(
        LOGIN,
        { input: { email, password: PASSWORD } },
        cookieHeader(cookie),
      );
      expect(sessionCookie(again)).toBeDefined();
    });

    it('is marked Secure in production', async () => {
      const production = await startTestApp({
        shareDatabaseOf: api,
        config: { production: true },
      });
      try {
        const { email } = await anAccount();
        const response = await fetch(`${production.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: LOGIN,
            variables: { input: { email, password: PASSWORD } },
          }),
        });
        expect(response.headers.getSetCookie().join('\n')).toMatch(/fulcrum_session=.*; Secure/);
      } finally {
        await production.close();
      }
    });

    it('cannot be ridden by a cross-site form post (a "simple" request is refused before it runs)', async () => {
      const { email } = await anAccount();
      const cookie = sessionCookie(await login(email, PASSWORD))!.split(';')[0];
      const forged = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie },
        body: JSON.stringify({ query: SIGN_OUT }),
      });
      expect(forged.status).toBe(400);
      expect(await forged.text()).toContain('CSRF');
      // The session is still open: the forged sign-out never ran.
      expect((await post(VIEWER, {}, cookieHeader(cookie))).body.data).toEqual({
        viewer: { role: 'STAFF' },
      });
    });
  });

  describe('the web page', () => {
    it('is served with a strict content security policy and no framework banner', async () => {
      const response = await fetch(`${api.url}/`);
      expect(response.status).toBe(200);
      const policy = Object.fromEntries(
        response.headers
          .get('content-security-policy')!
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .map(([name, ...sources]) => [name, sources.join(' ')]),
      );
      expect(policy).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'style-src-elem': "'self'",
        'style-src-attr': "'unsafe-inline'",
        'object-src': "'none'",
        'frame-ancestors': "'none'",
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('stored passwords', () => {
    it('each demo user has their own salt, though they share a password', async () => {
      const demo = await startTestApp();
      try {
        const dataSource = demo.app.get(DataSource);
        await seedDemoData(dataSource, {
          items: 20,
          password: 'one password for all',
          replace: true,
          log: () => undefined,
        });
        const hashes = await dataSource.query<{ password_hash: string }[]>(
          'SELECT password_hash FROM users',
        );
        const salts = new Set(hashes.map((row) => row.password_hash.split('$')[1]));
        expect(hashes.length).toBeGreaterThan(3);
        expect(salts.size).toBe(hashes.length);
      } finally {
        await demo.close();
      }
    }, 120_000); // the demo loader trains its theme model first
  });

  describe('production settings', () => {
    const productionEnv = (secret: string) => ({
      NODE_ENV: 'production',
      FULCRUM_JWT_SECRET: secret,
      FULCRUM_PSEUDONYM_KEY: 'c0ffee15b3773r7h4n4n07h3rp1ac3h01d3r5ecr37k3y',
    });

    it('refuse to start with the JWT secret "secret"', async () => {
      const starting = withSecrets(readAppConfig(productionEnv('secret')));
      await expect(starting).rejects.toThrow('FULCRUM_JWT_SECRET is too weak for production');
      // A ConfigError: start-up prints the message alone, not a stack trace.
      await expect(starting).rejects.toBeInstanceOf(ConfigError);
    });

    it('close introspection and "Did you mean" hints unless FULCRUM_GRAPHQL_INTROSPECTION=true', async () => {
      expect(readAppConfig({ NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
      expect(
        readAppConfig({ NODE_ENV: 'production', FULCRUM_GRAPHQL_INTROSPECTION: 'true' })
          .graphqlIntrospection,
      ).toBe(true);
      const closed = await startTestApp({
        shareDatabaseOf: api,
        config: { graphqlIntrospection: false },
      });
      try {
        const introspection = await closed.graphql('{ __schema { types { name } } }');
        expect(introspection.data).toBeNull();
        expect(introspection.errors?.[0]?.message).toContain('introspection');
        const typo = await closed.graphql('{ viewr { role } }');
        expect(typo.errors?.[0]?.message).toContain('Cannot query field "viewr"');
        expect(typo.errors?.[0]?.message).not.toContain('Did you mean');
      } finally {
        await closed.close();
      }
      // Where it is open (development), the hint is there to help.
      expect((await api.graphql('{ viewr { role } }')).errors?.[0]?.message).toContain(
        'Did you mean',
      );
    });
  });
});
