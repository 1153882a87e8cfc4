import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { ItemEvent } from '../items/item-event.entity';

/** How an escalation ended, as recorded by whoever received it. */
export enum EscalationOutcomeKind {
  /** The escalation settled the matter. */
  RESOLVED = 'resolved',
  /** Sent back to the front line to handle. */
  RETURNED = 'returned',
}
registerEnumType(EscalationOutcomeKind, { name: 'EscalationOutcomeKind' });

/**
 * The recorded end of one escalation (an `escalated` timeline event). An escalation without one is
 * resolved when its item was resolved after it, and still open otherwise.
 */
@Entity('escalation_outcomes')
export class EscalationOutcome {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'escalation_outcomes_pkey' })
  eventId: string;

  @ManyToOne(() => ItemEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'escalation_outcomes_event_id_fkey' })
  event?: ItemEvent;

  @Column({ type: 'enum', enum: EscalationOutcomeKind, enumName: 'escalation_outcome_kind' })
  outcome: EscalationOutcomeKind;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'escalation_outcomes_recorded_by_id_fkey',
  })
  recordedBy?: User | null;
}
