import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';
import { DEMO, test } from './support';

const run = promisify(execFile);
const FULCRUM = resolve(__dirname, '../../../bin/fulcrum.js');

async function graphql<T>(
  baseURL: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data: T }).data;
}

const EXPORT = [
  'Ticket ID,Created at,Type,Channel,Group,Description',
  ...Array.from(
    { length: 2_500 },
    (_, index) =>
      `ZD-${index},2026-02-01 09:${String(index % 60).padStart(2, '0')},Complaint,email,Billing & Refunds,"Refund ${index} still not paid"`,
  ),
  'ZD-BAD,2026-02-31 10:00,Complaint,email,Billing & Refunds,Impossible date',
].join('\n');

test('the fulcrum CLI imports a helpdesk export, reports rejected rows by line, and imports nothing twice', async ({
  baseURL,
}) => {
  const { login } = await graphql<{ login: { token: string } }>(
    baseURL!,
    `mutation { login(input: { email: "${DEMO.admin}", password: "${DEMO.password}" }) { token } }`,
  );
  const { createApiKey } = await graphql<{ createApiKey: { secret: string } }>(
    baseURL!,
    'mutation { createApiKey(input: { name: "e2e helpdesk import" }) { secret } }',
    { authorization: `Bearer ${login.token}` },
  );
  const folder = await mkdtemp(join(tmpdir(), 'fulcrum-import-'));
  const file = join(folder, 'export.csv');
  await writeFile(file, EXPORT);
  const args = [
    FULCRUM,
    'import',
    '--in',
    file,
    '--system',
    'zendesk',
    '--url',
    baseURL!,
    '--api-key',
    createApiKey.secret,
    '--default',
    'source=external_customer',
  ];

  const first = await run(process.execPath, args).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  expect(first.stdout).toContain('2,501 rows');
  expect(first.stdout).toContain('2,500 imported');
  expect(first.stdout).toContain('line 2502, column "Created at"');
  expect(first.stderr).toMatch(/rows \(\d+%\)/);

  const again = await run(process.execPath, args).catch((error: { stdout: string }) => error);
  expect(again.stdout).toContain('0 imported, 2,500 imported before, 1 rejected');
});
