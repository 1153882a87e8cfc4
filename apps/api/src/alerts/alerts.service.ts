import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { invalidField, invalidInput, notFound, type FieldProblem } from '../common/domain-error';
import { AlertRuleKind, DeliveryChannel, DeliveryStatus } from './alert.enums';
import { THRESHOLD_KINDS } from './alert-conditions.compose';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertNotification } from './alert-notification.entity';
import { AlertRule } from './alert-rule.entity';
import type { CreatedWebhookEndpoint, Notifications } from './alert.types';
import type {
  AlertDeliveriesInput,
  CreateAlertRuleInput,
  CreateWebhookEndpointInput,
  MarkNotificationsReadInput,
  NotificationsInput,
  UpdateAlertRuleInput,
  UpdateWebhookEndpointInput,
} from './dto/alert.inputs';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookGuard } from './webhook-guard';
import { newSecret, secretHint } from './webhook-signature';

/** A delivery as the log shows it: the alert (and its rule) and the endpoint. */
const DELIVERY_RELATIONS = { event: { rule: true }, endpoint: true } as const;

/** Only http and https: no file:, data: or other schemes a fetch might follow. */
function checkUrl(url: string): void {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw invalidField('url', 'httpUrl', 'url must be an http or https address');
  }
  if (parsed.username || parsed.password) {
    throw invalidField('url', 'noCredentials', 'url must not carry a user name or password');
  }
}

/** Rules, endpoints, the delivery log and each person's notifications. */
@Injectable()
export class AlertsService {
  constructor(
    @InjectRepository(AlertRule) private readonly rules: Repository<AlertRule>,
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    @InjectRepository(AlertDelivery) private readonly deliveries: Repository<AlertDelivery>,
    @InjectRepository(AlertNotification)
    private readonly notifications: Repository<AlertNotification>,
    private readonly clock: Clock,
    private readonly guard: WebhookGuard,
  ) {}

  /** The scheme and credentials first, then where the host points (webhook-guard.ts). */
  private async checkEndpointUrl(url: string): Promise<void> {
    checkUrl(url);
    await this.guard.checkForSaving(url);
  }

