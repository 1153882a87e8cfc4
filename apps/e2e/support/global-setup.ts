import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { E2E_NOW } from './e2e-clock';

const ROOT = resolve(__dirname, '../../..');

declare global {
  var fulcrumE2e: { api: ChildProcess; dataDir: string; log: WriteStream } | undefined;
}

/** The API's whole output, kept for reading after a failure; the teardown prints its errors. */
export const API_LOG = join(ROOT, 'tmp/e2e-api.log');

/**
 * Starts the built API (which serves the built dashboard) as a user's `npm start` would: its
 * own embedded PostgreSQL in a fresh folder, a small demo organisation, a free port.
 */
export default async function globalSetup(): Promise<void> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium not found at ${chromium}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'fulcrum-e2e-'));
  await mkdir(dirname(API_LOG), { recursive: true });
  const log = createWriteStream(API_LOG);
  const api = spawn(process.execPath, ['--enable-source-maps', 'dist/node/apps/api/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      FULCRUM_DATA_DIR: dataDir,
      FULCRUM_NOW: E2E_NOW,
      // At 5,000 the demo's laptop action had, at some start times, too few items either side
      // to measure; 10,000 measured its waits at every start time tried.
      FULCRUM_DEMO_ITEMS: process.env.E2E_DEMO_ITEMS ?? '10000',
      FULCRUM_DASHBOARD_DIR: join(ROOT, 'dist/apps/dashboard'),
      // The alerts screenshot's webhook receiver listens on loopback.
      FULCRUM_WEBHOOKS_ALLOW_PRIVATE: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Both streams write to one file, which the teardown closes once the API has exited.
  api.stdout?.pipe(log, { end: false });
  api.stderr?.pipe(log, { end: false });
  let output = '';
  process.env.E2E_BASE_URL = await new Promise<string>((ready, fail) => {
    api.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/localhost:\d+)/.exec(output);
      // The demo's items load in the background after the API answers: the tests need them all.
      if (match && output.includes('Demo data loaded in'))
        ready(match[1].replace('localhost', '127.0.0.1'));
    });
    api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.once('exit', (code) =>
      fail(new Error(`The API exited (${code}) before it was ready:\n${output}`)),
    );
  });
  globalThis.fulcrumE2e = { api, dataDir, log };
}
