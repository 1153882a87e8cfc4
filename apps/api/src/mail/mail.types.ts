import type { MailTransport } from './mail-message.entity';

/** One e-mail: plain text for every reader, HTML for those that show it. */
export interface OutgoingMail {
  /** One address. */
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface SentMail {
  /** The stored copy (mail_messages.id). */
  id: string;
  transport: MailTransport;
  messageId: string;
  /** Where the outbox wrote the .eml file; null when sent by SMTP. */
  emlPath: string | null;
}

export const MAX_SUBJECT_LENGTH = 300;
/** Text and HTML bodies each; a digest is a few kilobytes. */
export const MAX_BODY_LENGTH = 1_000_000;
