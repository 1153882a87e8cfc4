import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role.enum';
import { UsersService } from '../src/auth/users.service';
import { Clock } from '../src/common/clock';
import { seedDemoData } from '../src/demo/seed-demo-data';
import { DIGEST_QUEUE, DigestScheduler } from '../src/digests/digest-scheduler';
import { DigestsService } from '../src/digests/digests.service';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://fulcrum.example.org';
/** Wednesday 18 Nov 2026: the latest ended month is October, the latest ended week 9–15 Nov. */
const NOW = new Date('2026-11-18T12:00:00Z');

const SUBSCRIBE = `mutation ($input: UpdateDigestSubscriptionInput!) {
  updateDigestSubscription(input: $input) { enabled frequency email transport latestPeriod { from to label } } }`;
const SUBSCRIPTION = `{ digestSubscription { enabled frequency email transport latestPeriod { from to } } }`;
const LIST = `query ($take: Int) { digests(take: $take) { id frequency subject recipient transport sentAt period { from to label } } }`;
const OPEN = `query ($id: ID!) { digest(id: $id) { id subject text html } }`;
const PACK = `query ($input: ReviewPackInput!) { reviewPack(input: $input) {
  kpis { key label verdict drilldown { receivedFrom } } } }`;

interface Listed {
  id: string;
  frequency: string;
  subject: string;
  recipient: string;
  transport: string;
  sentAt: string;
  period: { from: string; to: string; label: string };
}

/** A real SMTP server on loopback that keeps what it receives, parsed. */
async function startSmtp(): Promise<{
  port: number;
  received: ParsedMail[];
  close(): Promise<void>;
}> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Waits for work another process does (a pg-boss worker); the jest timeout bounds it. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function signIn(api: TestApp, email: string, displayName: string): Promise<Caller> {
  const password = 'correct horse battery';
  await api.app.get(UsersService).create({ email, password, displayName, role: Role.MANAGER });
  const login = await api.graphql<{ login: { token: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { token } }',
    { input: { email, password } },
  );
  return { token: login.data!.login.token };
}

