import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ItemKind, ItemStatus } from '../../items/item.enums';
import { Drilldown, SlaClock } from '../read-model/drilldown.types';
import { Change, NamedRef, PeriodRange, Share } from '../read-model/scope.types';

export enum FlowDimension {
  ALL = 'all',
  TEAM = 'team',
  KIND = 'kind',
  THEME = 'theme',
  POLICY = 'policy',
}
registerEnumType(FlowDimension, {
  name: 'FlowDimension',
  description: 'What a flow figure is grouped by (ALL: every item of the filter).',
});

@ObjectType()
export class FlowWeek {
  @Field({
    description: 'Monday of the ISO week (YYYY-MM-DD); the first may start before the period.',
  })
  weekStart: string;

  @Field(() => Int)
  arrivals: number;

  @Field(() => Int, { description: 'Items resolved in the week.' })
  completions: number;

  @Field(() => Int, { description: 'arrivals − completions: positive means the backlog grew.' })
  net: number;

  @Field(() => Int, { description: 'Open items at the end of the week (or of the period).' })
  backlogAtEnd: number;

  @Field(() => Drilldown, { description: 'The arrivals.' })
  arrivalsDrilldown: Drilldown;

  @Field(() => Drilldown, { description: 'The completions.' })
  completionsDrilldown: Drilldown;
}

@ObjectType()
export class BacklogBand {
  @Field({ description: '"0–7 days", "90+ days".' })
  label: string;

  @Field(() => Int)
  minDays: number;

  @Field(() => Int, { nullable: true })
  maxDays: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class AgedItem {
  @Field(() => ID)
  itemId: string;

  @Field(() => Float)
  ageHours: number;

  @Field(() => ItemStatus)
  status: ItemStatus;
}

@ObjectType({
  description: 'Open items at the end of the period (or now, if sooner) and their age.',
})
export class Backlog {
  @Field({ description: 'The instant measured.' })
  at: Date;

  @Field(() => Int)
  count: number;

  @Field(() => Change, { description: 'Against the backlog at the end of the comparison period.' })
  change: Change;

  @Field(() => Float, { nullable: true })
  ageP50Hours: number | null;

  @Field(() => Float, { nullable: true })
  ageP90Hours: number | null;

  @Field(() => [BacklogBand])
  bands: BacklogBand[];

  @Field(() => [AgedItem], { description: 'The oldest open items, oldest first.' })
  oldest: AgedItem[];

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType({
  description: 'Time to an event (first response, resolution) for one group of items.',
})
export class DurationFigure {
  @Field(() => FlowDimension)
  dimension: FlowDimension;

  @Field(() => NamedRef, {
    nullable: true,
    description: 'The team, theme or policy (null for ALL and KIND).',
  })
  subject: NamedRef | null;

  @Field(() => ItemKind, { nullable: true })
  kind: ItemKind | null;

  @Field(() => Int, { description: 'Items the figure is about.' })
  items: number;

  @Field(() => Int, { description: 'Of those, the ones where the event happened.' })
  finished: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours, finished items only (percentile_cont).',
  })
  p50Hours: number | null;

  @Field(() => Float, { nullable: true })
  p90Hours: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median hours counting unfinished items at their age so far: a lower bound, honest with a backlog.',
  })
  p50IncludingOpenHours: number | null;

  @Field(() => Float, { nullable: true, description: 'The median in the comparison period.' })
  previousP50Hours: number | null;

  @Field(() => Change)
  change: Change;

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType()
export class StatusTime {
  @Field(() => ItemStatus)
  status: ItemStatus;

  @Field({ description: 'Waiting (new, on the customer, internal) rather than being worked on.' })
  waiting: boolean;

  @Field(() => Float)
  totalHours: number;

  @Field(() => Int, { description: 'Items that spent time in the status.' })
  items: number;

  @Field(() => Float, { nullable: true, description: 'Mean hours per item that spent time in it.' })
  meanHours: number | null;

  @Field(() => Float, { description: "The status's share of all open time." })
  shareOfLead: number;

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType({
  description: 'Met and missed targets; open items already past their target count as missed.',
})
export class SlaAttainment {
  @Field(() => Int)
  met: number;

  @Field(() => Int)
  breached: number;

  @Field(() => Int, { description: 'Open and still within target.' })
  pending: number;

