import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';

@ObjectType({
  description:
    "The monthly review's notes and decisions for a period, shared by everyone who reads the review.",
})
@Entity('review_notes')
@Unique('review_notes_period_unique', ['periodFrom', 'periodTo'])
@Check('review_notes_period_ordered', '"period_to" > "period_from"')
export class ReviewNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_notes_pkey' })
  id: string;

  @Field({ name: 'from', description: "The review's first day (YYYY-MM-DD, UTC), included." })
  @Column({ type: 'date' })
  periodFrom: string;

  @Field({ name: 'to', description: 'The day after the review period (YYYY-MM-DD), not included.' })
  @Column({ type: 'date' })
  periodTo: string;

  @Field({ description: 'Empty when someone cleared the notes.' })
  @Column({ type: 'text' })
  text: string;

  // Who saved last; nulled if that user is ever removed, like the other "who did it" columns.
  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'review_notes_updated_by_fkey' })
  updatedBy?: User | null;

  @Field({ description: 'When the notes were last saved.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, {
    description: 'Goes up by one at every save; send it back as expectedVersion.',
  })
  @VersionColumn()
  version: number;
}
