import { expect, type Page } from '@playwright/test';
import { DEMO, signIn, signOut, test } from './support';

/** The Feedback count of the current month, read from the chart's accessible table. */
async function feedbackThisMonth(page: Page): Promise<number> {
  await page.goto('/trends/volume');
  const table = page.getByRole('table', { name: /Items received per month by kind/ });
  await table.waitFor({ state: 'attached' });
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((header) => header.trim() === 'Feedback');
  const row = table.getByRole('row').filter({ hasText: '(so far)' });
  const cell = row.getByRole('cell').nth(column - 1);
  return Number((await cell.textContent())?.replace(/[^\d]/g, ''));
}

test('a staff member sends feedback anonymously and the manager sees it counted in the chart', async ({
  page,
}) => {
  await signIn(page, DEMO.manager);
  const before = await feedbackThisMonth(page);
  await signOut(page);

  await signIn(page, DEMO.staff);
  await expect(page).toHaveURL(/\/forms\/pulse/);
  const form = page.getByRole('form', { name: 'Staff feedback' });
  await form.getByRole('radio', { name: 'Heavy' }).check();
  await form
    .getByLabel('What gets in the way of serving customers? (optional)')
    .fill('The refund approval form has to be signed twice, so customers wait a week.');
  await form.getByLabel('Send anonymously').check();
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await expect(
    page.getByRole('heading', { name: 'Thank you — your feedback is recorded' }),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.manager);
  await expect.poll(() => feedbackThisMonth(page)).toBe(before + 1);
});

test('a customer sends a complaint through the public form and gets a reference', async ({
  page,
}) => {
  await page.goto('/feedback');
  const form = page.getByRole('form', { name: 'Send feedback' });
  await form.getByRole('radio', { name: 'Complaint' }).check();
  await form
    .getByLabel('Your message')
    .fill('Nobody called back about my broken boiler, and it is freezing.');
  await form.getByLabel('Email or phone number (optional)').fill('jo@example.org');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(
    page.getByRole('heading', { name: /Thank you — we have received your complaint/ }),
  ).toBeVisible();
  await expect(page.getByText(/[0-9A-F]{8}/)).toBeVisible();
});

test('the public form explains what is missing instead of sending an empty message', async ({
  page,
}) => {
  await page.goto('/feedback');
  const form = page.getByRole('form', { name: 'Send feedback' });
  await form.getByRole('radio', { name: 'Feedback' }).check();
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Thank you/ })).toHaveCount(0);
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(DEMO.manager);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/incorrect/i);
});

test('staff cannot open the managers’ chart', async ({ page }) => {
  await signIn(page, DEMO.staff);
  await page.goto('/trends/volume');
  await expect(page.getByText(/not available to your role/i)).toBeVisible();
});
