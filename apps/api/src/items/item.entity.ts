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
import { Policy } from '../organisation/policy.entity';
import { Team } from '../organisation/team.entity';
import {
  Channel,
  ItemKind,
  ItemSource,
  ItemStatus,
  Priority,
  ViabilityDecision,
} from './item.enums';
import { ApiKey } from '../auth/api-key.entity';
import { User } from '../auth/user.entity';

@ObjectType({ description: 'One request, complaint, feedback or compliment, or a staff report.' })
@Entity('items')
@Index('items_external_unique', ['externalSource', 'externalId'], {
  unique: true,
  where: '"external_id" IS NOT NULL',
})
// Word index for search (GIN over to_tsvector('simple', text)): written by hand in its migration.
@Index('items_text_words', { synchronize: false })
@Index('items_received_at', ['receivedAt'])
@Index('items_team_received_at', ['teamId', 'receivedAt'])
@Index('items_policy_received_at', ['policyId', 'receivedAt'])
@Index('items_recorded_by_received_at', ['recordedById', 'receivedAt'])
@Index('items_recorded_by_api_key_received_at', ['recordedByApiKeyId', 'receivedAt'])
@Check('items_satisfaction_range', '"satisfaction" BETWEEN 1 AND 5')
@Check('items_external_pair', '("external_id" IS NULL) = ("external_source" IS NULL)')
export class Item {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ItemKind)
  @Column({ type: 'enum', enum: ItemKind, enumName: 'item_kind' })
  kind: ItemKind;

  @Field(() => ItemSource)
  @Column({ type: 'enum', enum: ItemSource, enumName: 'item_source' })
  source: ItemSource;

  @Field(() => Channel)
  @Column({ type: 'enum', enum: Channel, enumName: 'channel' })
  channel: Channel;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @Field(() => Team, { nullable: true })
  @ManyToOne(() => Team, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  policyId: string | null;

  @Field(() => Policy, { nullable: true })
  @ManyToOne(() => Policy, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_id' })
  policy?: Policy | null;

  // Raw as received; the API serves it masked (ItemsResolver.text) and raw only through the
  // audited rawText field.
  @Column({ type: 'text' })
  text: string;

  // Served through ItemsResolver.customerRef, which never shows contact data.
  @Column({ type: 'text', nullable: true })
  customerRef: string | null;

  @Field(() => Priority)
  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.NORMAL })
  priority: Priority;

  @Field(() => ItemStatus)
  @Column({ type: 'enum', enum: ItemStatus, enumName: 'item_status', default: ItemStatus.NEW })
  status: ItemStatus;

  @Field(() => ViabilityDecision, { nullable: true })
  @Column({ type: 'enum', enum: ViabilityDecision, enumName: 'viability_decision', nullable: true })
  viability: ViabilityDecision | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Customer satisfaction, 1 (poor) to 5 (excellent).',
  })
  @Column({ type: 'smallint', nullable: true })
  satisfaction: number | null;

  @Field()
  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The item's id in the system it came from." })
  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The system the item came from (helpdesk name).',
  })
  @Column({ type: 'text', nullable: true })
  externalSource: string | null;

  @Field({
    description:
      'An anonymous staff report: no recorder, and every timestamp of its submission is the day only (00:00 UTC).',
  })
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: User | null;

  /** The API key that wrote the item: an integration reads back only what it wrote. */
  @Column({ type: 'uuid', nullable: true })
  recordedByApiKeyId: string | null;

  @ManyToOne(() => ApiKey, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_api_key_id',
    foreignKeyConstraintName: 'items_recorded_by_api_key_id_fkey',
  })
  recordedByApiKey?: ApiKey | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
