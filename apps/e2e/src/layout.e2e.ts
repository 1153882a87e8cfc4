import { expect, type Page } from '@playwright/test';
import { DEMO, signIn, test } from './support';

// Responsive layout on the demo: a tablet never scrolls a page sideways (wide tables and the
// heat map scroll inside their own frame), the navigation is never cut, and on a laptop the
// half-width anonymous pulse table fits its card.

const PAGES = [
  { name: 'Policy friction', path: '/policies' },
  { name: 'Bottlenecks', path: '/bottlenecks' },
  { name: 'Staff', path: '/staff' },
  { name: 'Staff pulse', path: '/forms/pulse' },
  { name: 'Review', path: '/review' },
  { name: 'Emerging topics', path: '/topics' },
];

/** The page's content in place: no loading state left, its heading shown. */
async function loaded(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
}

/** How far an element's content reaches past its box, in pixels (0 when it fits). */
const overflow = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const element = document.querySelector(sel);
    return element ? element.scrollWidth - element.clientWidth : null;
  }, selector);

test.describe('on a tablet (768 px wide)', () => {
  test.use({ viewport: { width: 768, height: 1024 }, locale: 'en-GB' });

  test('no page scrolls sideways, and the navigation shows every entry', async ({ page }) => {
    await signIn(page, DEMO.manager);
    const sideways: string[] = [];
    for (const { name, path } of PAGES) {
      await page.goto(path);
      await loaded(page);
      const [document, navigation] = [await overflow(page, 'html'), await overflow(page, 'nav')];
      if (document !== 0) sideways.push(`${name}: the page is ${document} px too wide`);
      if (navigation !== 0) sideways.push(`${name}: the navigation is cut by ${navigation} px`);
    }
    expect(sideways).toEqual([]);
    // Every entry of the navigation is within the screen.
    const entries = page.getByRole('navigation', { name: 'Main' }).getByRole('listitem');
    for (const entry of await entries.all()) {
      const box = (await entry.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(768);
    }
  });

  test('the heat map scrolls inside its card', async ({ page }) => {
    await signIn(page, DEMO.processOwner);
    await page.goto('/policies');
    await loaded(page);
    const frame = page.locator('.heat-frame');
    await expect(frame).toBeVisible();
    const card = (await page.locator('section.card', { has: frame }).boundingBox())!;
    const box = (await frame.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
    expect(await overflow(page, '.heat-frame')).toBeGreaterThan(0);
  });
});

test.describe('on a laptop (1440 px wide)', () => {
  test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });

  test('the anonymous pulse table fits its card', async ({ page }) => {
    await signIn(page, DEMO.manager);
    await page.goto('/staff');
    await loaded(page);
    const table = page.getByRole('table', { name: /^Anonymous pulse entries per month and group/ });
    await expect(table).toBeVisible();
    const frame = page.locator('.table-frame', { has: table });
    const fits = await frame.evaluate((element) => element.scrollWidth <= element.clientWidth);
    expect(fits).toBe(true);
  });
});
