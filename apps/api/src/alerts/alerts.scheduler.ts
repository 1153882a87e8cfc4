import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Clock } from '../common/clock';
import { logUnexpected } from '../common/unexpected-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AlertEvaluator } from './alert-evaluator';
import { DeliveryWorker } from './delivery.worker';

/** Rules are judged this often; deliveries are sent at every tick of the background worker. */
export const EVALUATE_EVERY_MS = 5 * 60_000;

/**
 * Runs the alerts in the background of every instance, on the worker interval
 * (FULCRUM_WORKER_INTERVAL_MS; 0 turns it off, as the tests do, which call tick() themselves).
 */
@Injectable()
export class AlertsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastEvaluated = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly evaluator: AlertEvaluator,
    private readonly worker: DeliveryWorker,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalMs > 0) {
      this.timer = setInterval(() => void this.tick(), this.config.workerIntervalMs);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Judge the rules when due, then send what is due; one round at a time. */
  tick(): Promise<void> {
    this.running ??= this.round()
      .catch((error: unknown) => logUnexpected(error, 'Alerts round failed'))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastEvaluated >= EVALUATE_EVERY_MS) {
      this.lastEvaluated = now;
      await this.evaluator.evaluate();
    }
    await this.worker.runDue();
  }
}
