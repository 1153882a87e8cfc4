import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The first start's demo load: the organisation is stored before the API answers, its items load
 * in the background, and this one row says how far that got (the dashboard shows it as a banner).
 */
@ObjectType('DemoLoadProgress', {
  description: "How far the first start's background load of the demo items got.",
})
@Entity('demo_load')
@Check('demo_load_single_row', '"id" = 1')
export class DemoLoad {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'demo_load_pkey' })
  id: number;

  @Field(() => Int, { description: 'Items stored so far.' })
  @Column({ type: 'int' })
  loaded: number;

  @Field(() => Int, { description: 'Items the demo organisation will have.' })
  @Column({ type: 'int' })
  total: number;

  @Field({ description: 'When the background load started.' })
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it finished; null while it runs.' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it stopped, when it failed (the server log has the details).',
  })
  @Column({ type: 'text', nullable: true })
  failure: string | null;
}
