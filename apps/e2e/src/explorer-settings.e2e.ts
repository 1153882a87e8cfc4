import { expect } from '@playwright/test';
import { dayBefore, DEMO, signIn, test } from './support';

test('a manager corrects an item’s theme in the Explorer and the correction is kept', async ({
  page,
}) => {
  await signIn(page, DEMO.manager);
  await page.goto('/explorer?kind=complaint');
  const results = page.getByRole('table', { name: /newest first/ });
  await expect(results.getByRole('row').nth(1)).toBeVisible();

  // Keyboard all the way: into the list, down one row, open it.
  await results.getByRole('row').nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/explorer\/items\/[0-9a-f-]+\?kind=complaint$/);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Complaint [0-9A-F]{8}$/ }),
  ).toBeVisible();

  const card = page.getByRole('region', { name: 'Correct the themes' });
  const billing = card.getByRole('checkbox', { name: /Billing errors/ });
  await expect(billing).toBeVisible();
  // Whatever the analysis found, the item is about billing errors and nothing else.
  const ticked = card.getByRole('checkbox', { checked: true });
  while ((await ticked.count()) > 0) await ticked.first().uncheck();
  await billing.check();
  await card.getByRole('button', { name: 'Save themes' }).click();
  await expect(card.getByText('Themes corrected')).toBeVisible();
  await expect(card.getByText(/Saved: Billing errors\./)).toBeVisible();

  // Kept: after a reload the item says so, and the list shows it too.
  await page.reload();
  const analysis = page.getByRole('region', { name: 'What the analysis found' });
  await expect(analysis.getByRole('link', { name: 'Billing errors' })).toBeVisible();
  await expect(analysis.getByText('Set by a person')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Correct the themes' })
      .getByRole('checkbox', { name: /Billing errors/ }),
  ).toBeChecked();

  await page.getByRole('link', { name: /Back to the items/ }).click();
  await expect(page).toHaveURL(/\/explorer\?kind=complaint$/);
  await expect(
    page
      .getByRole('table', { name: /newest first/ })
      .getByRole('row')
      .nth(2)
      .getByText('Billing errors (set by a person)'),
  ).toBeAttached();
});

test('an admin creates an API key and sees its secret once', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/settings\/teams$/);
  await page
    .getByRole('navigation', { name: 'Settings' })
    .getByRole('link', { name: 'API keys' })
    .click();
  await page.getByRole('button', { name: 'Create a key' }).click();
  await page.getByLabel('What is it for?').fill('Helpdesk nightly export (e2e)');
  await page.getByRole('button', { name: 'Create key' }).click();

  await expect(page.getByText('Copy it now: it is shown only this once')).toBeVisible();
  const secret = await page.getByLabel('The key').inputValue();
  expect(secret).toMatch(/^fk_[A-Za-z0-9_-]{20,}$/);
  await expect(page.getByRole('button', { name: 'Copy the key' })).toBeVisible();
  const row = page.getByRole('row', { name: /Helpdesk nightly export \(e2e\)/ });
  await expect(row).toContainText(`${secret.slice(0, 11)}…`);

  await page.getByRole('button', { name: 'I have stored the key' }).click();
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.reload();
  await expect(row).toContainText('Active');
  await expect(page.locator(`text=${secret}`)).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
});

test('a manager follows an Explorer link with filters in the URL and gets the filtered list', async ({
  page,
}) => {
  await signIn(page, DEMO.manager);
  await page.goto('/explorer');
  const heading = page.getByRole('heading', { level: 2, name: /^[\d,]+ items?/ });
  await expect(heading).toBeVisible();
  const all = Number((await heading.textContent())?.replace(/[^\d]/g, ''));

  // A link another page would build: complaints by phone in the last year.
  const from = dayBefore(364);
  const to = dayBefore(0);
  await page.goto(`/explorer?kind=complaint&channel=phone&from=${from}&to=${to}`);
  const matching = page.getByRole('heading', { level: 2, name: /items? match/ });
  await expect(matching).toBeVisible();
  const filtered = Number((await matching.textContent())?.replace(/[^\d]/g, ''));
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);

  await expect(page.getByRole('button', { name: /^Kind\s*: Complaint/ })).toBeVisible();
  for (const chip of ['Kind: Complaint', 'Channel: Phone'])
    await expect(page.getByRole('button', { name: `Remove filter ${chip}` })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove filter Received / })).toBeVisible();

  const rows = page.getByRole('table', { name: /newest first/ }).getByRole('row');
  const count = await rows.count();
  for (let index = 1; index < count; index += 1) {
    await expect(rows.nth(index).getByRole('cell').nth(1)).toHaveText('Complaint');
  }

  // Removing one filter widens the list and the URL says so.
  await page.getByRole('button', { name: 'Remove filter Channel: Phone' }).click();
  await expect(page).toHaveURL(/\/explorer\?kind=complaint&from=/);
  await expect
    .poll(async () => Number((await matching.textContent())?.replace(/[^\d]/g, '')))
    .toBeGreaterThan(filtered);
});
