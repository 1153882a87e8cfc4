// Screenshots of every dashboard page, driven through the real UI against a running API that
// serves the built dashboard (or Vite's dev server): sign-in, both staff forms with their
// confirmations, the public form with its errors and confirmation, and the volume chart.
//
//   BASE=http://localhost:3000 node apps/dashboard/tools/screenshots.mjs
//
// Defaults sign in as the demo organisation's people (password "fulcrum-demo"); override with
// STAFF_EMAIL, MANAGER_EMAIL and PASSWORD. Pictures go to OUT (apps/dashboard/screenshots-wip).
// It stores what a person would: one staff pulse, one logged contact, one public message.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.env.BASE ?? 'http://localhost:3000';
const out = process.env.OUT ?? join(dirname(fileURLToPath(import.meta.url)), '../screenshots-wip');
const staffEmail = process.env.STAFF_EMAIL ?? 'aisha.khan@example.org';
const managerEmail = process.env.MANAGER_EMAIL ?? 'sam.okafor@example.org';
const password = process.env.PASSWORD ?? 'fulcrum-demo';

mkdirSync(out, { recursive: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'fulcrum-shots-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1440, height: 900 },
});
const page = await context.newPage();
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
});

async function shot(name, fullPage = true) {
  // A full-page capture of a scrolled page would paint the sticky header mid-page.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.log(`  ${name}.png`);
}

async function signIn(email, secret) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

let failed = false;
try {
  await page.goto(`${base}/login`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await shot('01-login');
  await signIn(staffEmail, 'not-the-password');
  await page.getByRole('alert').filter({ hasText: 'incorrect' }).waitFor();
  await shot('02-login-wrong-password');

  await signIn(staffEmail, password);
  await page.waitForURL('**/forms/pulse');
  await page.getByLabel('Your team').waitFor();
  await shot('03-staff-feedback');
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await shot('04-staff-feedback-errors');
  await page.getByRole('radio', { name: 'Heavy' }).check();
  await page
    .getByLabel('What gets in the way of serving customers?')
    .fill(
      'Refunds need a scanned receipt before I can even look at the order, and half the callers have lost it.',
    );
  await page
    .getByLabel('What do customers ask for that we don’t offer?')
    .fill('Weekend phone lines.');
  await page.getByLabel('Send anonymously').check();
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await page.getByRole('heading', { name: /your feedback is recorded/ }).waitFor();
  await shot('05-staff-feedback-confirmation');

  await page.getByRole('link', { name: 'Log a customer contact' }).click();
  await page.getByLabel('Policy it concerns').waitFor();
  await page.getByRole('radio', { name: 'Complaint' }).check();
  await page
    .getByLabel('What did the customer say?')
    .fill('Customer phoned: the refund was refused because the receipt was emailed, not printed.');
  await page.getByLabel('Customer reference').fill('ORD-55812');
  await shot('06-log-contact');
  await page.getByRole('button', { name: 'Log contact' }).click();
  await page.getByRole('heading', { name: 'Contact logged' }).waitFor();
  await shot('07-log-contact-confirmation');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL('**/login');

  await page.goto(`${base}/feedback`);
  await page.getByRole('heading', { name: /Tell us/ }).waitFor();
  await shot('08-public-form');
  await page.getByRole('radio', { name: 'Complaint' }).check();
  await page.getByLabel('Your message').fill('x'.repeat(10_050));
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await shot('09-public-form-error');
  await page
    .getByLabel('Your message')
    .fill('The bus stop outside the library has had no timetable for three weeks.');
  await page.getByLabel('Email or phone number').fill('reader@example.com');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: /we have received your complaint/ }).waitFor();
  await shot('10-public-form-confirmation');

  await signIn(managerEmail, password);
  await page.waitForURL('**/trends/volume');
  await page
    .getByRole('table', { name: /Items received per month by kind/ })
    .waitFor({ state: 'attached' });
  await shot('11-items-per-month');
  await page.getByRole('button', { name: 'Show the numbers' }).click();
  await shot('12-items-per-month-table');
  await page.getByRole('button', { name: 'Hide the numbers' }).click();
  await page.getByRole('button', { name: 'Last 12 months' }).click();
  await page.waitForURL(/from=/);
  await page
    .getByRole('table', { name: /Items received per month by kind/ })
    .waitFor({ state: 'attached' });
  await page.locator('.recharts-bar-rectangle').nth(30).hover();
  await page.locator('.chart-tooltip').waitFor();
  await shot('13-items-per-month-tooltip', false);
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.waitForTimeout(300);
  await shot('14-items-per-month-tablet');
  await page.goto(`${base}/trends/volume?from=2017-01&to=2017-06`);
  await page.getByText(/No items were received/).waitFor();
  await shot('15-items-per-month-empty');
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${base}/feedback`);
  await page.getByRole('heading', { name: /Tell us/ }).waitFor();
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // first choice
  await page.keyboard.press('ArrowRight');
  await page.getByRole('radio', { name: 'Complaint' }).and(page.locator(':checked')).waitFor();
  await shot('16-public-form-keyboard-focus', false);

  // The public form is rate limited. Blank messages count towards the limit but store nothing.
  await page.evaluate(async () => {
    const body = JSON.stringify({
      query:
        'mutation { submitCustomerFeedback(input: { kind: FEEDBACK, text: " " }) { reference } }',
    });
    for (let i = 0; i < 40; i += 1) {
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    }
  });
  await page
    .getByLabel('Your message')
    .fill('The library lift has been out of order since Monday.');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('alert').filter({ hasText: 'Please wait a moment' }).waitFor();
  await shot('17-public-form-rate-limited');
} catch (error) {
  failed = true;
  console.error(`Stopped: ${error instanceof Error ? error.message : String(error)}`);
  await page
    .screenshot({ path: join(out, 'zz-failure.png'), fullPage: true })
    .catch(() => undefined);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (problems.length > 0) console.error(`Browser reported:\n${problems.join('\n')}`);
process.exit(failed ? 1 : 0);
