import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { NotBefore } from '../../common/validation';
import { Interval } from './item-volume.types';

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
