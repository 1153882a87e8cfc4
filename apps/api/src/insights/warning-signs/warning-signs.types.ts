import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StaffingEventType } from '../../staff/staff.enums';
import { Drilldown } from '../read-model/drilldown.types';
import { Quote } from '../hotspots/hotspots.types';
import { ValueFormat } from '../trends/trends.types';
import { NamedRef, PeriodRange } from '../read-model/scope.types';

export enum WarningSignKind {
  EXCUSES = 'excuses',
  BLAMING_CUSTOMERS = 'blaming-customers',
  STAFF_TURNOVER = 'staff-turnover',
  EXTENDED_SICK_LEAVE = 'extended-sick-leave',
  OVERWHELM = 'overwhelm',
  RISING_COMPLAINTS = 'rising-complaints',
  LOSING_CUSTOMERS = 'losing-customers',
  NEGLECTED_ITEMS = 'neglected-items',
}
registerEnumType(WarningSignKind, {
  name: 'WarningSignKind',
  description: 'Signs that an organisation is losing touch with its customers.',
});

export enum IndicatorState {
  OK = 'ok',
  WATCH = 'watch',
  ALERT = 'alert',
  NO_DATA = 'no-data',
}
registerEnumType(IndicatorState, { name: 'IndicatorState' });

@ObjectType({
  description: 'A hire, departure or sick leave behind a staff indicator (no person is named).',
})
export class StaffingRecord {
  @Field(() => ID)
  id: string;

  @Field(() => StaffingEventType)
  type: StaffingEventType;

  @Field({ description: 'YYYY-MM-DD' })
  on: string;

  @Field(() => NamedRef)
  team: NamedRef;

  @Field(() => Int, { nullable: true, description: 'Working days, for sick leave.' })
  sickDays: number | null;
}

@ObjectType()
export class WarningSign {
  @Field(() => WarningSignKind)
  sign: WarningSignKind;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => ValueFormat)
  format: ValueFormat;

  @Field(() => IndicatorState)
  state: IndicatorState;

  @Field(() => Float, {
    nullable: true,
    description: 'Watch threshold (null when judged by a test).',
  })
  watchAt: number | null;

  @Field(() => Float, { nullable: true })
  alertAt: number | null;

  @Field(() => Float, { nullable: true, description: 'The value in the comparison period.' })
  previous: number | null;

  @Field({ description: 'Where it stands and the counts behind it, in words.' })
  explanation: string;

  @Field({
    description:
      'What the state is judged against: "fixed thresholds (watch at 5%, alert at 10%)", or for rising complaints "the same weeks (±3) of 2023–2025".',
  })
  judgedAgainst: string;

  @Field(() => PeriodRange, {
    nullable: true,
    description:
      'The days the value is measured over when they are not the period (rising complaints: its whole weeks).',
  })
  window: PeriodRange | null;

  @Field({ description: 'The judgement in one sentence that names what it is judged against.' })
  verdict: string;

  @Field(() => Int, {
    description:
      'Records behind the value (items, staffing events or pulse responses); excuses and blame count the items holding the replies.',
  })
  recordCount: number;

  @Field(() => Drilldown, {
    nullable: true,
    description: 'The items behind it, for item-based signs.',
  })
  drilldown: Drilldown | null;

  @Field(() => [StaffingRecord], { description: 'The staffing events behind it, for staff signs.' })
  staffingEvents: StaffingRecord[];

  @Field(() => [Quote], { description: 'Example wording, personal data masked.' })
  evidence: Quote[];
}

@ObjectType({
  description: 'The warning signs of losing touch with customers, each against its thresholds.',
})
export class WarningSigns {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field(() => [WarningSign])
  signs: WarningSign[];

  @Field(() => Int)
  alerts: number;

  @Field(() => Int)
  watches: number;
}
