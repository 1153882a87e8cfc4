import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { ResolvedConfig } from '../config/local-secrets';
import { DigestsService } from './digests.service';

export const DIGEST_QUEUE = 'review-digests';
/** Hourly at minute 5: a period's digests go out within the hour after it ends (UTC). */
export const DIGEST_CRON = '5 * * * *';

/**
 * The digests' schedule, kept by pg-boss in PostgreSQL (its own `pgboss` schema, created and
 * upgraded by pg-boss at start, outside our migrations). Every replica registers the same cron
 * and works the queue; pg-boss puts one job in the queue per cron slot and hands each job to one
 * worker, and the queue's `stately` policy keeps at most one run queued and one active. Which
 * digests are due is decided by DigestsService from the injected clock, never here.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly digests: DigestsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.scheduler) return;
    const boss = new PgBoss({
      connectionString: (this.dataSource.options as { url?: string }).url,
      schema: 'pgboss',
      max: 2,
      application_name: 'fulcrum-scheduler',
    });
    boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    await boss.createQueue(DIGEST_QUEUE, { name: DIGEST_QUEUE, policy: 'stately', retryLimit: 2 });
    await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, {}, { tz: 'UTC' });
    await boss.work(DIGEST_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
      const run = await this.digests.sendDue();
      if (run.sent || run.failed)
        this.logger.log(`Review digests: ${run.sent} sent, ${run.failed} failed`);
      return run;
    });
    this.boss = boss;
  }

  /** Runs the digests soon (a new subscriber gets the latest period's at once), on any replica. */
  async requestRun(): Promise<void> {
    await this.boss?.send(DIGEST_QUEUE, {});
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = null;
  }
}
