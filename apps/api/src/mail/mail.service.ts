import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/app-config';
import type { ResolvedConfig } from '../config/local-secrets';
import { MailMessage, MailTransport } from './mail-message.entity';
import {
  MAX_BODY_LENGTH,
  MAX_SUBJECT_LENGTH,
  type OutgoingMail,
  type SentMail,
} from './mail.types';

// A plain address only: no display names or lists, so a recipient can never smuggle in another.
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/**
 * Sends e-mail: by SMTP when FULCRUM_SMTP_HOST is set, else into the outbox (a row here and an
 * .eml file in FULCRUM_MAIL_OUTBOX_DIR) so a local start can read what would have gone out.
 * Every message is stored either way. Usage: `await mail.send({ to, subject, text, html })`.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly smtp: Transporter | null;
  // Composes the outbox's messages exactly as SMTP would send them (headers, MIME parts).
  private readonly composer = createTransport({ streamTransport: true, buffer: true });

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly clock: Clock,
  ) {
    const smtp = config.smtp;
    this.smtp = smtp
      ? createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.port === 465,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
        })
      : null;
  }

  /** Where mail goes now: the SMTP server, or the outbox. */
  get transport(): MailTransport {
    return this.smtp ? MailTransport.SMTP : MailTransport.OUTBOX;
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    checkMail(mail);
    const envelope = { from: this.from(), ...mail };
    if (this.smtp) {
      const info = (await this.smtp.sendMail(envelope)) as { messageId: string };
      return this.store(mail, MailTransport.SMTP, info.messageId, null);
    }
    const composed = (await this.composer.sendMail(envelope)) as {
      messageId: string;
      message: Buffer;
    };
    await mkdir(this.config.mailOutboxDir, { recursive: true });
    const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
    const path = join(
      this.config.mailOutboxDir,
      `${stamp}-${composed.messageId.replace(/[^\w.-]/g, '')}.eml`,
    );
    await writeFile(path, composed.message);
    this.logger.log(`No SMTP server configured: "${mail.subject}" for ${mail.to} is in ${path}`);
    return this.store(mail, MailTransport.OUTBOX, composed.messageId, path);
  }

  /** A stored message, for a reader who may open it (the caller checks that). */
  find(id: string): Promise<MailMessage | null> {
    return this.messages.findOneBy({ id });
  }

  private from(): string {
    return this.config.smtp?.from ?? 'Fulcrum <fulcrum@localhost>';
  }

  private async store(
    mail: OutgoingMail,
    transport: MailTransport,
    messageId: string,
    emlPath: string | null,
  ): Promise<SentMail> {
    const saved = await this.messages.save(
      this.messages.create({
        recipient: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        transport,
        messageId,
        emlPath,
        // The app's clock, not the database's: a demo or test on a fixed date reads the same day.
        createdAt: this.clock.now(),
      }),
    );
    return { id: saved.id, transport, messageId, emlPath };
  }
}

/** A programming error, not user input: callers build their messages themselves. */
function checkMail(mail: OutgoingMail): void {
  if (!ADDRESS.test(mail.to))
    throw new Error(`Mail "to" must be one e-mail address; got "${mail.to}"`);
  if (
    !mail.subject.trim() ||
    mail.subject.length > MAX_SUBJECT_LENGTH ||
    /[\r\n]/.test(mail.subject)
  )
    throw new Error(`Mail subject must be one line of 1 to ${MAX_SUBJECT_LENGTH} characters`);
  if (mail.text.length > MAX_BODY_LENGTH || mail.html.length > MAX_BODY_LENGTH)
    throw new Error(`Mail bodies must be at most ${MAX_BODY_LENGTH} characters`);
}
