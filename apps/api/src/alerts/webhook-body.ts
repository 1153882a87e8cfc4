import { WebhookFormat } from './alert.enums';

// Pure: the body an endpoint receives, in the format it chose. Built at each attempt, so the
// signed `sentAt` is the time of sending (receivers use it against replays).

export interface AlertMessage {
  deliveryId: string;
  eventId: string;
  ruleId: string;
  ruleName: string;
  subjectKey: string;
  title: string;
  message: string;
  value: number | null;
  firedAt: Date;
  /** Absolute when the dashboard's address is known, else the page's path. */
  link: string;
}

export function webhookBody(format: WebhookFormat, alert: AlertMessage, sentAt: Date): unknown {
  switch (format) {
    case WebhookFormat.JSON:
      return {
        type: 'alert.fired',
        deliveryId: alert.deliveryId,
        sentAt: sentAt.toISOString(),
        event: {
          id: alert.eventId,
          ruleId: alert.ruleId,
          ruleName: alert.ruleName,
          subject: alert.subjectKey,
          title: alert.title,
          message: alert.message,
          value: alert.value,
          firedAt: alert.firedAt.toISOString(),
          link: alert.link,
        },
      };
    case WebhookFormat.SLACK:
      // Slack incoming webhooks: `text` is the notification's fallback, `blocks` the message.
      return {
        text: alert.title,
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: alert.title.slice(0, 150) } },
          { type: 'section', text: { type: 'mrkdwn', text: alert.message } },
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: `Fired ${alert.firedAt.toISOString()} · <${alert.link}|Open in Fulcrum>`,
              },
            ],
          },
        ],
      };
    case WebhookFormat.TEAMS:
      // Teams incoming webhooks (Office 365 connector): a MessageCard.
      return {
        '@type': 'MessageCard',
        '@context': 'https://schema.org/extensions',
        summary: alert.title,
        themeColor: 'B42318',
        title: alert.title,
        text: alert.message,
        sections: [{ facts: [{ name: 'Fired', value: alert.firedAt.toISOString() }] }],
        potentialAction: [
          {
            '@type': 'OpenUri',
            name: 'Open in Fulcrum',
            targets: [{ os: 'default', uri: alert.link }],
          },
        ],
      };
  }
}
