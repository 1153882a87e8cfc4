import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ItemKind } from '../../items/item.enums';

export enum Interval {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
}
registerEnumType(Interval, { name: 'Interval' });

@ObjectType()
export class VolumePoint {
  @Field({ description: 'Start of the day, ISO week (Monday) or month, UTC.' })
  periodStart: Date;

  @Field(() => ItemKind)
  kind: ItemKind;

  @Field(() => Int)
  count: number;
}
