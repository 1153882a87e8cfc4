import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../src/auth/role.enum';
import { CREATE_TEAM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

// Each helpdesk's sample export (apps/api/test/fixtures/helpdesk) is imported with nothing but
// --system: no mapping, no defaults. Every file has a duplicate ticket, a group Fulcrum has no
// team for, empty satisfaction cells and one row that cannot be read.
const IMPORT = `mutation ($input: ImportItemsCsvInput!) {
  importItemsCsv(input: $input) {
    rowsRead imported alreadyImported rejected
    errors { line column rule message }
    warnings { line column rule message }
  }
}`;
const ITEMS = `{ items(first: 100) { nodes {
  externalSource externalId kind source status priority channel satisfaction customerRef text
  receivedAt resolvedAt closedAt team { name }
} } }`;

interface StoredItem {
  externalSource: string;
  externalId: string;
  kind: string;
  source: string;
  status: string;
  priority: string;
  channel: string;
  satisfaction: number | null;
  customerRef: string | null;
  text: string;
  receivedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  team: { name: string } | null;
}

const sample = (name: string) => readFileSync(join(__dirname, 'fixtures/helpdesk', name), 'utf8');
const unknownTeam = (line: number, column: string, name: string) => ({
  line,
  column,
  rule: 'exists',
  message: `"${name}" is not a known team; stored without a team`,
});

describe('importing helpdesk exports', () => {
  let api: TestApp;
  let integrator: Caller;

  beforeAll(async () => {
    api = await startTestApp();
    const manager = await api.as(Role.MANAGER);
    integrator = await api.as(Role.INTEGRATOR);
    for (const name of ['Billing', 'Support'])
      await api.graphql(CREATE_TEAM, { input: { name, staffCount: 4 } }, manager);
  });
  afterAll(() => api.close());

  async function importSample(system: string, file: string) {
    const response = await api.graphql<{ importItemsCsv: Record<string, unknown> }>(
      IMPORT,
      { input: { system, csv: sample(file) } },
      integrator,
    );
    expect(response.errors).toBeUndefined();
    const items = await api.graphql<{ items: { nodes: StoredItem[] } }>(ITEMS, {}, integrator);
    const stored = new Map(
      items
        .data!.items.nodes.filter((item) => item.externalSource === system)
        .map((item) => [item.externalId, item]),
    );
    return { report: response.data!.importItemsCsv, stored };
  }

  it('Zendesk: good/bad satisfaction, Via channels, ticket types, and defaults for the rest', async () => {
    const { report, stored } = await importSample('zendesk', 'zendesk-tickets.csv');
    expect(report).toEqual({
      rowsRead: 10,
      imported: 8,
      alreadyImported: 1,
      rejected: 1,
      errors: [
        {
          line: 12,
          column: 'Created at',
          rule: 'isDateTime',
          message:
            '"02/04/2026 10:00" is not a date and time (use ISO 8601, e.g. 2026-03-02T09:30:00Z)',
        },
      ],
      warnings: [unknownTeam(8, 'Group', 'Tier 3 Escalations')],
    });
    expect(stored.get('4101')).toMatchObject({
      kind: 'COMPLAINT',
      source: 'EXTERNAL_CUSTOMER',
      status: 'RESOLVED',
      priority: 'HIGH',
      channel: 'EMAIL',
      satisfaction: 5,
      team: { name: 'Billing' },
      receivedAt: '2026-02-02T09:14:00.000Z',
      resolvedAt: '2026-02-03T16:40:00.000Z',
      text: 'I was charged twice for order 5521.\nPlease refund one of the two payments.',
    });
    expect(stored.get('4101')!.customerRef).toMatch(/^\S+$/);
    expect(stored.get('4101')!.customerRef).not.toContain('jane');
    expect(stored.get('4102')).toMatchObject({
      kind: 'REQUEST',
      status: 'CLOSED',
      channel: 'WEB_FORM',
      satisfaction: 1,
    });
    expect(stored.get('4103')).toMatchObject({
      kind: 'REQUEST',
      status: 'IN_PROGRESS',
      priority: 'URGENT',
      channel: 'PHONE',
      satisfaction: null,
      resolvedAt: null,
      team: { name: 'Support' },
    });
    expect(stored.get('4103')!.text).toContain('[PHONE]');
    expect(stored.get('4103')!.text).not.toContain('7700');
    expect(stored.get('4104')).toMatchObject({
      status: 'WAITING_ON_CUSTOMER',
      channel: 'CHAT',
      satisfaction: null,
    });
    expect(stored.get('4105')).toMatchObject({
      kind: 'REQUEST',
      status: 'WAITING_INTERNAL',
      satisfaction: null,
      team: null,
    });
    expect(stored.get('4106')).toMatchObject({ channel: 'CHAT', satisfaction: 5 });
    expect(stored.get('4108')).toMatchObject({
      kind: 'COMPLAINT',
      channel: 'SOCIAL',
      satisfaction: 1,
      text: 'Your agent told me to "read the FAQ" and closed the chat.\n\nNot acceptable.',
    });
    expect(stored.get('4109')).toMatchObject({
      kind: 'REQUEST',
      status: 'NEW',
      channel: 'PHONE',
      customerRef: null,
      team: null,
    });
    expect(stored.has('4107')).toBe(false);
  });

  it('imports nothing twice when the same export is imported again', async () => {
    const { report } = await importSample('zendesk', 'zendesk-tickets.csv');
    expect(report).toMatchObject({ imported: 0, alreadyImported: 9, rejected: 1 });
  });

  it('Freshdesk: sources, types, the seven-point satisfaction survey and Medium priority', async () => {
    const { report, stored } = await importSample('freshdesk', 'freshdesk-tickets.csv');
    expect(report).toEqual({
      rowsRead: 9,
      imported: 7,
      alreadyImported: 1,
      rejected: 1,
      errors: [
        {
          line: 10,
          column: 'Priority',
          rule: 'isEnum',
          message: '"Very urgent" is not a priority; use one of low, normal, high, urgent',
        },
      ],
      warnings: [unknownTeam(6, 'Group', 'Returns Desk')],
    });
    expect(stored.get('8801')).toMatchObject({
      kind: 'COMPLAINT',
      status: 'RESOLVED',
      priority: 'NORMAL',
      channel: 'EMAIL',
      satisfaction: 5,
      team: { name: 'Billing' },
      receivedAt: '2026-02-10T09:15:42.000Z',
      resolvedAt: '2026-02-11T10:00:00.000Z',
    });
    expect(stored.get('8802')).toMatchObject({
      kind: 'REQUEST',
      status: 'CLOSED',
      channel: 'WEB_FORM',
      satisfaction: 3,
      closedAt: '2026-02-12T13:00:00.000Z',
    });
    expect(stored.get('8803')).toMatchObject({
      kind: 'FEEDBACK',
      status: 'IN_PROGRESS',
      channel: 'WEB_FORM',
      satisfaction: null,
    });
    expect(stored.get('8804')).toMatchObject({
      status: 'WAITING_INTERNAL',
      channel: 'PHONE',
      team: null,
    });
    expect(stored.get('8804')!.text).not.toContain('0612345678');
    expect(stored.get('8805')).toMatchObject({
      status: 'WAITING_ON_CUSTOMER',
      priority: 'URGENT',
      channel: 'CHAT',
    });
    expect(stored.get('8806')).toMatchObject({ kind: 'REQUEST', channel: 'CHAT', satisfaction: 1 });
    expect(stored.get('8808')).toMatchObject({
      channel: 'EMAIL',
      satisfaction: 5,
      text: 'Great help with the migration,\nthank you all!',
    });
  });

  it("Jira Service Management: issue types, Jira's dates, 1-5 ratings and the portal as the channel", async () => {
    const { report, stored } = await importSample('jsm', 'jsm-requests.csv');
    expect(report).toEqual({
      rowsRead: 9,
      imported: 7,
      alreadyImported: 1,
      rejected: 1,
      errors: [
        {
          line: 12,
          column: 'Satisfaction rating',
          rule: expect.any(String),
          message: 'must be a whole number from 1 to 5',
        },
      ],
      warnings: [unknownTeam(5, 'Team', 'Network Ops')],
    });
    expect(stored.get('ITS-301')).toMatchObject({
      kind: 'COMPLAINT',
      status: 'RESOLVED',
      priority: 'HIGH',
      channel: 'WEB_FORM',
      satisfaction: 4,
      team: { name: 'Support' },
      receivedAt: '2026-02-10T09:15:00.000Z',
      resolvedAt: '2026-02-10T14:40:00.000Z',
      text: 'My laptop shows a black screen after the update.\nTried restarting twice.',
    });
    expect(stored.get('ITS-302')).toMatchObject({
      kind: 'REQUEST',
      status: 'IN_PROGRESS',
      priority: 'NORMAL',
      satisfaction: null,
    });
    expect(stored.get('ITS-303')).toMatchObject({
      status: 'WAITING_ON_CUSTOMER',
      priority: 'URGENT',
      team: null,
    });
    expect(stored.get('ITS-304')).toMatchObject({ status: 'CLOSED', satisfaction: 2 });
    expect(stored.get('ITS-305')).toMatchObject({
      kind: 'FEEDBACK',
      status: 'CLOSED',
      priority: 'LOW',
      team: null,
    });
    expect(stored.get('ITS-308')).toMatchObject({
      status: 'CLOSED',
      satisfaction: 5,
      receivedAt: '2026-02-15T12:00:00.000Z',
    });
    // The Reporter column is a name; the account id is the customer reference.
    expect(stored.get('ITS-301')!.customerRef).toBe('5b10ac8d82e05b22cc7d4ef5');
  });

  it('Zammad: states, numbered priorities, the title as the text and no customer names', async () => {
    const { report, stored } = await importSample('zammad', 'zammad-tickets.csv');
    expect(report).toEqual({
      rowsRead: 8,
      imported: 6,
      alreadyImported: 1,
      rejected: 1,
      errors: [
        {
          line: 8,
          column: 'State',
          rule: 'isEnum',
          message: expect.stringContaining('"removed" is not a status'),
        },
      ],
      warnings: [unknownTeam(5, 'Group', 'Hotline')],
    });
    expect(stored.get('31001')).toMatchObject({
      kind: 'REQUEST',
      status: 'CLOSED',
      priority: 'NORMAL',
      channel: 'EMAIL',
      satisfaction: null,
      customerRef: null,
      team: { name: 'Support' },
      receivedAt: '2026-02-16T08:15:00.000Z',
      closedAt: '2026-02-17T12:00:00.000Z',
      text: 'Parcel damaged, need replacement',
    });
    expect(stored.get('31002')).toMatchObject({ status: 'IN_PROGRESS', priority: 'LOW' });
    expect(stored.get('31003')).toMatchObject({
      status: 'WAITING_INTERNAL',
      team: { name: 'Billing' },
    });
    expect(stored.get('31004')).toMatchObject({ status: 'NEW', priority: 'HIGH', team: null });
    expect(stored.get('31005')).toMatchObject({
      status: 'WAITING_ON_CUSTOMER',
      text: 'Invoice says "paid" but money was taken again',
    });
    expect(stored.get('31007')).toMatchObject({ status: 'CLOSED' });
  });

  it('Help Scout: Type is the channel, mailboxes are teams, great/okay/not good ratings', async () => {
    const { report, stored } = await importSample('help-scout', 'helpscout-conversations.csv');
    expect(report).toEqual({
      rowsRead: 8,
      imported: 6,
      alreadyImported: 1,
      rejected: 1,
      errors: [
        {
          line: 8,
          column: 'Status',
          rule: 'isEnum',
          message: expect.stringContaining('"Spam" is not a status'),
        },
      ],
      warnings: [unknownTeam(5, 'Mailbox', 'Sales')],
    });
    expect(stored.get('2210345')).toMatchObject({
      kind: 'REQUEST',
      status: 'CLOSED',
      channel: 'EMAIL',
      satisfaction: 5,
      team: { name: 'Support' },
      receivedAt: '2026-02-18T09:12:44.000Z',
      closedAt: '2026-02-18T10:02:10.000Z',
      text: "Can't find my order confirmation",
    });
    expect(stored.get('2210345')!.customerRef).not.toContain('@');
    expect(stored.get('2210346')).toMatchObject({
      status: 'IN_PROGRESS',
      team: { name: 'Billing' },
      satisfaction: null,
    });
    expect(stored.get('2210347')).toMatchObject({ channel: 'CHAT', satisfaction: 3 });
    expect(stored.get('2210348')).toMatchObject({
      status: 'WAITING_ON_CUSTOMER',
      team: null,
      text: '"Cancel my subscription" – third time asking',
    });
    expect(stored.get('2210349')).toMatchObject({ channel: 'PHONE', satisfaction: 1 });
  });
});
