import type { DigestFrequency, MailTransport } from '../../graphql/generated/graphql';
import { csvDocument } from '../../lib/csv';

export const FREQUENCY_LABEL: Record<DigestFrequency, string> = {
  WEEKLY: 'Weekly',
  MONTHLY: 'Monthly',
};

export const TRANSPORT_LABEL: Record<MailTransport, string> = {
  SMTP: 'E-mailed',
  OUTBOX: 'Outbox',
};

export interface DigestRow {
  id: string;
  frequency: DigestFrequency;
  subject: string;
  recipient: string;
  transport: MailTransport;
  sentAt: string;
  period: { from: string; to: string; label: string };
}

/** The past digests as CSV: one row each, the period as days (to not included). */
export function digestsCsv(rows: readonly DigestRow[]): string {
  return csvDocument(
    ['period', 'from', 'to', 'frequency', 'subject', 'recipient', 'delivery', 'sent at'],
    rows.map((row) => [
      row.period.label,
      row.period.from,
      row.period.to,
      row.frequency.toLowerCase(),
      row.subject,
      row.recipient,
      TRANSPORT_LABEL[row.transport],
      row.sentAt,
    ]),
  );
}

/**
 * The mail's HTML for a sandboxed frame: its links (absolute, into the dashboard) open in the
 * window rather than inside the frame.
 */
export function framedMail(html: string): string {
  return html.replace(/<head>/i, '<head><base target="_top">');
}
