import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { logUnexpected } from '../common/unexpected-errors';
import { DeliveryChannel, DeliveryStatus } from './alert.enums';
import { diffConditions, type HeldCondition } from './alert-conditions.compose';
import { AlertConditionsService } from './alert-conditions.service';
import type { AlertRule } from './alert-rule.entity';

// One evaluation at a time across replicas: the others skip theirs (the next tick catches up).
const EVALUATION_LOCK = "hashtext('fulcrum:alert-evaluation')";

export interface EvaluationResult {
  rules: number;
  fired: number;
}

/**
 * Judges every enabled rule against the insights and records what changed: a subject whose
 * condition starts to hold fires once (an event, a notification for each manager, a delivery
 * for each endpoint and address); while it holds nothing more is sent; when it stops, it may
 * fire again later.
 */
@Injectable()
export class AlertEvaluator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conditions: AlertConditionsService,
    private readonly clock: Clock,
  ) {}

  async evaluate(): Promise<EvaluationResult> {
    const now = this.clock.now();
    const rules = await this.dataSource.query<AlertRule[]>(
      `SELECT id, name, kind, sign, dimension, threshold, window_days AS "windowDays",
              notify_in_app AS "notifyInApp", email_to AS "emailTo", endpoint_ids AS "endpointIds"
         FROM alert_rules WHERE enabled ORDER BY created_at, id`,
    );
    // Read outside the transaction: the insights' queries are long, the recording short.
    const judged: { rule: AlertRule; held: HeldCondition[] }[] = [];
    for (const rule of rules) {
      try {
        judged.push({ rule, held: await this.conditions.held(rule, now) });
      } catch (error) {
        // A rule that cannot be judged keeps its last state rather than seeming to stop.
        logUnexpected(error, `Alert rule ${rule.id} could not be judged`);
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(${EVALUATION_LOCK}) AS locked`,
      );
      if (!locked) return { rules: 0, fired: 0 };
      let fired = 0;
      for (const { rule, held } of judged) fired += await this.record(manager, rule, held, now);
      return { rules: judged.length, fired };
    });
  }

  private async record(
    manager: EntityManager,
    rule: AlertRule,
    held: HeldCondition[],
    now: Date,
  ): Promise<number> {
    const previous = await manager.query<{ subject_key: string }[]>(
      'SELECT subject_key FROM alert_conditions WHERE rule_id = $1 AND holds',
      [rule.id],
    );
    const { entering, stopped } = diffConditions(
      new Set(previous.map((row) => row.subject_key)),
      held,
    );
    if (stopped.length > 0) {
      await manager.query(
        `UPDATE alert_conditions SET holds = false, changed_at = $3
          WHERE rule_id = $1 AND subject_key = ANY($2::text[])`,
        [rule.id, stopped, now],
      );
    }
    for (const condition of entering) await this.fire(manager, rule, condition, now);
    return entering.length;
  }

  private async fire(
    manager: EntityManager,
    rule: AlertRule,
    condition: HeldCondition,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO alert_conditions (rule_id, subject_key, holds, changed_at) VALUES ($1, $2, true, $3)
       ON CONFLICT (rule_id, subject_key) DO UPDATE SET holds = true, changed_at = $3`,
      [rule.id, condition.subjectKey, now],
    );
    const [{ id: eventId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO alert_events (rule_id, subject_key, title, message, value, link, fired_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        rule.id,
        condition.subjectKey,
        condition.title,
        condition.message,
        condition.value,
        condition.link,
        now,
      ],
    );
    if (rule.notifyInApp) {
      await manager.query(
        `INSERT INTO alert_notifications (user_id, event_id)
         SELECT id, $1 FROM users WHERE role = 'manager' AND active`,
        [eventId],
      );
    }
    // Only endpoints still enabled; a delivery per endpoint and per address, due now.
    await manager.query(
      `INSERT INTO alert_deliveries (event_id, channel, endpoint_id, endpoint_name, status, next_attempt_at)
       SELECT $1, $2, e.id, e.name, $3, $4 FROM webhook_endpoints e WHERE e.id = ANY($5::uuid[]) AND e.enabled`,
      [eventId, DeliveryChannel.WEBHOOK, DeliveryStatus.PENDING, now, rule.endpointIds],
    );
    await manager.query(
      `INSERT INTO alert_deliveries (event_id, channel, email_to, status, next_attempt_at)
       SELECT $1, $2, address, $3, $4 FROM unnest($5::text[]) AS address`,
      [eventId, DeliveryChannel.EMAIL, DeliveryStatus.PENDING, now, rule.emailTo],
    );
  }
}
