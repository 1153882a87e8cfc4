import { expect } from '@playwright/test';
import { DEMO, signIn, signOut, test } from './support';

test('the session lives only in an HttpOnly cookie, the pages run under their CSP, and sign-out ends the session at the API', async ({
  page,
  baseURL,
}) => {
  // Chromium reports every blocked script, style or connection on the console.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });

  await signIn(page, DEMO.manager);
  await page.goto('/trends/volume');
  await expect(
    page.getByRole('table', { name: /Items received per month by kind/ }),
  ).toBeAttached();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  const session = (await page.context().cookies()).find(
    (cookie) => cookie.name === 'fulcrum_session',
  );
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  // Nothing a script on the page can reach holds the token.
  const readable = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
  );
  expect(readable).not.toContain(session!.value);

  await signOut(page);
  // The old cookie, replayed as an attacker who copied it would, no longer opens anything.
  const replay = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `fulcrum_session=${session!.value}` },
    body: JSON.stringify({ query: '{ viewer { role } }' }),
  });
  const body = (await replay.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

  expect(violations).toEqual([]);
});
