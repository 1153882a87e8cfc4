import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JobStatus } from './analysis.enums';

/**
 * A re-analysis of history, worked through in batches of items in id order. The cursor and the
 * count move in the same transaction as each batch's results, so a restart resumes exactly
 * where it stopped: nothing is lost or counted twice.
 */
@ObjectType()
@Entity('analysis_jobs')
@Index('analysis_jobs_open', ['createdAt'], { where: `"status" IN ('queued', 'running')` })
export class AnalysisJob {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Why it runs, e.g. "themes changed".' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => JobStatus)
  @Column({ type: 'enum', enum: JobStatus, enumName: 'job_status', default: JobStatus.QUEUED })
  status: JobStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  processed: number;

  /** The last item id done; the next batch starts after it. */
  @Column({ type: 'uuid', nullable: true })
  cursor: string | null;

  /** Which worker holds the job and when it last showed life; a stale lease is taken over. */
  @Column({ type: 'text', nullable: true })
  leasedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
