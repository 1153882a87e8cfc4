import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Interval } from '../item-volume/item-volume.types';
import { InsightScopeInput } from '../read-model/scope.types';

@InputType()
export class TrendsInput extends InsightScopeInput {
  @Field(() => Interval, {
    defaultValue: Interval.WEEK,
    description:
      'Bucket width; periods may span at most 400 days by day, 5 years by week, 10 by month.',
  })
  @IsEnum(Interval)
  interval: Interval;
}
