import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO, SCREENSHOTS_DIR, signIn, signOut, test } from './support';

// `npm run screenshots`: a picture of every page into docs/screenshots/, through the real UI
// against the real API on demo data. Kept out of `npm test`; the journeys cover behaviour.
const OUT = SCREENSHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

test.use({ viewport: { width: 1440, height: 900 } });

test('every page, as people see it', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await shot(page, 'login');

  await signIn(page, DEMO.manager);
  await page.goto('/trends/volume');
  await expect(
    page.getByRole('heading', { name: 'Items received per month, by kind' }),
  ).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await shot(page, 'items-per-month');
  await signOut(page);

  await signIn(page, DEMO.staff);
  await page.goto('/forms/pulse');
  await expect(page.getByRole('form', { name: 'Staff feedback' })).toBeVisible();
  await shot(page, 'staff-feedback');
  const laptop = page.viewportSize()!;
  await page.setViewportSize({ width: 768, height: 1024 });
  await shot(page, 'staff-feedback-tablet');
  await page.setViewportSize(laptop);
  const pulse = page.getByRole('form', { name: 'Staff feedback' });
  await pulse.getByRole('radio', { name: 'Full' }).check();
  await pulse
    .getByLabel('What gets in the way of serving customers? (optional)')
    .fill('Refund approvals need two signatures.');
  await pulse.getByLabel('Send anonymously').check();
  await pulse.getByRole('button', { name: 'Send feedback' }).click();
  await expect(
    page.getByRole('heading', { name: 'Thank you — your feedback is recorded' }),
  ).toBeVisible();
  await shot(page, 'staff-feedback-confirmation');

  await page.goto('/forms/contact');
  await expect(page.getByRole('form', { name: 'Log a customer contact' })).toBeVisible();
  await shot(page, 'log-contact');
  await signOut(page);

  await page.goto('/feedback');
  const form = page.getByRole('form', { name: 'Send feedback' });
  await form.getByRole('radio', { name: 'Complaint' }).check();
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await shot(page, 'public-form-error');
  await form
    .getByLabel('Your message')
    .fill('The engineer did not come, and nobody called to say why.');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(
    page.getByRole('heading', { name: /Thank you — we have received your complaint/ }),
  ).toBeVisible();
  await shot(page, 'public-form-confirmation');
});

test('alerts: rules, webhooks, the delivery log and notifications, as a manager sees them', async ({
  page,
}) => {
  // A receiver on loopback: the ops hook fails once (the log shows the retry), Slack answers.
  const answers = new Map([['/ops', [500]]]);
  const receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.statusCode = answers.get(request.url ?? '')?.shift() ?? 200;
      response.end();
    });
  });
  await new Promise<void>((ready) => receiver.listen(0, '127.0.0.1', ready));
  const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  try {
    await signIn(page, DEMO.manager);
    const call = async (query: string, input: Record<string, unknown>) => {
      const response = await page.request.post('/graphql', {
        data: { query, variables: { input } },
      });
      const body = (await response.json()) as {
        data: Record<string, { id?: string; endpoint?: { id: string } }>;
      };
      return Object.values(body.data)[0];
    };
    const endpoint = `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;
    const rule = `mutation ($input: CreateAlertRuleInput!) { createAlertRule(input: $input) { id } }`;
    const ops = await call(endpoint, { name: 'Ops receiver', url: `${base}/ops`, format: 'JSON' });
    const slack = await call(endpoint, {
      name: 'Slack #service-review',
      url: `${base}/slack`,
      format: 'SLACK',
    });
    await call(rule, {
      name: 'Warning signs',
      kind: 'WARNING_SIGN',
      endpointIds: [slack.endpoint!.id],
    });
    await call(rule, {
      name: 'Backlog over 20',
      kind: 'BACKLOG',
      threshold: 20,
      emailTo: ['service-lead@example.org'],
      endpointIds: [ops.endpoint!.id, slack.endpoint!.id],
    });
    await call(rule, {
      name: 'Rising policies',
      kind: 'RISING',
      dimension: 'POLICY',
      windowDays: 14,
    });

    await page.goto('/alerts');
    await expect(page.getByRole('heading', { name: 'Alerts and webhooks' })).toBeVisible();
    await page.getByRole('button', { name: 'Check rules now' }).click();
    await expect(page.getByText(/rules checked/)).toBeVisible({ timeout: 60_000 });
    // The background worker sends within seconds; the first attempt at the ops hook fails.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(/HTTP 500 in/)).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByText(/^Loading/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Notifications: \d+ unread/ })).toBeVisible();
    await page.mouse.move(0, 0);
    await shot(page, 'alerts');
  } finally {
    await new Promise((done) => receiver.close(done));
  }
});

test('my items, as staff see them', async ({ page }) => {
  await signIn(page, DEMO.staff);
  // The demo staff member logged nothing yet: two contacts, one with the decision given.
  for (const [text, decision] of [
    ['Asked to pay the final bill in three parts; agreed two.', 'SOFT_NO'],
    ['Moving house next month and wants the meter read on the day.', ''],
  ]) {
    await page.goto('/forms/contact');
    const contact = page.getByRole('form', { name: 'Log a customer contact' });
    await contact.getByRole('radio', { name: 'Request' }).check();
    await contact.getByLabel('What did the customer say?').fill(text);
    if (decision) await contact.getByLabel(/What did you decide/).selectOption(decision);
    await contact.getByRole('button', { name: 'Log contact' }).click();
    await expect(page.getByRole('link', { name: /Open the item/ })).toBeVisible();
  }
  await page.goto('/my-items');
  await expect(page.getByRole('heading', { name: 'My items', level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await shot(page, 'my-items');
  await signOut(page);
});
