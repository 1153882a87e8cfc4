import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { E2E_NOW } from '../support/e2e-clock';

export { E2E_NOW };

/** Playwright's test, with the browser's clock running from E2E_NOW like the API's. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.install({ time: E2E_NOW });
    await use(context);
  },
});

/** The day `days` before E2E_NOW, as YYYY-MM-DD. */
export const dayBefore = (days: number): string =>
  new Date(Date.parse(E2E_NOW) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Where pages are photographed: docs/screenshots/ for `npm run screenshots`, which sets this;
 * a scratch folder when the same specs run as tests, so `npm test` leaves the checkout unchanged.
 */
export const SCREENSHOTS_DIR = resolve(
  process.env.FULCRUM_SCREENSHOTS_DIR ?? join(__dirname, '../../../tmp/screenshots'),
);

/** Demo users (tools/demo-data), all with the demo password. */
export const DEMO = {
  password: 'fulcrum-demo',
  manager: 'sam.okafor@example.org',
  processOwner: 'dana.whitfield@example.org',
  staff: 'aisha.khan@example.org',
  admin: 'alex.morgan@example.org',
};

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}
