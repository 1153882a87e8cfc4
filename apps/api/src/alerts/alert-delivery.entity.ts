import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AlertEvent } from './alert-event.entity';
import { DeliveryChannel, DeliveryStatus } from './alert.enums';
import { WebhookEndpoint } from './webhook-endpoint.entity';

@ObjectType({ description: 'One attempt to deliver an alert.' })
export class DeliveryAttempt {
  @Field()
  at: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered (webhooks).' })
  statusCode: number | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Int)
  durationMs: number;
}

/** What the attempts column stores (dates as ISO text). */
export interface StoredAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

@ObjectType({ description: 'An alert on its way to one webhook endpoint or e-mail address.' })
@Entity('alert_deliveries')
// The worker's claim: due deliveries, oldest first.
@Index('alert_deliveries_due', ['nextAttemptAt'], { where: `status IN ('pending', 'retrying')` })
export class AlertDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  eventId: string;

  // A GraphQL field through AlertDeliveryResolver: its content is the managers' only.
  @ManyToOne(() => AlertEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: AlertEvent;

  @Field(() => DeliveryChannel)
  @Column({ type: 'enum', enum: DeliveryChannel, enumName: 'delivery_channel' })
  channel: DeliveryChannel;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  endpointId: string | null;

  // A deleted endpoint leaves its deliveries in the log, named by `endpointName`.
  @Field(() => WebhookEndpoint, {
    nullable: true,
    description: 'Null once the endpoint is deleted.',
  })
  @ManyToOne(() => WebhookEndpoint, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description: 'The endpoint’s name when the delivery was made (kept after it is deleted).',
  })
  @Column({ type: 'text', nullable: true })
  endpointName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  emailTo: string | null;

  @Field(() => DeliveryStatus)
  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status' })
  status: DeliveryStatus;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due.' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one sends again.' })
  @Column({ type: 'uuid', nullable: true })
  replayOf: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attemptLog: StoredAttempt[];

  @Field(() => [DeliveryAttempt], { description: 'Every attempt, first first.' })
  get attempts(): DeliveryAttempt[] {
    return (this.attemptLog ?? []).map((attempt) => ({ ...attempt, at: new Date(attempt.at) }));
  }

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
