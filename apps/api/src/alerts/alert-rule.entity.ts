import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../database/timestamps';
import { SignalDimension } from '../insights/rising/rising.types';
import { WarningSignKind } from '../insights/warning-signs/warning-signs.types';
import { AlertRuleKind } from './alert.enums';

@ObjectType({
  description:
    'A condition watched on a schedule; it fires once when it starts to hold, and not again until it has stopped.',
})
@Entity('alert_rules')
@Check('alert_rules_window_days', '"window_days" BETWEEN 1 AND 366')
export class AlertRule extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => AlertRuleKind)
  @Column({ type: 'enum', enum: AlertRuleKind, enumName: 'alert_rule_kind' })
  kind: AlertRuleKind;

  @Field(() => WarningSignKind, { nullable: true, description: 'For WARNING_SIGN rules.' })
  @Column({ type: 'text', nullable: true })
  sign: WarningSignKind | null;

  @Field(() => SignalDimension, {
    nullable: true,
    description: 'For RISING rules: themes or policies (both when null).',
  })
  @Column({ type: 'text', nullable: true })
  dimension: SignalDimension | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For BACKLOG (open items) and SLA_BREACHES (breaches) rules: fires at or above.',
  })
  @Column({ type: 'int', nullable: true })
  threshold: number | null;

  @Field(() => Int, { description: 'The days up to today that the condition is judged over.' })
  @Column({ type: 'int', default: 28 })
  windowDays: number;

  @Field()
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Field({ description: 'Shown in the dashboard’s notifications (managers).' })
  @Column({ type: 'boolean', default: true })
  notifyInApp: boolean;

  @Field(() => [String], { description: 'E-mail addresses told when it fires.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailTo: string[];

  @Field(() => [ID], { description: 'Webhook endpoints told when it fires.' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  endpointIds: string[];
}
