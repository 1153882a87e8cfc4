import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { NotBefore } from '../../common/validation';
import { ItemKind } from '../../items/item.enums';

export enum Interval {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
}
registerEnumType(Interval, { name: 'Interval' });

@InputType()
export class ItemVolumeInput {
  @Field({ nullable: true, description: 'Start (inclusive); defaults to 24 months before `to`.' })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: 'End (exclusive); defaults to now.' })
  @IsOptional()
  @NotBefore('from')
  to?: Date;

  @Field(() => Interval, { defaultValue: Interval.MONTH })
  @IsEnum(Interval)
  interval: Interval;
}

@ObjectType()
export class VolumePoint {
  @Field({ description: 'Start of the day, ISO week (Monday) or month, UTC.' })
  periodStart: Date;

  @Field(() => ItemKind)
  kind: ItemKind;

  @Field(() => Int)
  count: number;
}