describe('review digests by SMTP, scheduled by pg-boss on two replicas', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let first: TestApp;
  let second: TestApp;
  let monthly: Caller;
  let weekly: Caller;

  const pending = async () => {
    const [{ count }] = await first.app
      .get(DataSource)
      .query<{ count: string }[]>(
        `SELECT count(*) FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
        [DIGEST_QUEUE],
      );
    return Number(count);
  };
  const digestRows = async () =>
    first.app
      .get(DataSource)
      .query<{ email: string; frequency: string; period_from: string }[]>(
        `SELECT u.email, d.frequency, to_char(d.period_from, 'YYYY-MM-DD') AS period_from FROM digests d JOIN users u ON u.id = d.user_id ORDER BY 1, 2, 3`,
      );

  beforeAll(async () => {
    smtp = await startSmtp();
    const config = {
      scheduler: true,
      publicUrl: PUBLIC_URL,
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        user: undefined,
        password: undefined,
        from: 'Fulcrum <digests@fulcrum.test>',
      },
    };
    first = await startTestApp({ config });
    second = await startTestApp({ shareDatabaseOf: first, config });
    for (const api of [first, second]) jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(NOW);
    await seedDemoData(first.app.get(DataSource), {
      items: 800,
      password: 'demo-password-1',
      replace: true,
      now: NOW,
      log: () => undefined,
    });
    monthly = await signIn(first, 'monthly.manager@test.example.org', 'Monthly Manager');
    weekly = await signIn(first, 'weekly.manager@test.example.org', 'Weekly Manager');
  }, 400_000);
  afterAll(async () => {
    await second.close();
    await first.close();
    await smtp.close();
  });

  it('keeps one schedule in PostgreSQL for both replicas', async () => {
    const schedules = await first.app
      .get(DataSource)
      .query<{ name: string; cron: string }[]>('SELECT name, cron FROM pgboss.schedule');
    expect(schedules).toEqual([{ name: DIGEST_QUEUE, cron: '5 * * * *' }]);
  });

  it("mails a new subscriber the month's digest: the review pack's headline figures, with links into the dashboard", async () => {
    const subscribed = await first.graphql<{ updateDigestSubscription: Record<string, unknown> }>(
      SUBSCRIBE,
      { input: { enabled: true, frequency: 'MONTHLY' } },
      monthly,
    );
    expect(subscribed.data!.updateDigestSubscription).toEqual({
      enabled: true,
      frequency: 'MONTHLY',
      email: 'monthly.manager@test.example.org',
      transport: 'SMTP',
      latestPeriod: { from: '2026-10-01', to: '2026-11-01', label: 'Oct 2026' },
    });
    // Subscribing asks the queue for a run; a pg-boss worker of either replica sends it.
    await until(async () => smtp.received.length === 1 && (await pending()) === 0);

    const mail = smtp.received[0];
    expect(mail.subject).toBe('Fulcrum monthly review digest: Oct 2026');
    expect(mail.to).toMatchObject({ text: 'monthly.manager@test.example.org' });
    expect(mail.from!.value).toEqual([{ address: 'digests@fulcrum.test', name: 'Fulcrum' }]);

    const pack = await first.graphql<{
      reviewPack: { kpis: { label: string; verdict: string; drilldown: object | null }[] };
    }>(PACK, { input: { from: '2026-10-01', to: '2026-11-01', comparison: 'PREVIOUS' } }, monthly);
    const kpis = pack.data!.reviewPack.kpis;
    expect(kpis.length).toBeGreaterThan(5);
    for (const kpi of kpis) expect(mail.text).toContain(`- ${kpi.verdict}`);

    const links = [...(mail.html || '').matchAll(/href="([^"]+)"/g)].map((match) =>
      match[1].replace(/&amp;/g, '&'),
    );
    expect(links.every((link) => link.startsWith(`${PUBLIC_URL}/`))).toBe(true);
    expect(links).toContain(`${PUBLIC_URL}/review?from=2026-10&to=2026-10`);
    const explorer = links.filter((link) => link.startsWith(`${PUBLIC_URL}/explorer?`));
    expect(explorer.length).toBeGreaterThanOrEqual(kpis.filter((kpi) => kpi.drilldown).length);
    const complaints = new URL(explorer.find((link) => link.includes('d.kinds=complaint'))!);
    expect(complaints.searchParams.get('d.receivedFrom')).toBe('2026-10-01');
    expect(complaints.searchParams.get('d.receivedTo')).toBe('2026-11-01');

    const listed = await first.graphql<{ digests: Listed[] }>(LIST, {}, monthly);
    expect(listed.data!.digests).toEqual([
      {
        id: expect.any(String),
        frequency: 'MONTHLY',
        subject: mail.subject,
        recipient: 'monthly.manager@test.example.org',
        transport: 'SMTP',
        // Stamped by the app's (injected) clock, not the database's.
        sentAt: NOW.toISOString(),
        period: { from: '2026-10-01', to: '2026-11-01', label: 'Oct 2026' },
      },
    ]);
    const opened = await second.graphql<{ digest: { text: string; html: string } }>(
      OPEN,
      { id: listed.data!.digests[0].id },
      monthly,
    );
    expect(opened.data!.digest.text.trim()).toBe(mail.text!.trim());
  });

  it('sends each due digest exactly once however many runs reach it on either replica', async () => {
    await second.graphql(SUBSCRIBE, { input: { enabled: true, frequency: 'WEEKLY' } }, weekly);
    // Runs at once: each replica's own run twice, and queued runs for the workers of both.
    const runs = await Promise.all([
      first.app.get(DigestsService).sendDue(),
      second.app.get(DigestsService).sendDue(),
      first.app.get(DigestsService).sendDue(),
      second.app.get(DigestsService).sendDue(),
      first.app.get(DigestScheduler).requestRun(),
      second.app.get(DigestScheduler).requestRun(),
    ]);
    await until(async () => (await pending()) === 0);

    expect(runs.slice(0, 4).map((run) => run!.failed)).toEqual([0, 0, 0, 0]);
    expect(smtp.received.map((mail) => mail.subject).sort()).toEqual([
      'Fulcrum monthly review digest: Oct 2026',
      'Fulcrum weekly review digest: 9 Nov – 15 Nov 2026',
    ]);
    expect(await digestRows()).toEqual([
      {
        email: 'monthly.manager@test.example.org',
        frequency: 'monthly',
        period_from: '2026-10-01',
      },
      { email: 'weekly.manager@test.example.org', frequency: 'weekly', period_from: '2026-11-09' },
    ]);
  });

  it('lets the injected clock decide what is due: a new week at Monday midnight, not before', async () => {
    const clock = jest.spyOn(first.app.get(Clock), 'now');
    clock.mockReturnValue(new Date('2026-11-22T23:59:59Z'));
    expect(await first.app.get(DigestsService).sendDue()).toEqual({
      sent: 0,
      alreadySent: 2,
      failed: 0,
    });
    clock.mockReturnValue(new Date('2026-11-23T00:00:00Z'));
    expect(await first.app.get(DigestsService).sendDue()).toEqual({
      sent: 1,
      alreadySent: 1,
      failed: 0,
    });
    expect(smtp.received.at(-1)!.subject).toBe(
      'Fulcrum weekly review digest: 16 Nov – 22 Nov 2026',
    );
    clock.mockReturnValue(NOW);
  });

  it("summarises the week that ended in a weekly mail, linking to that week's views and the actions due next", async () => {
    const created = await first.graphql<{ createImprovementAction: { id: string } }>(
      `mutation ($input: CreateActionInput!) { createImprovementAction(input: $input) { id } }`,
      {
        input: {
          title: 'Call back every refund complaint within a day',
          owner: 'Refunds lead',
          status: 'PLANNED',
          startedOn: '2026-12-02',
        },
      },
      weekly,
    );
    expect(created.errors).toBeUndefined();
    const clock = jest.spyOn(first.app.get(Clock), 'now');
    // Monday 30 Nov: the week 23–29 Nov ended; the coming week is 30 Nov – 6 Dec.
    clock.mockReturnValue(new Date('2026-11-30T00:05:00Z'));
    try {
      expect(await first.app.get(DigestsService).sendDue()).toMatchObject({ sent: 1, failed: 0 });
    } finally {
      clock.mockReturnValue(NOW);
    }
    const mail = smtp.received.at(-1)!;
    expect(mail.subject).toBe('Fulcrum weekly review digest: 23 Nov – 29 Nov 2026');
    expect(mail.text).toContain('Headline figures against 16 Nov – 22 Nov 2026.');

    const links = [...(mail.html || '').matchAll(/href="([^"]+)"/g)].map(
      (match) => new URL(match[1].replace(/&amp;/g, '&')),
    );
    // Every figure's items are the week's: received from Monday 23 Nov up to Monday 30 Nov.
    const explorer = links.filter((link) => link.pathname === '/explorer');
    const week = explorer.filter((link) => link.searchParams.has('d.receivedTo'));
    expect(week.length).toBeGreaterThan(3);
    for (const link of week) {
      expect(link.searchParams.get('d.receivedFrom')).toBe('2026-11-23');
      expect(link.searchParams.get('d.receivedTo')).toBe('2026-11-30');
    }
    expect(week.map((link) => link.searchParams.get('about'))).toContain(
      'Received 23 Nov – 29 Nov 2026',
    );
    const trends = links.find((link) => link.pathname === '/trends')!;
    expect(Object.fromEntries(trends.searchParams)).toEqual({
      from: '2026-09',
      to: '2026-11',
      every: 'week',
      metric: 'complaints',
    });
    expect(links.map((link) => link.href)).toContain(
      `${PUBLIC_URL}/review?from=2026-11&to=2026-11`,
    );

    expect(mail.text).toContain('ACTIONS DUE IN THE COMING WEEK (30 Nov – 6 Dec 2026)');
    expect(mail.text).toContain(
      `- Call back every refund complaint within a day (starts 2026-12-02, owner Refunds lead): ${PUBLIC_URL}/actions/${created.data!.createImprovementAction.id}`,
    );
  });

  it('shows a manager only their own digests, and refuses bad input naming the field', async () => {
    const theirs = await first.graphql<{ digests: Listed[] }>(LIST, {}, weekly);
    const other = await first.graphql(OPEN, { id: theirs.data!.digests[0].id }, monthly);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const tooMany = await first.graphql(LIST, { take: 101 }, monthly);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions?.fields?.[0].field).toBe('take');

    const analyst = await first.as(Role.PROCESS_OWNER);
    const refused = await first.graphql(SUBSCRIPTION, {}, analyst);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('review digests without an SMTP server', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ config: { publicUrl: PUBLIC_URL } });
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(NOW);
  });
  afterAll(() => api.close());

  it('puts the digest in the outbox: stored, listed for its reader, and written as an .eml file', async () => {
    const manager = await api.as(Role.MANAGER);
    const subscribed = await api.graphql<{ updateDigestSubscription: { transport: string } }>(
      SUBSCRIBE,
      { input: { enabled: true, frequency: 'MONTHLY' } },
      manager,
    );
    expect(subscribed.data!.updateDigestSubscription.transport).toBe('OUTBOX');
    expect(await api.app.get(DigestsService).sendDue()).toEqual({
      sent: 1,
      alreadySent: 0,
      failed: 0,
    });

    const listed = await api.graphql<{ digests: Listed[] }>(LIST, {}, manager);
    expect(listed.data!.digests.map((digest) => [digest.transport, digest.subject])).toEqual([
      ['OUTBOX', 'Fulcrum monthly review digest: Oct 2026'],
    ]);
    const [stored] = await api.app
      .get(DataSource)
      .query<{ eml_path: string; text: string }[]>('SELECT eml_path, text FROM mail_messages');
    expect(stored.eml_path.startsWith(api.config.mailOutboxDir)).toBe(true);
    const eml = await simpleParser(await readFile(stored.eml_path));
    expect(eml.subject).toBe('Fulcrum monthly review digest: Oct 2026');
    expect(eml.to).toMatchObject({ text: 'manager@test.example.org' });
    expect(eml.text!.trim()).toBe(stored.text.trim());
    expect(eml.html).toContain(`${PUBLIC_URL}/review?from=2026-10&amp;to=2026-10`);
  });
  it('takes over a claim that a dead run left unsent, but not one another run is sending', async () => {
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-01T01:00:00Z'));
    const db = api.app.get(DataSource);
    await db.query(
      `INSERT INTO digests (user_id, frequency, period_from, period_to)
       SELECT user_id, 'monthly', '2026-11-01', '2026-12-01' FROM digest_subscriptions`,
    );
    expect(await api.app.get(DigestsService).sendDue()).toEqual({
      sent: 0,
      alreadySent: 1,
      failed: 0,
    });
    await db.query(
      `UPDATE digests SET created_at = now() - interval '20 minutes' WHERE period_from = '2026-11-01'`,
    );
    expect(await api.app.get(DigestsService).sendDue()).toEqual({
      sent: 1,
      alreadySent: 0,
      failed: 0,
    });
    const [claim] = await db.query<{ sent: boolean }[]>(
      `SELECT mail_message_id IS NOT NULL AS sent FROM digests WHERE period_from = '2026-11-01'`,
    );
    expect(claim.sent).toBe(true);
  });
});
