import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { DeliveryChannel, DeliveryStatus, type WebhookFormat } from './alert.enums';
import type { StoredAttempt } from './alert-delivery.entity';
import { alertMail } from './alert-mail';
import { isRetryable, MAX_ATTEMPTS, retryDelayMs } from './delivery-policy';
import { type AlertMessage, webhookBody } from './webhook-body';
import { WebhookSender, type SendResult } from './webhook-sender';
import { DELIVERY_HEADER, signBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature';

/** Deliveries sent per round at most; the rest wait for the next round. */
const ROUND_SIZE = 50;

// The due delivery, locked for this transaction: another replica's claim skips it, so no
// delivery is sent twice at once; the lock is held while it is sent (bounded by the time-out).
const CLAIM = `
  SELECT d.id, d.replay_of, d.channel, d.email_to, d.attempt_log, d.event_id,
         e.rule_id, e.subject_key, e.title, e.message, e.value, e.link, e.fired_at, r.name AS rule_name,
         w.url, w.format, w.secret, w.enabled AS endpoint_enabled
    FROM alert_deliveries d
    JOIN alert_events e ON e.id = d.event_id
    JOIN alert_rules r ON r.id = e.rule_id
    LEFT JOIN webhook_endpoints w ON w.id = d.endpoint_id
   WHERE d.status IN ('pending', 'retrying') AND d.next_attempt_at <= $1
   ORDER BY d.next_attempt_at, d.id
   LIMIT 1
     FOR UPDATE OF d SKIP LOCKED`;

interface ClaimedDelivery {
  id: string;
  replay_of: string | null;
  channel: DeliveryChannel;
  email_to: string | null;
  attempt_log: StoredAttempt[];
  event_id: string;
  rule_id: string;
  subject_key: string;
  title: string;
  message: string;
  value: number | null;
  link: string;
  fired_at: Date;
  rule_name: string;
  url: string | null;
  format: WebhookFormat | null;
  secret: string | null;
  endpoint_enabled: boolean | null;
}

/**
 * The id the receiver sees: the same on every retry and on every replay (a replay names the
 * first delivery), so a receiver that remembers ids handles an alert once however often it comes.
 */
function receiverDeliveryId(delivery: Pick<ClaimedDelivery, 'id' | 'replay_of'>): string {
  return delivery.replay_of ?? delivery.id;
}

/** An attempt's outcome, and whether another may follow. */
interface Outcome extends SendResult {
  retryable: boolean;
}

/** Sends due deliveries, records each attempt, and schedules retries with growing waits. */
@Injectable()
export class DeliveryWorker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly webhooks: WebhookSender,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends what is due now; resolves with how many attempts were made. */
  async runDue(): Promise<number> {
    let attempts = 0;
    while (attempts < ROUND_SIZE && (await this.dataSource.transaction((m) => this.sendOne(m)))) {
      attempts += 1;
    }
    return attempts;
  }

  private async sendOne(manager: EntityManager): Promise<boolean> {
    const now = this.clock.now();
    const [delivery] = await manager.query<ClaimedDelivery[]>(CLAIM, [now]);
    if (!delivery) return false;
    const outcome =
      delivery.channel === DeliveryChannel.WEBHOOK
        ? await this.sendWebhook(delivery, now)
        : await this.sendMail(delivery);
    const log: StoredAttempt[] = [
      ...delivery.attempt_log,
      {
        at: now.toISOString(),
        statusCode: outcome.statusCode,
        error: outcome.error,
        durationMs: outcome.durationMs,
      },
    ];
    const attempt = log.length;
    const status =
      outcome.error === null
        ? DeliveryStatus.DELIVERED
        : outcome.retryable && attempt < MAX_ATTEMPTS
          ? DeliveryStatus.RETRYING
          : DeliveryStatus.FAILED;
    const next =
      status === DeliveryStatus.RETRYING ? new Date(now.getTime() + retryDelayMs(attempt)) : null;
    await manager.query(
      'UPDATE alert_deliveries SET status = $2, next_attempt_at = $3, attempt_log = $4::jsonb WHERE id = $1',
      [delivery.id, status, next, JSON.stringify(log)],
    );
    return true;
  }

  private async sendWebhook(delivery: ClaimedDelivery, now: Date): Promise<Outcome> {
    if (!delivery.url || !delivery.format || !delivery.secret) {
      return { statusCode: null, error: 'endpoint deleted', durationMs: 0, retryable: false };
    }
    if (!delivery.endpoint_enabled) {
      return { statusCode: null, error: 'endpoint disabled', durationMs: 0, retryable: false };
    }
    const body = JSON.stringify(webhookBody(delivery.format, this.message(delivery), now));
    const result = await this.webhooks.post(delivery.url, body, {
      [SIGNATURE_HEADER]: signBody(delivery.secret, body),
      [TIMESTAMP_HEADER]: String(Math.floor(now.getTime() / 1000)),
      [DELIVERY_HEADER]: receiverDeliveryId(delivery),
    });
    // A refused address stays refused: the delivery fails at once rather than retrying.
    return { ...result, retryable: !result.refused && isRetryable(result.statusCode) };
  }

  private async sendMail(delivery: ClaimedDelivery): Promise<Outcome> {
    const started = performance.now();
    try {
      await this.mail.send(alertMail(delivery.email_to ?? '', this.message(delivery)));
      return {
        statusCode: null,
        error: null,
        durationMs: Math.round(performance.now() - started),
        retryable: false,
      };
    } catch (error) {
      // With no SMTP server configured mail goes to the outbox; a failing server may recover.
      return {
        statusCode: null,
        error: error instanceof Error ? error.message.slice(0, 200) : 'sending failed',
        durationMs: Math.round(performance.now() - started),
        retryable: true,
      };
    }
  }

  private message(delivery: ClaimedDelivery): AlertMessage {
    return {
      deliveryId: receiverDeliveryId(delivery),
      eventId: delivery.event_id,
      ruleId: delivery.rule_id,
      ruleName: delivery.rule_name,
      subjectKey: delivery.subject_key,
      title: delivery.title,
      message: delivery.message,
      value: delivery.value,
      firedAt: new Date(delivery.fired_at),
      link: this.config.publicUrl
        ? new URL(delivery.link, this.config.publicUrl).toString()
        : delivery.link,
    };
  }
}
