import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { DigestFrequency } from './digest-period';

/** A manager's choice to receive the review digest, and how often. One per user. */
@Entity('digest_subscriptions')
@Check('digest_subscriptions_frequency_known', `"frequency" IN ('weekly', 'monthly')`)
export class DigestSubscription {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'digest_subscriptions_pkey' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'digest_subscriptions_user_fkey' })
  user?: User;

  @Column({ type: 'text' })
  frequency: DigestFrequency;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
