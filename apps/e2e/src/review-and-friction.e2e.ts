import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { DEMO, E2E_NOW, signIn, signOut, test } from './support';

// The journeys of the monthly review (issue 5): a manager runs the review, a process owner acts
// on a policy hotspot, and a staff member's anonymous pulse counts without naming them.

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('a manager opens the review, follows a warning sign to its items and exports the pack', async ({
  page,
}) => {
  await signIn(page, DEMO.manager);
  // The review is the manager's home page, on the last whole month.
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Service review: / })).toBeVisible();
  const tiles = page.getByRole('region', { name: /^Headline figures, / });
  await expect(
    tiles.getByRole('link', { name: /^Complaints: [\d,]+\. Show the [\d,]+ complaints$/ }),
  ).toBeVisible();
  const period = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(
    'Service review: ',
    '',
  );

  // A warning sign with items behind it opens them in the Explorer, named and described.
  const signs = page.getByRole('list', { name: 'Warning signs, most urgent first' });
  const sign = signs
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Show the items behind it' }) })
    .first();
  const label = (await sign.getByRole('heading', { level: 3 }).textContent())!.trim();
  await sign.getByRole('link', { name: 'Show the items behind it' }).click();
  await expect(page).toHaveURL(/\/explorer\?about=.*&d\./);
  await expect(
    page.getByRole('heading', { level: 1, name: `Items: ${label}, ${period}` }),
  ).toBeVisible();
  const conditions = page.getByRole('list', { name: 'What these items are' });
  // A sign of the period names its days; neglected open items are a snapshot of now.
  await expect(conditions.getByRole('listitem').first()).toHaveText(
    /^(Received |Needs attention: )/,
  );
  await expect(
    page.getByRole('heading', { level: 2, name: /^[\d,]+ items? match$/ }),
  ).toBeVisible();
  await page.goBack();

  // Notes for the review, stored for the team; then the pack as Markdown and as CSV, both
  // carrying the notes.
  const decision = 'Decided: Dana reviews the receipt rule before the next review.';
  const notes = page.getByLabel(`What was decided in the review of ${period}`);
  await notes.fill(decision);
  await expect(
    page.getByRole('status').filter({ hasText: /^Saved at .* by Sam Okafor\.$/ }),
  ).toBeVisible();
  const markdown = await downloaded(page, () =>
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  );
  expect(markdown.name).toMatch(/^fulcrum-review-.*\.md$/);
  for (const section of [
    '# Service review',
    '## Headlines',
    '## Warning signs',
    '## Policy friction hotspots',
  ])
    expect(markdown.text).toContain(section);
  expect(markdown.text).toContain(
    `## Notes and decisions\n\n${decision}\n\n_Saved by Sam Okafor, `,
  );
  const csv = await downloaded(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
    'section,subject,measure,value,previous,change,state,note',
  );
  expect(csv.text).toContain(`notes,review,notes-and-decisions,,,,,${decision}`);

  // The review, its notes included, is the managers': a process owner is not offered it.
  await signOut(page);
  await signIn(page, DEMO.processOwner);
  await expect(page).toHaveURL(/\/policies$/);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }),
  ).toHaveCount(0);
  await page.goto('/review');
  await expect(page.getByText('This page is not available to your role')).toBeVisible();
});

test('a process owner opens a policy hotspot, reads its evidence and opens an action from it', async ({
  page,
}) => {
  // A customer complains about the receipt rule this month, giving a phone number to mask.
  const policy = 'Refunds need a receipt';
  await page.goto('/feedback');
  const complaint = page.getByRole('form', { name: 'Send feedback' });
  await complaint.getByRole('radio', { name: 'Complaint' }).check();
  await complaint
    .getByLabel('Your message')
    .fill(
      'Your receipt rule is appalling. I paid by card, you refused my refund and nobody helped. Terrible, I am furious. Call me on 07700 900985.',
    );
  await complaint.getByRole('button', { name: 'Send' }).click();
  await expect(
    page.getByRole('heading', { name: /Thank you — we have received your complaint/ }),
  ).toBeVisible();

  // Process owners start on the policy friction page.
  await signIn(page, DEMO.processOwner);
  await expect(page).toHaveURL(/\/policies$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rules that cause friction' }),
  ).toBeVisible();
  const hotspots = page.getByRole('table', { name: /^Policies ranked by friction, / });
  const lastMonth = (await hotspots.locator('caption').textContent())!;
  await page.getByRole('button', { name: 'This month so far' }).click();
  // Last month's table stays until this month's has loaded; its links would open last month.
  await expect(hotspots.locator('caption')).not.toHaveText(lastMonth);
  await hotspots.getByRole('link', { name: policy, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: policy })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'The parts of its score' })).toBeVisible();
  // The evidence: customers' own words, personal data masked.
  const quotes = page.getByRole('list', { name: `Quotes about “${policy}”, personal data masked` });
  await expect(quotes.getByRole('listitem').first()).toBeVisible();
  await expect(quotes).not.toContainText(/900985|@example\.(com|org)/);

  await page.getByRole('link', { name: 'Open an improvement action' }).click();
  await expect(page).toHaveURL(/\/actions\/new\?policy=[0-9a-f-]{36}$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'New improvement action' }),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'from its friction hotspot' }),
  ).toContainText(`“${policy}”`);
  await expect(page.getByLabel(/^Policy/)).toHaveValue(/[0-9a-f-]{36}/);
  await page
    .getByLabel('What is changing?')
    .fill(`Review “${policy}” with the teams it slows down`);
  await page.getByLabel('Owner').fill('Dana Whitfield');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText(/^Added “Review /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'The change' })).toContainText(policy);
});

test('a staff member’s anonymous pulse waits for its month to end, and names no one', async ({
  page,
}) => {
  // A made-up word, so the item is easy to find (digits could be masked as a phone number).
  const marker = `zq${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 8)}`;
  const words = `Approvals for goodwill refunds take three days, ${marker}.`;
  await signIn(page, DEMO.staff);
  const form = page.getByRole('form', { name: 'Staff feedback' });
  await form.getByRole('radio', { name: 'Overwhelming' }).check();
  await form.getByLabel('What gets in the way of serving customers? (optional)').fill(words);
  await form.getByLabel('Send anonymously').check();
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await expect(
    page.getByRole('heading', { name: 'Thank you — your feedback is recorded' }),
  ).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.manager);
  // The current month is not published until it has ended: a count that grew by one would say
  // that someone just answered, and what.
  const month = E2E_NOW.slice(0, 7);
  await page.goto(`/staff?from=${month}&to=${month}`);
  await expect(page.getByText(/No whole month of .+ has ended yet/)).toBeVisible();
  // Nowhere the manager looks names the author: not the staff page, not the item made from it.
  await expect(page.getByRole('main')).not.toContainText(/Aisha|aisha\.khan/);
  await page.goto(`/explorer?q=${marker}&source=staff`);
  const row = page
    .getByRole('table', { name: /newest first/ })
    .getByRole('row')
    .filter({ hasText: marker });
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(words.slice(0, 30));
  await expect(page.getByRole('main')).not.toContainText(/Aisha|aisha\.khan/);
});
