import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../database/timestamps';

@ObjectType({ description: 'A team that serves customers; its staff count is its capacity.' })
@Entity('teams')
@Index('teams_name_unique', { synchronize: false })
@Check('teams_staff_count_non_negative', '"staff_count" >= 0')
export class Team extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Staff members available to the team (its capacity).' })
  @Column({ type: 'int' })
  staffCount: number;
}
