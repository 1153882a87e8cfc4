import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { logUnexpected } from '../common/unexpected-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type AnalysableItem, analyseItems } from './analyse-texts';
import type { AnalysisJob } from './analysis-job.entity';
import { AnalyzerService } from './analyzer.service';

const BATCH_SIZE = 500;
/** A running job whose worker has not shown life for this long is taken over. */
const LEASE_SECONDS = 60;
/** Failed analyses are retried with growing pauses, up to this many attempts. */
const MAX_ATTEMPTS = 5;

const CLAIM_JOB = `
  UPDATE analysis_jobs SET status = 'running', leased_by = $1, heartbeat_at = now(),
         started_at = coalesce(started_at, now())
   WHERE id = (SELECT id FROM analysis_jobs
                WHERE status = 'queued'
                   OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => ${LEASE_SECONDS}))
                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
  RETURNING id, total, processed, cursor`;

/**
 * Works through re-analysis jobs and retries failed analyses, in the background of every API
 * instance. Each batch's results, the job's cursor and its count commit together, so a job
 * survives a restart without losing or double-counting items, and several instances can share
 * the work (a job is leased; a stale lease is taken over).
 */
@Injectable()
export class ReanalysisWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReanalysisWorker.name);
  private readonly workerId = `worker-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly analyzers: AnalyzerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalMs > 0) {
      this.timer = setInterval(() => void this.tick(), this.config.workerIntervalMs);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One round of work; resolves when there is nothing left to do right now. */
  tick(): Promise<void> {
    this.running ??= this.work()
      .catch((error: unknown) => logUnexpected(error, 'Re-analysis failed'))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async work(): Promise<void> {
    await this.retryFailed();
    for (let job = await this.claim(); job && !this.stopping; job = await this.claim()) {
      await this.runJob(job);
    }
  }

  private async claim(): Promise<
    Pick<AnalysisJob, 'id' | 'total' | 'processed' | 'cursor'> | undefined
  > {
    const [rows] = await this.dataSource.query<[AnalysisJob[], number]>(CLAIM_JOB, [this.workerId]);
    return rows[0];
  }

  private async runJob(
    job: Pick<AnalysisJob, 'id' | 'total' | 'processed' | 'cursor'>,
  ): Promise<void> {
    if (job.total === 0) {
      await this.dataSource.query(
        'UPDATE analysis_jobs SET total = (SELECT count(*) FROM items) WHERE id = $1',
        [job.id],
      );
    }
    let cursor = job.cursor;
    while (!this.stopping) {
      const built = await this.analyzers.get();
      const next = await this.dataSource.transaction(async (manager) => {
        const items = await manager.query<AnalysableItem[]>(
          `SELECT id, text, kind, source FROM items WHERE ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT ${BATCH_SIZE}`,
          [cursor],
        );
        if (items.length === 0) return null;
        await analyseItems(manager, built, items, { replace: true });
        const last = items[items.length - 1].id;
        await this.advance(manager, job.id, last, items.length);
        return last;
      });
      if (next === null) break;
      cursor = next;
    }
    if (!this.stopping) {
      await this.dataSource.query(
        `UPDATE analysis_jobs SET status = 'done', finished_at = now(), leased_by = NULL WHERE id = $1 AND leased_by = $2`,
        [job.id, this.workerId],
      );
      this.logger.log(`Re-analysis ${job.id} finished`);
    }
  }

  /** Moves the cursor in the batch's transaction; a lost lease rolls the batch back. */
  private async advance(
    manager: EntityManager,
    jobId: string,
    cursor: string,
    count: number,
  ): Promise<void> {
    const [, affected] = await manager.query<[unknown, number]>(
      `UPDATE analysis_jobs SET cursor = $3, processed = processed + $4, heartbeat_at = now()
        WHERE id = $1 AND leased_by = $2 AND status = 'running'`,
      [jobId, this.workerId, cursor, count],
    );
    if (affected === 0) throw new Error(`Re-analysis ${jobId} was cancelled or taken over`);
  }

  private async retryFailed(): Promise<void> {
    const built = await this.analyzers.get();
    await this.dataSource.transaction(async (manager) => {
      const items = await manager.query<AnalysableItem[]>(
        `SELECT i.id, i.text, i.kind, i.source FROM item_analyses a JOIN items i ON i.id = a.item_id
          WHERE a.status = 'failed' AND a.attempts < ${MAX_ATTEMPTS}
            AND a.analysed_at < now() - make_interval(mins => a.attempts)
          ORDER BY a.analysed_at LIMIT ${BATCH_SIZE} FOR UPDATE OF a SKIP LOCKED`,
      );
      await analyseItems(manager, built, items, { replace: true });
    });
  }
}