  listRules(): Promise<AlertRule[]> {
    return this.rules.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async createRule(input: CreateAlertRuleInput): Promise<AlertRule> {
    const rule = this.rules.create({ ...input, name: input.name.trim() });
    await this.checkRule(rule);
    return this.rules.save(rule);
  }

  async updateRule(input: UpdateAlertRuleInput): Promise<AlertRule> {
    const rule = await this.rules.findOneBy({ id: input.id });
    if (!rule) throw notFound('Alert rule', input.id);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const merged = this.rules.merge(rule, changes);
    if (input.name) merged.name = input.name.trim();
    await this.checkRule(merged);
    return this.rules.save(merged);
  }

  /**
   * Deletes a rule with its history: its events, their notifications and deliveries (pending
   * ones are never sent). Disabling a rule keeps the history.
   */
  async deleteRule(id: string): Promise<string> {
    const { affected } = await this.rules.delete({ id });
    if (!affected) throw notFound('Alert rule', id);
    return id;
  }

  /** Settings that belong to other kinds are refused, not silently kept. */
  private async checkRule(rule: AlertRule): Promise<void> {
    const problems: FieldProblem[] = [];
    const needsThreshold = THRESHOLD_KINDS.includes(rule.kind);
    if (needsThreshold && rule.threshold == null)
      problems.push({
        field: 'threshold',
        rule: 'required',
        message: `threshold is required for ${rule.kind} rules`,
      });
    if (!needsThreshold && rule.threshold != null)
      problems.push({
        field: 'threshold',
        rule: 'notForKind',
        message: `threshold applies to backlog and SLA rules only`,
      });
    if (rule.sign != null && rule.kind !== AlertRuleKind.WARNING_SIGN)
      problems.push({
        field: 'sign',
        rule: 'notForKind',
        message: 'sign applies to warning-sign rules only',
      });
    if (rule.dimension != null && rule.kind !== AlertRuleKind.RISING)
      problems.push({
        field: 'dimension',
        rule: 'notForKind',
        message: 'dimension applies to rising rules only',
      });
    const endpointIds = [...new Set(rule.endpointIds ?? [])];
    if (endpointIds.length > 0) {
      const found = await this.endpoints.countBy({ id: In(endpointIds) });
      if (found !== endpointIds.length)
        problems.push({
          field: 'endpointIds',
          rule: 'exists',
          message: 'endpointIds names an unknown webhook endpoint',
        });
    }
    rule.endpointIds = endpointIds;
    rule.emailTo = [
      ...new Set((rule.emailTo ?? []).map((address) => address.trim().toLowerCase())),
    ];
    if (problems.length > 0) throw invalidInput(problems);
  }

  listEndpoints(): Promise<WebhookEndpoint[]> {
    return this.endpoints.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async createEndpoint(input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    await this.checkEndpointUrl(input.url);
    const secret = newSecret();
    const endpoint = await this.endpoints.save(
      this.endpoints.create({
        ...input,
        name: input.name.trim(),
        secret,
        secretHint: secretHint(secret),
      }),
    );
    return { endpoint, secret };
  }

  async updateEndpoint(input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const endpoint = await this.endpoints.findOneBy({ id: input.id });
    if (!endpoint) throw notFound('Webhook endpoint', input.id);
    if (input.url !== undefined) await this.checkEndpointUrl(input.url);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const merged = this.endpoints.merge(endpoint, changes);
    if (input.name) merged.name = input.name.trim();
    return this.endpoints.save(merged);
  }

  /**
   * Deletes an endpoint: rules stop naming it, its deliveries stay in the log under the name
   * they were made with, and those still waiting fail now ("endpoint deleted") — all or nothing.
   */
  async deleteEndpoint(id: string): Promise<string> {
    const now = this.clock.now();
    return this.endpoints.manager.transaction(async (manager) => {
      const found = await manager.query<{ id: string }[]>(
        'SELECT id FROM webhook_endpoints WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (found.length === 0) throw notFound('Webhook endpoint', id);
      await manager.query(
        'UPDATE alert_rules SET endpoint_ids = array_remove(endpoint_ids, $1::uuid) WHERE $1::uuid = ANY(endpoint_ids)',
        [id],
      );
      await manager.query(
        `UPDATE alert_deliveries
            SET status = $2, next_attempt_at = NULL,
                attempt_log = attempt_log || jsonb_build_array(jsonb_build_object(
                  'at', $3::text, 'statusCode', NULL, 'error', 'endpoint deleted', 'durationMs', 0))
          WHERE endpoint_id = $1 AND status IN ('pending', 'retrying')`,
        [id, DeliveryStatus.FAILED, now.toISOString()],
      );
      await manager.query('DELETE FROM webhook_endpoints WHERE id = $1', [id]);
      return id;
    });
  }

  listDeliveries(input: AlertDeliveriesInput): Promise<AlertDelivery[]> {
    return this.deliveries.find({
      where: {
        ...(input.status ? { status: input.status } : {}),
        ...(input.endpointId ? { endpointId: input.endpointId } : {}),
      },
      relations: DELIVERY_RELATIONS,
      order: { createdAt: 'DESC', id: 'DESC' },
      take: input.take,
    });
  }

  /**
   * Sends a finished delivery again, as a new delivery (with its own log) due now. The receiver
   * sees the first delivery's id (`replayOf`), so one that remembers ids can skip it.
   */
  async replayDelivery(id: string): Promise<AlertDelivery> {
    const original = await this.deliveries.findOneBy({ id });
    if (!original) throw notFound('Alert delivery', id);
    if ([DeliveryStatus.PENDING, DeliveryStatus.RETRYING].includes(original.status))
      throw invalidField(
        'id',
        'finished',
        'id must name a delivered or failed delivery; this one is still being sent',
      );
    if (original.channel === DeliveryChannel.WEBHOOK && !original.endpointId)
      throw invalidField('id', 'endpointExists', 'id names a delivery whose endpoint was deleted');
    const replay = await this.deliveries.save(
      this.deliveries.create({
        eventId: original.eventId,
        channel: original.channel,
        endpointId: original.endpointId,
        endpointName: original.endpointName,
        emailTo: original.emailTo,
        status: DeliveryStatus.PENDING,
        nextAttemptAt: this.clock.now(),
        replayOf: original.replayOf ?? original.id,
        attemptLog: [],
      }),
    );
    return this.deliveries.findOneOrFail({
      where: { id: replay.id },
      relations: DELIVERY_RELATIONS,
    });
  }

  async notificationsOf(userId: string, input: NotificationsInput): Promise<Notifications> {
    const [items, unread] = await Promise.all([
      this.notifications.find({
        where: { userId, ...(input.unreadOnly ? { readAt: IsNull() } : {}) },
        relations: { event: true },
        order: { event: { firedAt: 'DESC' }, id: 'DESC' },
        take: input.take,
      }),
      this.notifications.countBy({ userId, readAt: IsNull() }),
    ]);
    return { items, unread };
  }

  /** Marks the caller's own notifications read (another person's ids are ignored). */
  async markRead(userId: string, input: MarkNotificationsReadInput): Promise<number> {
    if (!input.all && input.ids.length === 0)
      throw invalidField('ids', 'required', 'ids must name a notification, or all must be true');
    const result = await this.notifications.update(
      { userId, readAt: IsNull(), ...(input.all ? {} : { id: In(input.ids) }) },
      { readAt: this.clock.now() },
    );
    return result.affected ?? 0;
  }
}
