import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How a message left: handed to the SMTP server, or kept in the outbox (no server configured). */
export enum MailTransport {
  SMTP = 'smtp',
  OUTBOX = 'outbox',
}

/** Every message Fulcrum sent or put in its outbox: what a reader can open again later. */
@Entity('mail_messages')
@Check('mail_messages_transport_known', `"transport" IN ('smtp', 'outbox')`)
export class MailMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mail_messages_pkey' })
  id: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'text' })
  transport: MailTransport;

  /** The Message-ID header, as the SMTP server or the outbox wrote it. */
  @Column({ type: 'text' })
  messageId: string;

  /** The outbox's .eml file; null for mail sent by SMTP. */
  @Column({ type: 'text', nullable: true })
  emlPath: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
