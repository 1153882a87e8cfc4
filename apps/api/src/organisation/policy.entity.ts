import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../database/timestamps';

@ObjectType({
  description: 'A named internal rule; items link to it explicitly or by a detected mention.',
})
@Entity('policies')
@Index('policies_name_unique', { synchronize: false })
export class Policy extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Who answers for the rule.' })
  @Column({ type: 'text', nullable: true })
  owner: string | null;

  @Field(() => [String], { description: 'Other ways people name the rule.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];
}
