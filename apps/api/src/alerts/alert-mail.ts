import type { AlertMail } from './alert-mail-sender';
import type { AlertMessage } from './webhook-body';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The e-mail of an alert: the title as subject, the message and a link to the page. */
export function alertMail(to: string, alert: AlertMessage): AlertMail {
  return {
    to,
    subject: `[Fulcrum] ${alert.title}`,
    text: `${alert.message}\n\nFired ${alert.firedAt.toISOString()}.\nOpen in Fulcrum: ${alert.link}\n`,
    html: `<p>${escapeHtml(alert.message)}</p><p>Fired ${alert.firedAt.toISOString()}.</p><p><a href="${escapeHtml(alert.link)}">Open in Fulcrum</a></p>`,
  };
}
