import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { ItemCount } from '../read-model/item-count.types';
import { InsightScopeInput, PeriodRange, Share } from '../read-model/scope.types';

export enum TrendGrain {
  WEEK = 'week',
  MONTH = 'month',
}
registerEnumType(TrendGrain, { name: 'TrendGrain', description: 'ISO weeks or calendar months.' });

@InputType()
export class FirstContactInput extends InsightScopeInput {
  @Field(() => TrendGrain, { defaultValue: TrendGrain.WEEK })
  @IsEnum(TrendGrain)
  grain: TrendGrain;
}

@ObjectType({ description: 'Where decisions were given, for one group of items.' })
export class FirstContactFigures {
  @Field(() => ItemCount, { description: 'Every item of the group, decided or not.' })
  items: ItemCount;

  @Field(() => Int, { description: "Items with a decision: the shares' denominator." })
  decided: number;

  @Field(() => ItemCount)
  firstContact: ItemCount;

  @Field(() => ItemCount)
  later: ItemCount;

  @Field(() => ItemCount)
  escalated: ItemCount;

  @Field(() => ItemCount)
  referred: ItemCount;

  @Field(() => ItemCount, { description: 'Items without a decision (yet), not in the shares.' })
  undecided: ItemCount;

  @Field(() => ItemCount, { description: 'Decided at first contact with an exception granted.' })
  exceptionsAtFirstContact: ItemCount;

  @Field(() => Share, { description: 'Decided at first contact, of the items with a decision.' })
  firstContactShare: Share;

  @Field(() => Share, { description: 'Escalated, of the items with a decision.' })
  escalatedShare: Share;
}

@ObjectType({ description: 'A team or policy and its first-contact figures.' })
export class FirstContactGroup {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => FirstContactFigures)
  figures: FirstContactFigures;
}

@ObjectType({ description: 'One week or month of the trend (cut to the period).' })
export class FirstContactPoint {
  @Field({ description: 'YYYY-MM-DD, the first day counted.' })
  from: string;

  @Field({ description: 'YYYY-MM-DD, the day after the last day counted.' })
  to: string;

  @Field({ description: '"Mar 2026", "w/c 2 Mar".' })
  label: string;

  @Field(() => FirstContactFigures)
  figures: FirstContactFigures;
}

@ObjectType({
  description:
    'Front-line empowerment: the share of items decided at the first contact, escalated or referred, by team, policy and over time.',
})
export class FirstContact {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field({ description: 'What "decided at first contact" means here, in words.' })
  definition: string;

  @Field(() => TrendGrain)
  grain: TrendGrain;

  @Field(() => FirstContactFigures)
  overall: FirstContactFigures;

  @Field(() => [FirstContactGroup])
  byTeam: FirstContactGroup[];

  @Field(() => [FirstContactGroup], {
    description: 'By linked policy (explicit, mentioned or excepted): an item may count twice.',
  })
  byPolicy: FirstContactGroup[];

  @Field(() => [FirstContactPoint])
  trend: FirstContactPoint[];
}
