import { Client } from 'pg';
import { Role } from '../src/auth/role.enum';
import { AggregatesService } from '../src/insights/aggregates/aggregates.service';
import { CREATE_POLICY, CREATE_TEAM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const IMPORT = `mutation ($input: ImportItemsCsvInput!) {
  importItemsCsv(input: $input) { rowsRead imported alreadyImported rejected errors { line column message } warnings { line column message } }
}`;

const EXPORT = [
  'Ticket ID,Created at,Type,Channel,Group,Subject and description,Priority,CSAT,Solved at',
  'ZD-1,2026-02-01 09:15,Complaint,e-mail,Billing,"Charged twice for one order, please refund",High,2,2026-02-02 10:00',
  'ZD-2,2026-02-01T10:00:00Z,question,web,Billing,"Where do I find my invoice?',
  'It is not in my account.",,,',
  'ZD-3,2026-02-31 10:00,Complaint,phone,Billing,Your new receipt rule is absurd,,,',
  'ZD-4,2026-02-02 11:00,Rant,phone,Billing,Something,,,',
  'ZD-5,2026-02-02 12:00,Request,phone,Warehouse,Where is my parcel?,,,',
  'ZD-6,2026-02-03 08:00,Compliment,chat,Billing,,,,',
  'ZD-7,2026-02-03 09:00,Feedback,chat,Billing,Great chat support,,7,',
].join('\n');

async function withDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('CSV import', () => {
  let api: TestApp;
  let integrator: Caller;

  beforeAll(async () => {
    api = await startTestApp();
    const manager = await api.as(Role.MANAGER);
    integrator = await api.as(Role.INTEGRATOR);
    await api.graphql(CREATE_TEAM, { input: { name: 'Billing', staffCount: 5 } }, manager);
    await api.graphql(CREATE_POLICY, { input: { name: 'Refunds need a receipt' } }, manager);
  });
  afterAll(() => api.close());

  const importCsv = (input: Record<string, unknown>) =>
    api.graphql<{ importItemsCsv: Record<string, unknown> }>(
      IMPORT,
      { input: { system: 'zendesk', defaults: { source: 'EXTERNAL_CUSTOMER' }, ...input } },
      integrator,
    );

  it('imports the valid rows, reports each rejected row by line and column, and maps common headers', async () => {
    const response = await importCsv({ csv: EXPORT });
    expect(response.errors).toBeUndefined();
    expect(response.data!.importItemsCsv).toEqual({
      rowsRead: 7,
      imported: 3,
      alreadyImported: 0,
      rejected: 4,
      errors: [
        {
          line: 5,
          column: 'Created at',
          message:
            '"2026-02-31 10:00" is not a date and time (use ISO 8601, e.g. 2026-03-02T09:30:00Z)',
        },
        {
          line: 6,
          column: 'Type',
          message: '"Rant" is not a kind; use one of request, complaint, feedback, compliment',
        },
        { line: 8, column: 'Subject and description', message: 'is required' },
        { line: 9, column: 'CSAT', message: 'must be a whole number from 1 to 5' },
      ],
      warnings: [
        {
          line: 7,
          column: 'Group',
          message: '"Warehouse" is not a known team; stored without a team',
        },
      ],
    });
    const items = await api.graphql<{
      items: {
        nodes: {
          externalId: string;
          kind: string;
          channel: string;
          priority: string;
          status: string;
          satisfaction: number;
          text: string;
        }[];
      };
    }>(
      '{ items(first: 10) { nodes { externalId kind channel priority status satisfaction text } } }',
      {},
      integrator,
    );
    expect(items.data!.items.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          externalId: 'ZD-1',
          kind: 'COMPLAINT',
          channel: 'EMAIL',
          priority: 'HIGH',
          status: 'RESOLVED',
          satisfaction: 2,
        }),
        expect.objectContaining({
          externalId: 'ZD-2',
          kind: 'REQUEST',
          channel: 'WEB_FORM',
          text: 'Where do I find my invoice?\nIt is not in my account.',
        }),
      ]),
    );
  });

  it('imports nothing twice when the same file is imported again', async () => {
    const response = await importCsv({ csv: EXPORT });
    expect(response.data!.importItemsCsv).toMatchObject({
      rowsRead: 7,
      imported: 0,
      alreadyImported: 3,
      rejected: 4,
    });
  });

  it('numbers lines from the original file when a part of it is sent', async () => {
    const part = [
      'Ticket ID,Created at,Type,Channel,Description',
      'P-1,2026-02-01 09:00,Complaint,fax,Hello',
    ].join('\n');
    const response = await importCsv({ csv: part, headerLine: 1001 });
    expect(response.data!.importItemsCsv).toMatchObject({
      errors: [
        {
          line: 1002,
          column: 'Channel',
          message: expect.stringContaining('"fax" is not a channel'),
        },
      ],
    });
  });

  it('numbers lines right after blank lines and quoted fields that span lines', async () => {
    const csv = [
      'Ticket ID,Created at,Type,Channel,Description',
      'B-1,2026-02-01 09:00,Complaint,email,"two',
      'lines"',
      '',
      'B-2,2026-02-01 09:00,Complaint,pigeon,Hello',
    ].join('\n');
    const response = await importCsv({ csv });
    expect(response.data!.importItemsCsv).toMatchObject({
      errors: [{ line: 5, column: 'Channel' }],
    });
  });

  it('uses an explicit column mapping and defaults for missing columns', async () => {
    const csv = ['Nr;Wann;Text'.replace(/;/g, ','), 'M-1,2026-02-04 10:00,Die Rechnung fehlt'].join(
      '\n',
    );
    const response = await importCsv({
      csv,
      mapping: { externalId: 'Nr', receivedAt: 'Wann', text: 'Text' },
      defaults: { kind: 'REQUEST', channel: 'LETTER', source: 'INTERNAL_CUSTOMER' },
    });
    expect(response.data!.importItemsCsv).toMatchObject({ imported: 1, rejected: 0 });
  });

  it('rejects rows that claim to be staff reports, since an API key cannot send one', async () => {
    const csv = [
      'Nr,Wann,Text,Source',
      'S-1,2026-02-05 10:00,The rota is impossible,staff',
      'S-2,2026-02-05 11:00,My order is late,external_customer',
    ].join('\n');
    const response = await importCsv({
      csv,
      mapping: { externalId: 'Nr', receivedAt: 'Wann', text: 'Text', source: 'Source' },
      defaults: { kind: 'FEEDBACK', channel: 'WEB_FORM' },
    });
    expect(response.data!.importItemsCsv).toMatchObject({
      imported: 1,
      rejected: 1,
      errors: [{ line: 2, column: 'Source', message: expect.stringContaining('API key') }],
    });
  });

  it('refuses the whole file when a required column is missing or a mapped column does not exist', async () => {
    const noText = await importCsv({ csv: 'Ticket ID,Created at\nX-1,2026-02-01 09:00' });
    expect(noText.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'mapping.text', rule: 'required' }),
    ]);
    const wrongName = await importCsv({ csv: EXPORT, mapping: { text: 'Body' } });
    expect(wrongName.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'mapping.text', rule: 'columnExists' }),
    ]);
  });

  it('stores each row by the bulk path exactly as sent, with its analysis, and counts it in the insight figures', async () => {
    // Backslashes, tabs and line breaks are COPY's own separators: they must arrive unchanged.
    const text = 'Refund\\pending\there\nsince "Monday"; your staff said it is my fault';
    const csv = [
      'Ticket ID,Created at,Type,Channel,Group,Subject and description',
      `BULK-1,2026-03-02T09:00:00Z,Complaint,e-mail,Billing,"${text.replace(/"/g, '""')}"`,
      'BULK-2,2026-03-02T10:00:00Z,Question,web,Billing,Where is my invoice?',
    ].join('\n');
    const response = await importCsv({ csv });
    expect(response.data!.importItemsCsv).toMatchObject({ imported: 2, rejected: 0 });
    await api.app.get(AggregatesService).refresh();
    const rows = await withDatabase(api.databaseUrl, (client) =>
      client.query<{ external_id: string; text: string; status: string; facts: boolean }>(
        `SELECT i.external_id, i.text, a.status,
                EXISTS (SELECT 1 FROM insight_item_facts f WHERE f.item_id = i.id) AS facts
         FROM items i JOIN item_analyses a ON a.item_id = i.id
         WHERE i.external_id LIKE 'BULK-%' ORDER BY i.external_id`,
      ),
    );
    expect(rows.rows).toEqual([
      { external_id: 'BULK-1', text, status: 'done', facts: true },
      { external_id: 'BULK-2', text: 'Where is my invoice?', status: 'done', facts: true },
    ]);
    const again = await importCsv({ csv });
    expect(again.data!.importItemsCsv).toMatchObject({ imported: 0, alreadyImported: 2 });
  });

  it('refuses text that is not CSV, naming the problem', async () => {
    const response = await importCsv({ csv: 'a,"b\n1,2' });
    expect(response.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'csv', rule: 'csvSyntax' }),
    ]);
  });
});
