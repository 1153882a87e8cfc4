import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AlertRule } from './alert-rule.entity';

@ObjectType({ description: 'A rule firing: its condition started to hold.' })
@Entity('alert_events')
@Index('alert_events_fired_at', ['firedAt'])
export class AlertEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ruleId: string;

  @ManyToOne(() => AlertRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id' })
  rule?: AlertRule;

  @Field({
    description: 'Which thing holds the condition: "sign:excuses", "theme:<id>", "backlog".',
  })
  @Column({ type: 'text' })
  subjectKey: string;

  @Field({ description: 'One line: what happened.' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'The figures behind it, in words.' })
  @Column({ type: 'text' })
  message: string;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Field({ description: 'The dashboard page (path and query) that shows it.' })
  @Column({ type: 'text' })
  link: string;

  @Field()
  @Column({ type: 'timestamptz' })
  firedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
