import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ItemEventType, ItemStatus } from './item.enums';
import { Item } from './item.entity';
import { User } from '../auth/user.entity';
import { Policy } from '../organisation/policy.entity';
import { Team } from '../organisation/team.entity';

@ObjectType({ description: "One entry in an item's timeline." })
@Entity('item_events')
@Index('item_events_item_occurred_at', ['itemId', 'occurredAt'])
@Index('item_events_type_occurred_at', ['type', 'occurredAt'])
// Staff see the items they handle: those whose timeline they wrote to (item-scope.ts).
@Index('item_events_actor_item', ['actorId', 'itemId'])
@Check('item_events_satisfaction_range', '"satisfaction" BETWEEN 1 AND 5')
export class ItemEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @Field(() => ItemEventType)
  @Column({ type: 'enum', enum: ItemEventType, enumName: 'item_event_type' })
  type: ItemEventType;

  @Field()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Field(() => ItemStatus, { nullable: true, description: 'The new status, for a status change.' })
  @Column({ type: 'enum', enum: ItemStatus, enumName: 'item_status', nullable: true })
  status: ItemStatus | null;

  // Raw as written; the API serves it masked (ItemEventResolver.text).
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Field(() => String, { nullable: true, description: 'Who an escalation went to.' })
  @Column({ type: 'text', nullable: true })
  escalatedTo: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The team an escalation went to, when it went to a team.',
  })
  @Column({ type: 'uuid', nullable: true })
  escalatedToTeamId: string | null;

  @ManyToOne(() => Team, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'escalated_to_team_id',
    foreignKeyConstraintName: 'item_events_escalated_to_team_id_fkey',
  })
  escalatedToTeam?: Team | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The policy an exception was granted or refused against.',
  })
  @Column({ type: 'uuid', nullable: true })
  policyId: string | null;

  @ManyToOne(() => Policy, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_id' })
  policy?: Policy | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  satisfaction: number | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
