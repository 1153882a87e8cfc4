import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnalysis } from '../analysis/analysis-bench';
import { benchInsights } from './insights';
import { benchIntake } from './intake';
import { benchSearch } from './search';
import { type BenchSection, sectionText, writeReport } from './report';

const REPORT = join(__dirname, '../../../docs/benchmarks.md');

const BENCHMARKS: Record<string, () => Promise<BenchSection | BenchSection[]>> = {
  intake: benchIntake,
  analysis: benchAnalysis,
  insights: benchInsights,
  search: benchSearch,
};

const INTRO = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`npm run bench -- --only intake` reruns one section). Each section',
  'says when and on what it was measured; figures come from one run on a shared machine, so',
  'compare rows within a table (same run) rather than across dates.',
];

const USAGE = `Usage: npm run bench [-- --only ${Object.keys(BENCHMARKS).join(',')}]

Runs the benchmarks, prints their tables and updates their sections in docs/benchmarks.md.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return console.log(USAGE);
  const names = values.only ? values.only.split(',') : Object.keys(BENCHMARKS);
  const unknown = names.filter((name) => !BENCHMARKS[name]);
  if (unknown.length)
    throw new Error(
      `Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`,
    );

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
  const date = new Date().toISOString().slice(0, 10);
  // On a shared machine the load decides the absolute figures: say what it was.
  const load = `load average ${loadavg()[0].toFixed(1)} at the start`;
  console.log(`Fulcrum benchmarks — ${date} — ${machine}\n`);
  const sections: BenchSection[] = [];
  for (const name of names) {
    for (const section of [await BENCHMARKS[name]()].flat()) {
      console.log(sectionText(section));
      sections.push(section);
    }
  }
  await writeReport(REPORT, INTRO, sections, `${date}, ${machine}, ${load}`);
  console.log(`Updated ${REPORT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
