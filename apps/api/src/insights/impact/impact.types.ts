import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionStatus } from '../../actions/action.enums';
import { Drilldown } from '../read-model/drilldown.types';
import { IntervalRange, NamedRef, PeriodRange } from '../read-model/scope.types';

export enum ImpactMetric {
  WAITING_HOURS = 'waiting-hours',
  LEAD_TIME_HOURS = 'lead-time-hours',
  COMPLAINTS_PER_WEEK = 'complaints-per-week',
  FRICTION_PER_WEEK = 'friction-per-week',
}
registerEnumType(ImpactMetric, {
  name: 'ImpactMetric',
  valuesMap: {
    WAITING_HOURS: {
      description: 'Hours a finished item waited internally (approvals, other teams).',
    },
    LEAD_TIME_HOURS: { description: 'Hours from received to resolved.' },
    COMPLAINTS_PER_WEEK: { description: 'Complaints a week.' },
    FRICTION_PER_WEEK: { description: 'Exceptions asked for, escalations and hard noes a week.' },
  },
});

@ObjectType()
export class ImpactMeasure {
  @Field(() => ImpactMetric)
  metric: ImpactMetric;

  @Field()
  label: string;

  @Field({ description: 'False when there is too little data before or after to compare.' })
  estimable: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'Treated after/before relative to control after/before: 0.62 is 38% lower than expected.',
  })
  ratio: number | null;

  @Field(() => IntervalRange, { nullable: true, description: '95% interval of the ratio.' })
  interval: IntervalRange | null;

  @Field(() => Float, { nullable: true, description: 'ratio − 1.' })
  relativeChange: number | null;

  @Field()
  significant: boolean;

  @Field(() => Float, { nullable: true })
  treatedBefore: number | null;

  @Field(() => Float, { nullable: true })
  treatedAfter: number | null;

  @Field(() => Float, { nullable: true })
  controlBefore: number | null;

  @Field(() => Float, { nullable: true })
  controlAfter: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The treated level expected after, had it moved like the control.',
  })
  expectedAfter: number | null;

  @Field(() => Int, {
    description: 'Items (or weeks, for per-week measures) behind the treated figures.',
  })
  treatedCount: number;

  @Field()
  verdict: string;
}

@ObjectType({ description: 'An improvement action as measured.' })
export class ImpactAction {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => String, { nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true })
  doneOn: string | null;

  @Field(() => NamedRef, { nullable: true })
  policy: NamedRef | null;

  @Field(() => NamedRef, { nullable: true })
  theme: NamedRef | null;

  @Field(() => NamedRef, { nullable: true })
  team: NamedRef | null;
}

@ObjectType({
  description:
    'Before/after effect of an improvement action on what it touched, against untouched items as a control (difference in differences), with intervals.',
})
export class ImprovementImpact {
  @Field(() => ImpactAction)
  action: ImpactAction;

  @Field({
    description: 'Whether it can be measured yet (it has start and done dates, and weeks after).',
  })
  measurable: boolean;

  @Field()
  summary: string;

  @Field({ description: 'What the action touched: "Items linked to …".' })
  treated: string;

  @Field({ description: 'What it is compared with: "Items of other teams".' })
  control: string;

  @Field(() => PeriodRange, { nullable: true })
  before: PeriodRange | null;

  @Field(() => PeriodRange, { nullable: true })
  after: PeriodRange | null;

  @Field(() => [ImpactMeasure])
  measures: ImpactMeasure[];

  @Field(() => Drilldown, { nullable: true, description: 'The treated items before.' })
  treatedBeforeDrilldown: Drilldown | null;

  @Field(() => Drilldown, { nullable: true, description: 'The treated items after.' })
  treatedAfterDrilldown: Drilldown | null;
}
