import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../database/timestamps';
import { ActionStatus } from './action.enums';
import { Policy } from '../organisation/policy.entity';
import { Team } from '../organisation/team.entity';
import { Theme } from '../organisation/theme.entity';

@ObjectType({ description: 'A dated change whose before/after effect is measured.' })
@Entity('improvement_actions')
@Check(
  'improvement_actions_dates_ordered',
  '"done_on" IS NULL OR "started_on" IS NULL OR "done_on" >= "started_on"',
)
export class ImprovementAction extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field()
  @Column({ type: 'text' })
  owner: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  policyId: string | null;

  @ManyToOne(() => Policy, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_id' })
  policy?: Policy | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  themeId: string | null;

  @ManyToOne(() => Theme, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Theme | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @ManyToOne(() => Team, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team | null;

  @Field(() => ActionStatus)
  @Column({
    type: 'enum',
    enum: ActionStatus,
    enumName: 'action_status',
    default: ActionStatus.PLANNED,
  })
  status: ActionStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the day it was done or abandoned (abandoning records today if none).',
  })
  @Column({ type: 'date', nullable: true })
  doneOn: string | null;
}
