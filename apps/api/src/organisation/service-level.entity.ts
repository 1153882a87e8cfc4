import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Timestamped } from '../database/timestamps';
import { ItemKind, Priority } from '../items/item.enums';

@ObjectType({
  description: 'What we promise: first response and resolution targets for a kind and priority.',
})
@Entity('service_levels')
@Unique('service_levels_kind_priority_unique', ['kind', 'priority'])
@Check(
  'service_levels_targets_positive',
  '"first_response_minutes" > 0 AND "resolution_minutes" >= "first_response_minutes"',
)
export class ServiceLevel extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ItemKind)
  @Column({ type: 'enum', enum: ItemKind, enumName: 'item_kind' })
  kind: ItemKind;

  @Field(() => Priority)
  @Column({ type: 'enum', enum: Priority, enumName: 'priority' })
  priority: Priority;

  @Field(() => Int)
  @Column({ type: 'int' })
  firstResponseMinutes: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  resolutionMinutes: number;
}
