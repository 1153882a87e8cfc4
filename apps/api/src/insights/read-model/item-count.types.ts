import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Drilldown } from './drilldown.types';

@ObjectType({ description: 'A count of items and the drilldown that opens exactly them.' })
export class ItemCount {
  @Field(() => Int)
  count: number;

  @Field(() => Drilldown)
  drilldown: Drilldown;
}
