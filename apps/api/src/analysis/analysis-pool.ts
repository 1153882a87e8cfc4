import { extname, join } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Analysis, Analyzer, Flag } from '@fulcrum/analysis';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { AnalyzerConfiguration } from './analyzer-configuration';
import type {
  AnalysisInput,
  AnalysisOutcome,
  AnalysisTask,
  AnalysisTaskResult,
} from './analysis-task';

// A single short text is analysed faster in-process (0.4 ms for 140 characters, 0.75 ms for 2,000)
// than through a thread (about 0.2 ms more per round trip), and blocks the loop for under a
// millisecond; anything larger goes to the pool (a 10,000-character text takes about 20 ms).
const IN_PROCESS_MAX_CHARACTERS = 2_000;
// Small chunks spread a batch over every thread and let other requests' texts in between.
const TEXTS_PER_TASK = 20;

/** The analyzer to use, with the JSON it was built from, so worker threads can build the same. */
export interface AnalyzerJob {
  version: string;
  configuration: AnalyzerConfiguration | undefined;
  analyzer: Analyzer;
}

/**
 * Runs analysis in worker threads (FULCRUM_ANALYSIS_WORKERS of them; 0 analyses in-process),
 * so a batch of long texts never holds the event loop: /health and other users keep answering.
 */
@Injectable()
export class AnalysisPool implements OnModuleDestroy {
  private pool: Piscina<AnalysisTask, AnalysisTaskResult> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'analysisWorkers'>) {}

  /** The analysis of each input, in order; a text that fails has an Error in its place. */
  async analyse(job: AnalyzerJob, inputs: readonly AnalysisInput[]): Promise<(Analysis | Error)[]> {
    const outcomes = await this.outcomes(job, inputs, false);
    return outcomes.map((outcome) =>
      'analysis' in outcome ? outcome.analysis : new Error(errorOf(outcome)),
    );
  }

  /** Only the warning signs and cues of each input (timeline replies), likewise. */
  async flags(job: AnalyzerJob, inputs: readonly AnalysisInput[]): Promise<(Flag[] | Error)[]> {
    const outcomes = await this.outcomes(job, inputs, true);
    return outcomes.map((outcome) =>
      'flags' in outcome ? outcome.flags : new Error(errorOf(outcome)),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  private async outcomes(
    job: AnalyzerJob,
    inputs: readonly AnalysisInput[],
    flagsOnly: boolean,
  ): Promise<AnalysisOutcome[]> {
    if (!this.usesPool(job, inputs))
      return inputs.map((input) => analyseInProcess(job, input, flagsOnly));
    const chunks: AnalysisInput[][] = [];
    for (let start = 0; start < inputs.length; start += TEXTS_PER_TASK)
      chunks.push(inputs.slice(start, start + TEXTS_PER_TASK));
    const results = await Promise.all(chunks.map((chunk) => this.runTask(job, chunk, flagsOnly)));
    return results.flat();
  }

  private usesPool(job: AnalyzerJob, inputs: readonly AnalysisInput[]): boolean {
    if (this.config.analysisWorkers === 0 || !job.configuration || inputs.length === 0)
      return false;
    return inputs.length > 1 || inputs[0].text.length > IN_PROCESS_MAX_CHARACTERS;
  }

  private async runTask(
    job: AnalyzerJob,
    inputs: AnalysisInput[],
    flagsOnly: boolean,
  ): Promise<AnalysisOutcome[]> {
    const pool = this.threads();
    const first = await pool.run({ version: job.version, inputs, flagsOnly });
    if ('outcomes' in first) return first.outcomes;
    // This thread has not built this configuration yet: send it once.
    const second = await pool.run({
      version: job.version,
      configuration: job.configuration,
      inputs,
      flagsOnly,
    });
    if ('outcomes' in second) return second.outcomes;
    throw new Error('The analysis worker refused its configuration');
  }

  // Threads start on first use: a replica that only reads never pays for them.
  private threads(): Piscina<AnalysisTask, AnalysisTaskResult> {
    const extension = extname(__filename);
    this.pool ??= new Piscina({
      filename: join(__dirname, `analysis.worker${extension}`),
      // From TypeScript sources (tests, development) the threads need a TypeScript loader.
      execArgv: extension === '.ts' ? ['--require', 'tsx/cjs'] : [],
      minThreads: 0,
      maxThreads: this.config.analysisWorkers,
      idleTimeout: 60_000,
    });
    return this.pool;
  }
}

function analyseInProcess(
  job: AnalyzerJob,
  { text, context }: AnalysisInput,
  flagsOnly: boolean,
): AnalysisOutcome {
  try {
    if (flagsOnly) return { flags: job.analyzer.flags(text, context) };
    return { analysis: job.analyzer.analyze(text, context) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const errorOf = (outcome: AnalysisOutcome) =>
  'error' in outcome ? outcome.error : 'The analysis returned another kind of result';
