import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { AlertEvent } from './alert-event.entity';

@ObjectType({ description: 'An alert in one person’s notifications, read or unread.' })
@Entity('alert_notifications')
@Index('alert_notifications_user_event', ['userId', 'eventId'], { unique: true })
export class AlertNotification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  eventId: string;

  @Field(() => AlertEvent)
  @ManyToOne(() => AlertEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: AlertEvent;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