  @Field(() => Int, { description: 'No target set for the kind and priority.' })
  noTarget: number;

  @Field(() => Share, { description: 'met ÷ (met + breached).' })
  attainment: Share;

  @Field(() => Drilldown, { description: 'The breaches.' })
  breachesDrilldown: Drilldown;
}

@ObjectType()
export class SlaGroup {
  @Field(() => FlowDimension, { description: 'TEAM or KIND.' })
  dimension: FlowDimension;

  @Field(() => NamedRef, { nullable: true })
  team: NamedRef | null;

  @Field(() => ItemKind, { nullable: true })
  kind: ItemKind | null;

  @Field(() => SlaAttainment)
  firstResponse: SlaAttainment;

  @Field(() => SlaAttainment)
  resolution: SlaAttainment;
}

@ObjectType()
export class SlaBreach {
  @Field(() => ID)
  itemId: string;

  @Field(() => SlaClock)
  clock: SlaClock;

  @Field(() => Float)
  overdueHours: number;

  @Field({ description: 'Still open (the breach is still growing).' })
  open: boolean;
}

@ObjectType({ description: 'Service levels for items received in the period.' })
export class ServiceLevels {
  @Field(() => SlaAttainment)
  firstResponse: SlaAttainment;

  @Field(() => SlaAttainment)
  resolution: SlaAttainment;

  @Field(() => Float, {
    nullable: true,
    description: 'First-response attainment in the comparison period.',
  })
  previousFirstResponseAttainment: number | null;

  @Field(() => Float, { nullable: true })
  previousResolutionAttainment: number | null;

  @Field(() => [SlaGroup], { description: 'Per team, then per kind and priority.' })
  groups: SlaGroup[];

  @Field(() => [SlaBreach], {
    description: 'Open items of the period already past a target, most overdue first.',
  })
  worstBreaches: SlaBreach[];
}

@ObjectType({
  description: 'A place where requests wait: a team, the policy involved and a waiting status.',
})
export class WaitSpot {
  @Field(() => Int)
  rank: number;

  @Field(() => NamedRef, { nullable: true })
  team: NamedRef | null;

  @Field(() => NamedRef, {
    nullable: true,
    description: 'The policy the items are linked to, if any.',
  })
  policy: NamedRef | null;

  @Field(() => ItemStatus)
  status: ItemStatus;

  @Field(() => Int, { description: 'Items that waited there.' })
  items: number;

  @Field(() => Float, { description: 'Hours waited there, spells still under way included.' })
  totalHours: number;

  @Field(() => Float, { nullable: true, description: 'Mean hours per item that waited there.' })
  meanHours: number | null;

  @Field(() => Int, { description: 'Of the items, those waiting there right now.' })
  waitingNow: number;

  @Field(() => Float, { description: 'Share of all waiting time of the period’s items.' })
  shareOfWaiting: number;

  @Field()
  explanation: string;

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType({ description: 'Where requests wait and whether service levels hold.' })
export class Bottlenecks {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field(() => [FlowWeek], { description: 'Arrivals against completions per ISO week.' })
  weekly?: FlowWeek[];

  @Field(() => Backlog)
  backlog?: Backlog;

  @Field(() => [DurationFigure], {
    description:
      'Lead time (received → resolved) of items resolved in the period, by ALL, TEAM, KIND, THEME and POLICY.',
  })
  leadTimes?: DurationFigure[];

  @Field(() => [DurationFigure], {
    description:
      'Time to first response of items received in the period, by ALL, TEAM, KIND, THEME and POLICY.',
  })
  firstResponses?: DurationFigure[];

  @Field(() => [StatusTime], {
    description: 'Time in each open status, items resolved in the period, longest first.',
  })
  timeInStatus?: StatusTime[];

  @Field(() => Float, {
    nullable: true,
    description: 'Working time ÷ lead time of items resolved in the period.',
  })
  flowEfficiency?: number | null;

  @Field(() => Share, { description: 'Items resolved in the period that had been reopened.' })
  reopenRate?: Share;

  @Field(() => ServiceLevels)
  serviceLevels?: ServiceLevels;

  @Field(() => [WaitSpot], {
    description: 'Where requests received in the period waited longest, ranked.',
  })
  waits?: WaitSpot[];
}
