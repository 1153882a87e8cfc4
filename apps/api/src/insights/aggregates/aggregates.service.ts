import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { logUnexpected } from '../../common/unexpected-errors';

/** How often the queue of changed items is looked at; the aggregates lag writes by about this. */
export const REFRESH_EVERY_MS = 250;
/** Items refreshed together: large enough to amortise the fact query, small enough to be brief. */
const REFRESH_BATCH = 5_000;
/** The largest batch when behind: each batch's fixed costs shrink per item as batches grow. */
const CATCH_UP_BATCH = 20_000;
/** How often appended rollup deltas are merged. Queries are right either way; merged rows read faster. */
export const COMPACT_EVERY_MS = 60_000;
/** Any fixed numbers: replicas take turns through these advisory locks. */
const COMPACT_LOCK = 4_004_001;
/** The one insight_refresh_queued() takes (the baseline migration). */
const REFRESH_LOCK = 4_004_002;

/**
 * Refreshes the facts and rollups of queued (changed) items, one batch; returns how many. Waits
 * for a refresh in flight elsewhere, so after it returns 0 the aggregates reflect every write
 * committed before the call.
 */
export async function refreshQueuedItems(
  manager: EntityManager,
  maxItems = REFRESH_BATCH,
): Promise<number> {
  const [{ refreshed }] = await manager.query<{ refreshed: number }[]>(
    'SELECT insight_refresh_queued($1) AS refreshed',
    [maxItems],
  );
  return Number(refreshed);
}

/**
 * Refreshes until the queue is empty: the aggregates reflect every write committed before. A full
 * batch means the queue is behind: the next one is twice as large, up to CATCH_UP_BATCH.
 */
export async function refreshAllQueuedItems(manager: EntityManager): Promise<number> {
  let total = 0;
  let size = REFRESH_BATCH;
  for (let batch = await refreshQueuedItems(manager, size); batch > 0;) {
    total += batch;
    size = batch >= size ? Math.min(size * 2, CATCH_UP_BATCH) : REFRESH_BATCH;
    batch = await refreshQueuedItems(manager, size);
  }
  return total;
}

/** Merges the rollups' appended deltas (insight_compact_rollups); one replica at a time. */
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

/**
 * Recomputes every item's facts and both rollups from the source tables, in one transaction.
 * Queued changes committed before it are part of the rebuild, so their queue rows go with it.
 */
export async function rebuildAggregates(manager: EntityManager): Promise<number> {
  const items = await manager.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK]);
    await tx.query('DELETE FROM insight_refresh_queue');
    const [{ items }] = await tx.query<{ items: number }[]>('SELECT insight_rebuild() AS items');
    return Number(items);
  });
  await manager.query('ANALYZE insight_item_facts, insight_rollup, insight_rollup_weekly');
  return items;
}

/**
 * Keeps the aggregates current in the background: refreshes queued items every
 * REFRESH_EVERY_MS (until the queue is drained) and merges rollup deltas every COMPACT_EVERY_MS.
 */
@Injectable()
export class AggregatesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    const every = (ms: number, job: () => Promise<unknown>, failure: string) => {
      const timer = setInterval(() => this.run(job, failure), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(REFRESH_EVERY_MS, () => this.refresh(), 'Refreshing the insight aggregates failed');
    every(COMPACT_EVERY_MS, () => this.compact(), 'Rollup compaction failed');
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.running;
  }

  /** Drains the queue of changed items (batch by batch; new writes may join meanwhile). */
  refresh(): Promise<number> {
    return refreshAllQueuedItems(this.dataSource.manager);
  }

  compact(): Promise<number> {
    return compactRollups(this.dataSource.manager);
  }

  /** One job at a time; a tick that finds one running is skipped. */
  private run(job: () => Promise<unknown>, failure: string): void {
    if (this.running) return;
    this.running = job()
      .catch((error: unknown) => logUnexpected(error, failure))
      .finally(() => {
        this.running = null;
      });
  }
}
