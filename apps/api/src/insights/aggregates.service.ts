import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** How often appended rollup deltas are merged. Queries are right either way; merged rows read faster. */
export const COMPACT_EVERY_MS = 60_000;
/** Any fixed number: replicas take turns through this advisory lock. */
const COMPACT_LOCK = 4_004_001;

/** Merges the rollups' appended deltas (insight_compact_rollups) and rebuilds the aggregates. */
export async function compactRollups(manager: EntityManager): Promise<number> {
  return manager.transaction(async (tx) => {
    const [{ locked }] = await tx.query<{ locked: boolean }[]>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [COMPACT_LOCK],
    );
    if (!locked) return 0;
    const [{ merged }] = await tx.query<{ merged: number }[]>(
      'SELECT insight_compact_rollups() AS merged',
    );
    return Number(merged);
  });
}

/** Recomputes every item's facts and both rollups from the source tables, in one transaction. */
export async function rebuildAggregates(manager: EntityManager): Promise<number> {
  const [{ items }] = await manager.query<{ items: number }[]>('SELECT insight_rebuild() AS items');
  await manager.query('ANALYZE insight_item_facts, insight_rollup, insight_rollup_weekly');
  return Number(items);
}

@Injectable()
export class AggregatesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AggregatesService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), COMPACT_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  compact(): Promise<number> {
    return compactRollups(this.dataSource.manager);
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.compact()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn(`Rollup compaction failed: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
  }
}
