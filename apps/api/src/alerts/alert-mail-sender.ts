import { Injectable } from '@nestjs/common';

/** A message to send; the shape of mail/MailService.send, which is wired here at merge. */
export interface AlertMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends alert e-mail. Provide ALERT_MAIL_SENDER to replace the default. */
export interface AlertMailSender {
  send(mail: AlertMail): Promise<void>;
}

export const ALERT_MAIL_SENDER = Symbol('ALERT_MAIL_SENDER');

/** Thrown when no mail transport is configured: the delivery fails at once, with this reason. */
export class MailNotConfiguredError extends Error {
  constructor() {
    super('e-mail not configured');
    this.name = 'MailNotConfiguredError';
  }
}

/** Until a mail service is wired in, e-mail deliveries are logged as not sent, with the reason. */
@Injectable()
export class UnconfiguredMailSender implements AlertMailSender {
  send(): Promise<void> {
    return Promise.reject(new MailNotConfiguredError());
  }
}
