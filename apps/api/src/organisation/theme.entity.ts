import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../database/timestamps';

@ObjectType({ description: "A topic in the organisation's own taxonomy." })
@Entity('themes')
@Index('themes_name_unique', { synchronize: false })
export class Theme extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'Words and phrases that signal the theme.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];
}
