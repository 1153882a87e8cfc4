import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { DigestFrequency } from './digest-period';

/**
 * One digest for one reader and period. The row is claimed before the mail is built: the unique
 * key is what makes a period's digest go out once, however many replicas or runs reach it.
 */
@Entity('digests')
@Unique('digests_once_per_period', ['userId', 'frequency', 'periodFrom'])
@Check('digests_frequency_known', `"frequency" IN ('weekly', 'monthly')`)
@Check('digests_period_ordered', '"period_to" > "period_from"')
export class Digest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'digests_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'digests_user_fkey' })
  user?: User;

  @Column({ type: 'text' })
  frequency: DigestFrequency;

  @Column({ type: 'date' })
  periodFrom: string;

  @Column({ type: 'date' })
  periodTo: string;

  /** Null while the claiming run builds and sends it. */
  @Column({ type: 'uuid', nullable: true })
  mailMessageId: string | null;

  @ManyToOne(() => MailMessage, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'mail_message_id', foreignKeyConstraintName: 'digests_mail_message_fkey' })
  mailMessage?: MailMessage | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
