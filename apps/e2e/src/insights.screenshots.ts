import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO, SCREENSHOTS_DIR, signIn, test } from './support';

// The insight pages into docs/screenshots/ (review, trends, bottlenecks, policy friction, staff, emerging topics, forecast,
// attention, first contact, a drill-down in the Explorer and an action's measured effect), laptop
// and tablet, through the real UI against the real API on demo data:
// `npx playwright test -c apps/e2e/playwright.config.ts --project=screenshots insights`.
const OUT = SCREENSHOTS_DIR;
/** A tablet held upright: the width where wide tables must scroll inside their frames. */
const TABLET = { width: 768, height: 1024 };

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  // Focus rings and hover states are not part of the picture.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
}

/** Every chart of the page drawn (recharts draws after measuring its box). */
async function chartsDrawn(page: Page): Promise<void> {
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
}

test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });

test('the monthly review, on a laptop, a tablet and on paper', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await expect(page.getByRole('heading', { level: 1, name: /^Service review: / })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Headline figures, / })).toBeVisible();
  await chartsDrawn(page);
  await page
    .getByLabel(/^What was decided in the review of /)
    .fill(
      'Dana reviews the receipt rule with Billing & Refunds by the next review.\nRecruitment for Repairs & Installations stays the first priority.',
    );
  await expect(page.getByText(/^Saved at .* by /)).toBeVisible();
  await shot(page, 'review');

  // The print layout is one column, so every chart is measured and drawn again.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
  await page.waitForTimeout(1_000);
  await shot(page, 'review-print');
  await page.emulateMedia({ media: 'screen' });

  await page.setViewportSize(TABLET);
  await page.reload();
  await chartsDrawn(page);
  await shot(page, 'review-tablet', false);
});

test('trends, bottlenecks and staff, as a manager sees them', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto('/trends');
  await chartsDrawn(page);
  await shot(page, 'trends');

  await page.getByLabel('Split by').selectOption('TEAM');
  await expect(page.getByRole('heading', { name: 'Complaints by team' })).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'trends-by-team', false);

  await page.goto('/bottlenecks');
  await expect(page.getByRole('heading', { name: 'Where requests wait longest' })).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'bottlenecks');

  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: 'Load against capacity' })).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'staff');

  await page.setViewportSize(TABLET);
  await page.reload();
  await chartsDrawn(page);
  await shot(page, 'staff-tablet', false);

  await page.goto('/bottlenecks');
  await expect(page.getByRole('heading', { name: 'Where requests wait longest' })).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'bottlenecks-tablet', false);
});

test('policy friction, a hotspot opened, and an action opened from it', async ({ page }) => {
  await signIn(page, DEMO.processOwner);
  await page.goto('/policies');
  await page.getByRole('button', { name: 'Last 3 months' }).click();
  // Three months are named as a range ("Aug – Oct 2026"); the last month's table may still show.
  const hotspots = page.getByRole('table', { name: /^Policies ranked by friction, .+ – / });
  await expect(hotspots).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'policy-friction');

  await page.setViewportSize(TABLET);
  await page.waitForTimeout(300);
  // The heat map scrolls inside its card at this width: the picture shows it in place.
  await page.getByRole('heading', { name: 'Policy × team' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'policy-friction-tablet.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  await hotspots.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'The parts of its score' })).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'policy-hotspot', false);

  await page.setViewportSize(TABLET);
  await page.waitForTimeout(300);
  await shot(page, 'policy-hotspot-tablet', false);
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.getByRole('link', { name: 'Open an improvement action' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'New improvement action' }),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'from its friction hotspot' }),
  ).toBeVisible();
  await shot(page, 'action-from-hotspot', false);
});

test('the items behind a figure, and an action’s measured effect', async ({ page }) => {
  await signIn(page, DEMO.manager);
  const signs = page.getByRole('list', { name: 'Warning signs, most urgent first' });
  await signs.getByRole('link', { name: 'Show the items behind it' }).first().click();
  await expect(page.getByRole('list', { name: 'What these items are' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /newest first/ })
      .getByRole('row')
      .nth(1),
  ).toBeVisible();
  await shot(page, 'explorer-drilldown', false);

  await page.goto('/actions?status=done');
  await page.getByRole('link', { name: /Remove director approval/ }).click();
  await expect(page.getByRole('region', { name: 'Before and after' })).toBeVisible();
  // Which measures have enough items to compare depends on the demo's dates; one at least.
  await expect(page.getByRole('region', { name: /per item$|a week$/ }).first()).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'action-effect');
});

test('emerging topics, as a process owner sees them', async ({ page }) => {
  await signIn(page, DEMO.processOwner);
  await page.goto('/topics');
  await expect(page.getByRole('heading', { name: 'Emerging topics' })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await shot(page, 'emerging-topics');
});

test('the capacity forecast, as a manager sees it', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto('/forecast');
  await expect(page.getByRole('heading', { level: 1, name: 'Forecast' })).toBeVisible();
  await expect(page.getByRole('region', { name: /: arrivals a week$/ })).toBeVisible();
  await chartsDrawn(page);
  await shot(page, 'forecast');
});

test('the review digest, turned on and the latest one opened from the outbox', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto('/digests');
  await expect(page.getByRole('heading', { name: 'Review digest' })).toBeVisible();
  const enabled = page.getByLabel('Send me the review digest');
  if (!(await enabled.isChecked())) {
    await enabled.check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/^Saved\./)).toBeVisible();
  }
  // The scheduler's worker (pg-boss) sends the latest month's digest a few seconds later.
  const latest = page.getByRole('link', { name: /^Open the digest of / }).first();
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(latest).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await latest.click();
  const mail = page.frameLocator('.digest-viewer__frame');
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  // A full-page capture resizes the window, and the mail's frame may not repaint in time: make
  // the window tall enough instead, and check the mail is drawn in it.
  await page.setViewportSize({ width: 1440, height: 1500 });
  await expect(mail.getByRole('heading', { name: /review digest/ })).toBeVisible();
  await shot(page, 'digests', false);
});

test('what needs attention and the escalation path, as a manager sees them', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto('/attention');
  await expect(page.getByRole('heading', { level: 1, name: 'What needs attention' })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Open items now' })).toBeVisible();
  await shot(page, 'attention');
});

test('decisions at the first contact, as a process owner sees them', async ({ page }) => {
  await signIn(page, DEMO.processOwner);
  await page.goto('/first-contact');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Decided at the first contact' }),
  ).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Where decisions were given, / })).toBeVisible();
  await shot(page, 'first-contact');
});
