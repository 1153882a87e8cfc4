import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AlertRule } from './alert-rule.entity';

/**
 * Whether a rule's condition held for a subject at the last evaluation: a rule fires only when
 * this turns from false (or absent) to true, so it does not repeat while the condition holds.
 */
@Entity('alert_conditions')
export class AlertCondition {
  @PrimaryColumn({ type: 'uuid' })
  ruleId: string;

  @ManyToOne(() => AlertRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id' })
  rule?: AlertRule;

  @PrimaryColumn({ type: 'text' })
  subjectKey: string;

  @Column({ type: 'boolean' })
  holds: boolean;

  @Column({ type: 'timestamptz' })
  changedAt: Date;
}
