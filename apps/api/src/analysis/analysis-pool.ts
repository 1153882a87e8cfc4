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
  FlagsOutcome,
} from './analysis-task';

// Small chunks spread a batch over every thread and let other requests' texts in between.
const TEXTS_PER_TASK = 20;

/**
 * The analyzer to use: the JSON it is built from (worker threads build their own from it) and,
 * without worker threads, the analyzer built in-process.
 */
export interface AnalyzerJob {
  version: string;
  configuration: AnalyzerConfiguration | undefined;
  analyzer?: Analyzer;
}

/**
 * Runs analysis in worker threads (FULCRUM_ANALYSIS_WORKERS of them; 0 analyses in-process), so
 * neither a batch of long texts nor building the analyzer for a new configuration (hundreds of
 * milliseconds with trained models) holds the event loop: /health and other users keep answering.
 */
@Injectable()
export class AnalysisPool implements OnModuleDestroy {
  private pool: Piscina<AnalysisTask, AnalysisTaskResult> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'analysisWorkers'>) {}

  /** False when analysis runs in-process: the caller then builds the analyzer itself. */
  get threaded(): boolean {
    return this.config.analysisWorkers > 0;
  }

  /** Builds the job's analyzer in a worker thread and returns its model version. */
  async prepare(job: AnalyzerJob): Promise<string> {
    const result = await this.threads().run({
      version: job.version,
      configuration: job.configuration,
      inputs: [],
    });
    if ('modelVersion' in result) return result.modelVersion;
    throw new Error('The analysis worker refused its configuration');
  }

  /** The analysis of each input, in order; a text that fails has an Error in its place. */
  async analyse(job: AnalyzerJob, inputs: readonly AnalysisInput[]): Promise<(Analysis | Error)[]> {
    const { analyzer } = job;
    if (analyzer)
      return inputs.map((input) => inProcess(() => analyzer.analyze(input.text, input.context)));
    const outcomes = await this.inThreads(job, inputs, false);
    return outcomes.map((outcome) =>
      'analysis' in outcome ? outcome.analysis : new Error(errorOf(outcome)),
    );
  }

  /** The warning signs and cues of each input (Analyzer.flags), in order, or an Error. */
  async flags(job: AnalyzerJob, inputs: readonly AnalysisInput[]): Promise<(Flag[] | Error)[]> {
    const { analyzer } = job;
    if (analyzer)
      return inputs.map((input) => inProcess(() => analyzer.flags(input.text, input.context)));
    const outcomes = await this.inThreads(job, inputs, true);
    return outcomes.map((outcome) =>
      'flags' in outcome ? outcome.flags : new Error(errorOf(outcome)),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  private async inThreads(
    job: AnalyzerJob,
    inputs: readonly AnalysisInput[],
    flagsOnly: boolean,
  ): Promise<(AnalysisOutcome | FlagsOutcome)[]> {
    const chunks: AnalysisInput[][] = [];
    for (let start = 0; start < inputs.length; start += TEXTS_PER_TASK)
      chunks.push(inputs.slice(start, start + TEXTS_PER_TASK));
    const results = await Promise.all(chunks.map((chunk) => this.runTask(job, chunk, flagsOnly)));
    return results.flat();
  }

  private async runTask(
    job: AnalyzerJob,
    inputs: AnalysisInput[],
    flagsOnly: boolean,
  ): Promise<(AnalysisOutcome | FlagsOutcome)[]> {
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

const errorOf = (outcome: object) => ('error' in outcome ? String(outcome.error) : 'No result');

function inProcess<T>(run: () => T): T | Error {
  try {
    return run();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
