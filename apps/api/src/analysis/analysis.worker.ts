// Runs in the analysis worker threads (piscina): analysis is CPU-bound, and a batch of long texts
// must not stall the API's event loop; nor must building the analyzer when the configuration changes.
import type { Analyzer } from '@fulcrum/analysis';
import { analyzerFrom } from './analyzer-configuration';
import type { AnalysisTask, AnalysisTaskResult } from './analysis-task';

// The analyzer of the latest configuration this thread saw; rebuilt when the version changes.
let cached: { version: string; analyzer: Analyzer } | undefined;

export default function analyse(task: AnalysisTask): AnalysisTaskResult {
  if (cached?.version !== task.version) {
    if (!task.configuration) return { needsConfiguration: true };
    cached = { version: task.version, analyzer: analyzerFrom(task.configuration) };
  }
  const { analyzer } = cached;
  return {
    modelVersion: analyzer.modelVersion,
    outcomes: task.inputs.map(({ text, context }) => {
      try {
        return task.flagsOnly
          ? { flags: analyzer.flags(text, context) }
          : { analysis: analyzer.analyze(text, context) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    }),
  };
}
