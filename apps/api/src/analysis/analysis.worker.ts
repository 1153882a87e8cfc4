// Runs in the analysis worker threads (piscina): analysis is CPU-bound, and a batch of long texts
// must not stall the API's event loop.
import type { Analyzer } from '@fulcrum/analysis';
import { analyzerFrom } from './analyzer-configuration';
import type { AnalysisOutcome, AnalysisTask, AnalysisTaskResult } from './analysis-task';

// The analyzer of the latest configuration this thread saw; rebuilt when the version changes.
let cached: { version: string; analyzer: Analyzer } | undefined;

export default function analyse(task: AnalysisTask): AnalysisTaskResult {
  if (cached?.version !== task.version) {
    if (!task.configuration) return { needsConfiguration: true };
    cached = { version: task.version, analyzer: analyzerFrom(task.configuration) };
  }
  const analyzer = cached.analyzer;
  return {
    outcomes: task.inputs.map(({ text, context }): AnalysisOutcome => {
      try {
        if (task.flagsOnly) return { flags: analyzer.flags(text, context) };
        return { analysis: analyzer.analyze(text, context) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    }),
  };
}
