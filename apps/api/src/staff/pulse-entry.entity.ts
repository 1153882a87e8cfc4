import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Team } from '../organisation/team.entity';
import { User } from '../auth/user.entity';

/**
 * A staff member's pulse: workload and what gets in the way. An anonymous entry stores no author
 * and only the day it was given (no precise time that could be matched against logins).
 */
@ObjectType()
@Entity('pulse_entries')
@Index('pulse_entries_team_day', ['teamId', 'submittedOn'])
@Check('pulse_entries_workload_range', '"workload" BETWEEN 1 AND 5')
@Check('pulse_entries_anonymous_has_no_author', 'NOT ("anonymous" AND "author_id" IS NOT NULL)')
export class PulseEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Field(() => String, { description: 'The day the entry was given (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  submittedOn: string;

  @Field(() => Int, { description: 'Workload, 1 (light) to 5 (overwhelming).' })
  @Column({ type: 'smallint' })
  workload: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Field()
  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;
}
