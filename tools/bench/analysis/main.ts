import { sectionMarkdown, sectionText } from '../src/report';
import { benchAnalysis } from './analysis-bench';

// Runs the analysis benchmark alone: `tsx tools/bench/analysis/main.ts [--markdown]`.
benchAnalysis().then(
  (section) =>
    console.log(
      process.argv.includes('--markdown') ? sectionMarkdown(section) : sectionText(section),
    ),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
