import { registerEnumType } from '@nestjs/graphql';

/** What an alert rule watches; each reads an existing insight, never its own figures. */
export enum AlertRuleKind {
  /** A warning sign (the review's) entering Alert. */
  WARNING_SIGN = 'warning_sign',
  /** A theme or policy whose complaints rise to Alert (the Rising page's tests). */
  RISING = 'rising',
  /** Open items at or above a threshold (the Bottlenecks backlog). */
  BACKLOG = 'backlog',
  /** First-response and resolution breaches in the window at or above a threshold. */
  SLA_BREACHES = 'sla_breaches',
}
registerEnumType(AlertRuleKind, { name: 'AlertRuleKind' });

/** The body a webhook endpoint receives. */
export enum WebhookFormat {
  /** Fulcrum's own JSON event. */
  JSON = 'json',
  /** A Slack incoming webhook: `{ text, blocks }`. */
  SLACK = 'slack',
  /** A Microsoft Teams incoming webhook: a `MessageCard`. */
  TEAMS = 'teams',
}
registerEnumType(WebhookFormat, { name: 'WebhookFormat' });

export enum DeliveryChannel {
  WEBHOOK = 'webhook',
  EMAIL = 'email',
}
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });

export enum DeliveryStatus {
  /** Waiting for its first attempt. */
  PENDING = 'pending',
  /** An attempt failed; another is due at `nextAttemptAt`. */
  RETRYING = 'retrying',
  DELIVERED = 'delivered',
  /** Given up: a permanent refusal, or the attempts ran out. */
  FAILED = 'failed',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });
