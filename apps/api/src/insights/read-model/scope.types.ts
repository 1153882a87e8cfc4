import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { EnumListFilter, IdListFilter } from '../../common/list-filter-fields';
import { IsDay } from '../../common/validation';
import { Channel, ItemKind } from '../../items/item.enums';

export enum ComparisonMode {
  PREVIOUS = 'previous',
  YEAR_AGO = 'year-ago',
  NONE = 'none',
}
registerEnumType(ComparisonMode, {
  name: 'ComparisonMode',
  description: 'What a period is compared with.',
  valuesMap: {
    PREVIOUS: { description: 'The same length immediately before.' },
    YEAR_AGO: {
      description:
        'A year earlier: 12 calendar months for whole-month periods, else 52 weeks (weekdays line up).',
    },
    NONE: { description: 'No comparison.' },
  },
});

export enum ChangeDirection {
  UP = 'up',
  DOWN = 'down',
  FLAT = 'flat',
}
registerEnumType(ChangeDirection, { name: 'ChangeDirection' });

/** Narrows every figure to some items; lists match any of their values, conditions all hold. */
@InputType({ description: 'Narrows every figure; lists match any of their values.' })
export class InsightFilterInput {
  @IdListFilter()
  teamIds?: string[];

  @IdListFilter()
  themeIds?: string[];

  @IdListFilter({
    description: 'Items linked to the policy explicitly, by a detected mention or by an exception.',
  })
  policyIds?: string[];

  @EnumListFilter(Channel)
  channels?: Channel[];

  @EnumListFilter(ItemKind)
  kinds?: ItemKind[];
}

/** Period, comparison and filter: what every insight query starts from. */
@InputType({ isAbstract: true })
export class InsightScopeInput {
  @Field({ description: 'First day of the period (YYYY-MM-DD, UTC), included.' })
  @IsDay()
  from: string;

  @Field({ description: 'The day after the period (YYYY-MM-DD, UTC), not included.' })
  @IsDay()
  to: string;

  @Field(() => ComparisonMode, { defaultValue: ComparisonMode.PREVIOUS })
  @IsEnum(ComparisonMode)
  comparison: ComparisonMode;

  @Field(() => InsightFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InsightFilterInput)
  filter?: InsightFilterInput;
}

@ObjectType({ description: 'A period of whole UTC days: from (included) to (not included).' })
export class PeriodRange {
  @Field({ description: 'YYYY-MM-DD, included.' })
  from: string;

  @Field({ description: 'YYYY-MM-DD, not included.' })
  to: string;

  @Field({ description: 'As people say it: "May 2025", "3 Mar – 30 Mar 2025".' })
  label: string;
}

@ObjectType({
  description: 'A share with its 95% Wilson interval; null share when nothing was counted.',
})
export class Share {
  @Field(() => Int)
  successes: number;

  @Field(() => Int)
  trials: number;

  @Field(() => Float, { nullable: true })
  share: number | null;

  @Field(() => Float, { nullable: true })
  lower: number | null;

  @Field(() => Float, { nullable: true })
  upper: number | null;
}

@ObjectType({ description: 'A figure now and in the comparison period.' })
export class Change {
  @Field(() => Float, { nullable: true })
  current: number | null;

  @Field(() => Float, { nullable: true })
  previous: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Relative change (0.25 = +25%); null when it cannot be said.',
  })
  relative: number | null;

  @Field(() => ChangeDirection)
  direction: ChangeDirection;

  @Field({ description: '"+25%", "−3.2 pts", "new (from 0 to 4)", "no change", "no comparison".' })
  label: string;
}

@ObjectType({ description: 'A record the figure is about: a team, theme or policy.' })
export class NamedRef {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A confidence interval.' })
export class IntervalRange {
  @Field(() => Float)
  lower: number;

  @Field(() => Float, { nullable: true, description: 'Null when the data cannot bound it.' })
  upper: number | null;

  @Field(() => Float)
  level: number;
}
