import type {
  AlertDeliveriesQuery,
  AlertRuleKind,
  AlertRulesQuery,
  DeliveryStatus,
  SignalDimension,
  WarningSignKind,
  WebhookFormat,
} from '../../graphql/generated/graphql';
import { csvDocument } from '../../lib/csv';

// Pure shaping for the Alerts page: words for rules and deliveries, the log's CSV, URL state.

export type Rule = AlertRulesQuery['alertRules'][number];
export type Delivery = AlertDeliveriesQuery['alertDeliveries'][number];

export const KIND_LABEL: Record<AlertRuleKind, string> = {
  WARNING_SIGN: 'A warning sign enters Alert',
  RISING: 'A theme or policy is rising',
  BACKLOG: 'The backlog reaches a threshold',
  SLA_BREACHES: 'Service-level breaches reach a threshold',
};

export const SIGN_LABEL: Record<WarningSignKind, string> = {
  EXCUSES: 'Excuses',
  BLAMING_CUSTOMERS: 'Blaming customers',
  STAFF_TURNOVER: 'Staff turnover',
  EXTENDED_SICK_LEAVE: 'Extended sick leave',
  OVERWHELM: 'Overwhelm',
  RISING_COMPLAINTS: 'Rising complaints',
  LOSING_CUSTOMERS: 'Losing customers',
  NEGLECTED_ITEMS: 'Neglected open items',
};

export const FORMAT_LABEL: Record<WebhookFormat, string> = {
  JSON: 'JSON (signed)',
  SLACK: 'Slack',
  TEAMS: 'Microsoft Teams',
};

export const STATUS_LABEL: Record<DeliveryStatus, string> = {
  PENDING: 'Pending',
  RETRYING: 'Retrying',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
};

const DIMENSION_LABEL: Record<SignalDimension, string> = { THEME: 'themes', POLICY: 'policies' };

/** "Backlog of 300 open items or more, judged over the last 28 days". */
export function describeRule(rule: Rule): string {
  const window = `over the last ${rule.windowDays} days`;
  switch (rule.kind) {
    case 'WARNING_SIGN':
      return `${rule.sign ? `“${SIGN_LABEL[rule.sign]}”` : 'Any warning sign'} in Alert ${window}`;
    case 'RISING':
      return `${rule.dimension ? `Rising ${DIMENSION_LABEL[rule.dimension]}` : 'Rising themes and policies'} at Alert ${window}`;
    case 'BACKLOG':
      return `${rule.threshold ?? '?'} open items or more`;
    case 'SLA_BREACHES':
      return `${rule.threshold ?? '?'} service-level breaches or more ${window}`;
  }
}

/** Where a rule tells people: "In the app · 2 e-mails · 1 webhook". */
export function describeChannels(rule: Rule): string {
  const parts = [
    rule.notifyInApp ? 'In the app' : null,
    rule.emailTo.length
      ? `${rule.emailTo.length} e-mail${rule.emailTo.length > 1 ? 's' : ''}`
      : null,
    rule.endpointIds.length
      ? `${rule.endpointIds.length} webhook${rule.endpointIds.length > 1 ? 's' : ''}`
      : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'Nobody (recorded only)';
}

/** The addresses typed into one box, separated by commas, spaces or lines. */
export function parseAddresses(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}

export const isHttpUrl = (text: string): boolean =>
  URL.canParse(text.trim()) && ['http:', 'https:'].includes(new URL(text.trim()).protocol);

/** The delivery log's status filter, kept in the URL (`?status=failed`). */
export function readStatus(params: URLSearchParams): DeliveryStatus | null {
  const value = params.get('status')?.toUpperCase();
  return value && value in STATUS_LABEL ? (value as DeliveryStatus) : null;
}

export function withStatus(
  params: URLSearchParams,
  status: DeliveryStatus | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (status) next.set('status', status.toLowerCase());
  else next.delete('status');
  return next;
}

/** Where it went: the endpoint (by the name it had, once deleted) or the address. */
export function deliveryTarget(delivery: Delivery): string {
  if (delivery.endpoint) return delivery.endpoint.name;
  if (delivery.channel === 'WEBHOOK') return `${delivery.endpointName ?? 'an endpoint'} (deleted)`;
  return delivery.emailTo ?? '—';
}

/** What was sent: the alert's title, or (for admins, who do not see insight figures) its rule. */
export const deliveryTitle = (delivery: Delivery): string =>
  delivery.event?.title ?? `Alert of the rule ${delivery.ruleName}`;

/** Replay needs a finished delivery and, for a webhook, an endpoint that still exists. */
export const canReplay = (delivery: Delivery): boolean =>
  (delivery.status === 'DELIVERED' || delivery.status === 'FAILED') &&
  (delivery.channel === 'EMAIL' || delivery.endpoint !== null);

/** "HTTP 500 in 12 ms", "e-mail not configured", "HTTP 200 in 8 ms". */
export function attemptSummary(attempt: Delivery['attempts'][number]): string {
  const code = attempt.statusCode === null ? null : `HTTP ${attempt.statusCode}`;
  const what =
    attempt.error && attempt.error !== code
      ? [code, attempt.error].filter(Boolean).join(': ')
      : code;
  return `${what ?? 'sent'} in ${attempt.durationMs} ms`;
}

/** The delivery log as a spreadsheet: one row per attempt (a delivery not yet tried: one row). */
export function deliveriesCsv(deliveries: readonly Delivery[]): string {
  const rows = deliveries.flatMap((d) => {
    const base = [
      d.id,
      deliveryTitle(d),
      d.channel.toLowerCase(),
      deliveryTarget(d),
      d.status.toLowerCase(),
      d.replayOf ?? '',
    ];
    if (d.attempts.length === 0) return [[...base, '', '', '', '', '']];
    return d.attempts.map((a, index) => [
      ...base,
      index + 1,
      a.at,
      a.statusCode ?? '',
      a.error ?? '',
      a.durationMs,
    ]);
  });
  return csvDocument(
    [
      'delivery',
      'alert',
      'channel',
      'to',
      'status',
      'replay of',
      'attempt',
      'attempted at',
      'HTTP status',
      'error',
      'duration ms',
    ],
    rows,
  );
}
