import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Request } from 'playwright-core';
import type { BenchSection } from './report';
import { formatNumber, percentile } from './stats';

// Debian's Chromium with the flags of apps/e2e/playwright.config.ts: no downloaded browser, off
// the network, quiet.
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
};

/** The eight headline tiles of the review, each showing a number: the page has its data. */
const TILES = 8;

export interface ReviewPageBenchOptions {
  /** Where the dashboard is served, e.g. http://127.0.0.1:3000 (the API serves it). */
  url: string;
  email: string;
  password: string;
  /** Loads with an empty browser cache (default 5) and with the scripts cached (default 10). */
  coldRuns?: number;
  warmRuns?: number;
  /** The review's period as YYYY-MM (default: the last whole month, the page's own default). */
  month?: string;
}

interface Sample {
  /** Navigation start to the tiles showing numbers, in ms. */
  data: number;
  /** Of which: the review pack request, from sent to answered, in ms. */
  query: number | null;
}

/**
 * The review page's navigation-to-data time in Chromium: from the start of navigation until its
 * KPI tiles show numbers, over cold loads (browser cache cleared, so every script is fetched)
 * and warm loads (scripts cached, the review's data fetched again), median and p95.
 */
export async function benchReviewPage(options: ReviewPageBenchOptions): Promise<BenchSection> {
  const coldRuns = options.coldRuns ?? 5;
  const warmRuns = options.warmRuns ?? 10;
  const base = options.url.replace(/\/$/, '');
  const month = options.month ?? lastWholeMonth(new Date());
  const target = `${base}/review?from=${month}&to=${month}`;
  const profile = await mkdtemp(join(tmpdir(), 'fulcrum-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn(page, base, options.email, options.password);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // One load first: the server's caches and the database's buffers warm up as they would
    // after the first review of the day; it is not counted.
    await load(page, target);

    const cold: Sample[] = [];
    for (let run = 0; run < coldRuns; run += 1) {
      await cdp.send('Network.clearBrowserCache');
      cold.push(await load(page, target));
    }
    const warm: Sample[] = [];
    for (let run = 0; run < warmRuns; run += 1) warm.push(await load(page, target));

    const row = (name: string, samples: Sample[], pick: (sample: Sample) => number | null) => {
      const values = samples.map(pick).filter((value): value is number => value !== null);
      return [
        name,
        formatNumber(values.length),
        `${formatNumber(percentile(values, 50))} ms`,
        `${formatNumber(percentile(values, 95))} ms`,
      ];
    };
    return {
      title: 'Review page in the browser',
      method: `Debian's Chromium (headless, via playwright-core, a fresh profile) signed in as ${options.email}, opening ${month}'s review (${target.replace(base, '')}) by full navigation; time from navigation start until all ${TILES} headline tiles show numbers. Cold loads clear the browser cache first (every script and style is fetched); warm loads keep it. One unmeasured load first. The review pack request is timed from the browser (sent to answered) on the same loads.`,
      columns: ['measure', 'loads', 'p50', 'p95'],
      rows: [
        row('Navigation to data, cold (empty browser cache)', cold, (sample) => sample.data),
        row('Navigation to data, warm (scripts cached)', warm, (sample) => sample.data),
        row('of which the review pack request, cold', cold, (sample) => sample.query),
        row('of which the review pack request, warm', warm, (sample) => sample.query),
      ],
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30_000 });
}

/** One full navigation to the review, timed in the page's own clock (0 = navigation start). */
async function load(page: Page, target: string): Promise<Sample> {
  const timing: { sent: number | null; answered: number | null } = { sent: null, answered: null };
  const isPack = (request: Request) =>
    request.method() === 'POST' && (request.postData() ?? '').includes('query ReviewPack');
  const onRequest = (request: Request) => {
    if (isPack(request)) timing.sent = performance.now();
  };
  const onFinished = (request: Request) => {
    if (isPack(request)) timing.answered = performance.now();
  };
  const context = page.context();
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  try {
    await page.goto(target, { waitUntil: 'commit' });
    const data = await page.waitForFunction(
      (tiles) => {
        // Runs in the page; this tool's own types know no DOM.
        const page = globalThis as unknown as {
          document: {
            querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
          };
          performance: { now(): number };
        };
        const values = Array.from(
          page.document.querySelectorAll('[data-testid="kpi-tile"] .kpi-tile__value'),
        );
        const ready =
          values.length >= tiles && values.every((value) => /\d/.test(value.textContent ?? ''));
        return ready ? page.performance.now() : null;
      },
      TILES,
      { polling: 'raf', timeout: 60_000 },
    );
    const ms = Number(await data.jsonValue());
    const query =
      timing.sent !== null && timing.answered !== null ? timing.answered - timing.sent : null;
    return { data: ms, query };
  } finally {
    context.off('request', onRequest);
    context.off('requestfinished', onFinished);
  }
}

function lastWholeMonth(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}
