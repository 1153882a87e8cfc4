import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Drilldown } from '../read-model/drilldown.types';
import { SignalCounting } from '../read-model/counting';
import { IntervalRange, NamedRef, PeriodRange } from '../read-model/scope.types';

export enum SignalDimension {
  THEME = 'theme',
  POLICY = 'policy',
}
registerEnumType(SignalDimension, { name: 'SignalDimension' });

export enum Severity {
  NONE = 'none',
  WATCH = 'watch',
  ALERT = 'alert',
}
registerEnumType(Severity, { name: 'Severity' });

export enum ShiftState {
  OK = 'ok',
  WATCH = 'watch',
  ALERT = 'alert',
}
registerEnumType(ShiftState, { name: 'ShiftState' });

export enum SpikeDirection {
  RISE = 'rise',
  FALL = 'fall',
  NONE = 'none',
}
registerEnumType(SpikeDirection, { name: 'SpikeDirection' });

@ObjectType()
export class WeekCount {
  @Field({ description: 'Monday of the ISO week (YYYY-MM-DD).' })
  weekStart: string;

  @Field(() => Int)
  count: number;

  @Field({ description: 'One of the weeks tested.' })
  tested: boolean;
}

@ObjectType({ description: 'A sustained shift (CUSUM) over the last 13 weeks.' })
export class ShiftSignal {
  @Field(() => ShiftState)
  state: ShiftState;

  @Field(() => String, { nullable: true, description: 'Week (YYYY-MM-DD) the current rise began.' })
  since: string | null;

  @Field(() => Float)
  ratio: number;

  @Field()
  explanation: string;
}

@ObjectType({
  description: 'Is this theme or policy unusual in the tested weeks, against its own history?',
})
export class RisingSignal {
  @Field(() => SignalDimension)
  dimension: SignalDimension;

  @Field(() => NamedRef)
  subject: NamedRef;

  @Field({ description: 'False when there is too little history to judge.' })
  tested: boolean;

  @Field(() => Severity, { description: 'After false-discovery control across the list.' })
  severity: Severity;

  @Field(() => SpikeDirection)
  direction: SpikeDirection;

  @Field(() => Int, { description: 'Events in the tested weeks.' })
  observed: number;

  @Field(() => Float, { description: 'Events expected in the tested weeks from history.' })
  expected: number;

  @Field(() => Float)
  observedPerWeek: number;

  @Field(() => Float)
  expectedPerWeek: number;

  @Field(() => Float, { description: 'Observed ÷ expected: the size of the change.' })
  rateRatio: number;

  @Field(() => IntervalRange, { nullable: true })
  rateRatioInterval: IntervalRange | null;

  @Field(() => Float, { nullable: true })
  pValue: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Benjamini–Hochberg q-value across the list.',
  })
  qValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of a usual week (95%).' })
  usualLower: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of a usual week (95%).' })
  usualUpper: number | null;

  @Field({ description: '"seasonal" (same weeks in past years) or "trailing" baseline.' })
  baseline: string;

  @Field(() => ShiftSignal, { nullable: true })
  shift: ShiftSignal | null;

  @Field({ description: 'The finding in one sentence.' })
  explanation: string;

  @Field({
    description:
      'What the tested weeks are compared with: "the same weeks (±3) of 2023–2025", or the weeks before.',
  })
  judgedAgainst: string;

  @Field({ description: 'The judgement in one sentence that names what it is judged against.' })
  verdict: string;

  @Field(() => [WeekCount], { description: 'The last 26 weeks, tested weeks last.' })
  weekly: WeekCount[];

  @Field(() => Drilldown, { description: 'The counted items of the tested weeks.' })
  drilldown: Drilldown;
}

@ObjectType()
export class RisingSignals {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, {
    nullable: true,
    description:
      'The whole ISO weeks tested: those inside the period (else the last complete week before its end).',
  })
  testedWeeks: PeriodRange | null;

  @Field(() => SignalCounting)
  counting: SignalCounting;

  @Field(() => [RisingSignal])
  themes: RisingSignal[];

  @Field(() => [RisingSignal])
  policies: RisingSignal[];

  @Field(() => Int)
  alerts: number;

  @Field(() => Int)
  watches: number;
}
