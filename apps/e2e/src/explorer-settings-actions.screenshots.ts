import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { dayBefore, DEMO, SCREENSHOTS_DIR, signIn, signOut, test } from './support';

// The Explorer, Settings and Actions pages into docs/screenshots/, through the real UI against
// the real API on demo data (`npx playwright test -c apps/e2e/playwright.config.ts --project
// screenshots explorer-settings-actions`).
const OUT = SCREENSHOTS_DIR;

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  // Focus rings and hover states are not part of the picture.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
}

// British dates in the date fields, as the product writes them.
test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });

test('the Explorer, as a manager sees it', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto(`/explorer?kind=complaint&from=${dayBefore(89)}&to=${dayBefore(0)}`);
  const table = page.getByRole('table', { name: /newest first/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await shot(page, 'explorer', false);

  await page.getByRole('button', { name: /^Signs and cues/ }).click();
  await expect(page.getByRole('group', { name: 'Signs and cues' })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'explorer-filter-menu.png') });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export [\d,]+ rows?$/ }).click();
  await download;
  await expect(page.getByText('Export ready')).toBeVisible();
  await shot(page, 'explorer-export', false);

  // An item with more than one kind of evidence: a policy named in a complaint.
  await page.goto('/explorer?kind=complaint&flag=policy_friction');
  await page
    .getByRole('table', { name: /newest first/ })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Complaint / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What the analysis found' })).toBeVisible();
  await shot(page, 'explorer-item');
});

test('the Explorer and an item on a tablet', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await signIn(page, DEMO.processOwner);
  await page.goto('/explorer?kind=complaint&channel=phone,email');
  await expect(
    page
      .getByRole('table', { name: /newest first/ })
      .getByRole('row')
      .nth(1),
  ).toBeVisible();
  await shot(page, 'explorer-tablet', false);
  await page
    .getByRole('table', { name: /newest first/ })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .click();
  await expect(page.getByRole('region', { name: 'What was said' })).toBeVisible();
  await shot(page, 'explorer-item-tablet', false);
});

test('Settings, as an administrator sees them', async ({ page }) => {
  // It trains a theme model and waits for it (below).
  test.setTimeout(240_000);
  await signIn(page, DEMO.admin);
  await page.goto('/settings/teams');
  await expect(page.getByRole('table', { name: 'Teams' })).toBeVisible();
  await shot(page, 'settings-teams');

  await page.goto('/settings/policies');
  await page.getByRole('button', { name: 'Edit Refunds need a receipt' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Refunds need a receipt' })).toBeVisible();
  await shot(page, 'settings-policy-edit', false);

  await page.goto('/settings/themes');
  await page.getByRole('button', { name: 'Edit Waiting times' }).click();
  await page.getByRole('textbox', { name: 'Keywords' }).fill('refund (full');
  await page.getByRole('button', { name: 'Add keyword' }).click();
  await page.getByRole('button', { name: 'Save theme' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot read the keyword “refund (full”');
  await shot(page, 'settings-theme-error', false);

  await page.goto('/settings/service-levels');
  await expect(page.getByRole('table', { name: /Service levels/ })).toBeVisible();
  await page
    .getByRole('button', { name: 'Change targets for complaints, urgent priority' })
    .click();
  await shot(page, 'settings-service-levels', false);

  await page.goto('/settings/users');
  await page.getByRole('button', { name: 'Edit Aisha Khan' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Aisha Khan' })).toBeVisible();
  await shot(page, 'settings-users', false);

  await page.goto('/settings/api-keys');
  await page.getByRole('button', { name: 'Create a key' }).click();
  await page.getByLabel('What is it for?').fill('Helpdesk nightly export');
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByText('Copy it now: it is shown only this once')).toBeVisible();
  await shot(page, 'settings-api-key-created', false);

  // Training a model (used at once) re-analyses history: its quality and the progress show.
  await page.goto('/settings/analysis');
  await page.getByRole('button', { name: 'Train a new theme model' }).click();
  // Training takes seconds on a quiet machine and much longer beside other work.
  await expect(page.getByText(/It is in use now/)).toBeVisible({ timeout: 120_000 });
  // Running, or already finished on a fast machine: either is the page as it is.
  await expect(
    page.getByText(/of [\d,]+ items|Nothing is running\. The last re-analysis/),
  ).toBeVisible({ timeout: 30_000 });
  await shot(page, 'settings-reanalysis');
  await signOut(page);
});

test('Actions, as a process owner sees them', async ({ page }) => {
  await signIn(page, DEMO.processOwner);
  await page.goto('/actions');
  await expect(page.getByRole('table', { name: 'Improvement actions' })).toBeVisible();
  await shot(page, 'actions');

  await page
    .getByRole('link', { name: 'Recruit three engineers for Repairs & Installations' })
    .click();
  await expect(page.getByRole('region', { name: 'Before and after' })).toBeVisible();
  await shot(page, 'action');

  await page.goto('/actions');
  await page.getByRole('link', { name: 'Review the original-receipt rule for refunds' }).click();
  await page.getByRole('button', { name: 'Edit action' }).click();
  await expect(page.getByRole('form', { name: 'Edit the action' })).toBeVisible();
  await shot(page, 'action-edit');
});
