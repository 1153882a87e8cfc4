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
import { StaffingEventType } from './staff.enums';
import { Team } from '../organisation/team.entity';

@ObjectType({ description: 'A hire, a departure or a spell of sick leave in a team.' })
@Entity('staffing_events')
@Index('staffing_events_team_day', ['teamId', 'occurredOn'])
@Check(
  'staffing_events_sick_days',
  `("type" = 'sick_leave') = ("sick_days" IS NOT NULL) AND ("sick_days" IS NULL OR "sick_days" > 0)`,
)
export class StaffingEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Field(() => StaffingEventType)
  @Column({ type: 'enum', enum: StaffingEventType, enumName: 'staffing_event_type' })
  type: StaffingEventType;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  occurredOn: string;

  @Field(() => Int, { nullable: true, description: 'Working days of sick leave.' })
  @Column({ type: 'int', nullable: true })
  sickDays: number | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
