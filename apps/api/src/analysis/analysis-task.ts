import type { Analysis, AnalysisContext, Flag } from '@fulcrum/analysis';
import type { AnalyzerConfiguration } from './analyzer-configuration';

/** One text to analyse, with what the analysis needs to know about it. */
export interface AnalysisInput {
  text: string;
  context: AnalysisContext;
}

/** A failure travels as its message: the item then gets a failed analysis, retried later. */
export type AnalysisOutcome = { analysis: Analysis } | { error: string };
/** Warning signs and cues only (Analyzer.flags), for staff-written timeline entries. */
export type FlagsOutcome = { flags: Flag[] } | { error: string };

/**
 * What a worker thread is asked: texts, and the configuration version to analyse them with. The
 * configuration itself (models can be megabytes) is sent only when the worker asks for it. A task
 * without texts only builds the analyzer (after a configuration change, off the API's loop).
 */
export interface AnalysisTask {
  version: string;
  configuration?: AnalyzerConfiguration;
  inputs: AnalysisInput[];
  flagsOnly?: boolean;
}

export type AnalysisTaskResult =
  | { outcomes: (AnalysisOutcome | FlagsOutcome)[]; modelVersion: string }
  | { needsConfiguration: true };
