import { WebhookFormat } from './alert.enums';
import { isRetryable, MAX_RETRY_MS, retryDelayMs } from './delivery-policy';
import { webhookBody, type AlertMessage } from './webhook-body';
import { signBody, verifySignature } from './webhook-signature';

const alert: AlertMessage = {
  deliveryId: 'd1',
  eventId: 'e1',
  ruleId: 'r1',
  ruleName: 'Backlog',
  subjectKey: 'backlog',
  title: 'Backlog: 12 open items (threshold 10)',
  message: 'The backlog holds 12 open items.',
  value: 12,
  firedAt: new Date('2026-03-20T09:00:00Z'),
  link: 'https://fulcrum.example.org/bottlenecks?from=2026-02&to=2026-03',
};

describe('webhook deliveries', () => {
  it('waits twice as long after each failure, up to the cap', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(MAX_RETRY_MS);
  });

  it('retries no answer, time-outs, rate limits and server errors; gives up on other refusals', () => {
    expect([null, 408, 429, 500, 503].map(isRetryable)).toEqual([true, true, true, true, true]);
    expect([400, 401, 404, 410].map(isRetryable)).toEqual([false, false, false, false]);
  });

  it('signs the exact body: any change to it, or another secret, fails verification', () => {
    const body = JSON.stringify(
      webhookBody(WebhookFormat.JSON, alert, new Date('2026-03-20T09:00:05Z')),
    );
    const header = signBody('whsec_a', body);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_a', body, header)).toBe(true);
    expect(verifySignature('whsec_b', body, header)).toBe(false);
    expect(verifySignature('whsec_a', `${body} `, header)).toBe(false);
    expect(verifySignature('whsec_a', body, undefined)).toBe(false);
  });

  it('speaks Slack ({text, blocks}) and Teams (MessageCard) as well as its own JSON', () => {
    const sentAt = new Date('2026-03-20T09:00:05Z');
    expect(webhookBody(WebhookFormat.JSON, alert, sentAt)).toMatchObject({
      type: 'alert.fired',
      deliveryId: 'd1',
      sentAt: '2026-03-20T09:00:05.000Z',
      event: { title: alert.title, link: alert.link },
    });
    const slack = webhookBody(WebhookFormat.SLACK, alert, sentAt) as {
      text: string;
      blocks: { type: string }[];
    };
    expect(slack.text).toBe(alert.title);
    expect(slack.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(webhookBody(WebhookFormat.TEAMS, alert, sentAt)).toMatchObject({
      '@type': 'MessageCard',
      title: alert.title,
      text: alert.message,
      potentialAction: [{ '@type': 'OpenUri', targets: [{ uri: alert.link }] }],
    });
  });
});
