import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Drilldown } from '../read-model/drilldown.types';
import { NamedRef, PeriodRange } from '../read-model/scope.types';

export enum LoadState {
  OK = 'ok',
  STRETCHED = 'stretched',
  OVERLOADED = 'overloaded',
}
registerEnumType(LoadState, { name: 'LoadState' });

export enum LoadDriver {
  PULSE_WORKLOAD = 'pulse-workload',
  ARRIVALS_PER_STAFF = 'arrivals-per-staff',
}
registerEnumType(LoadDriver, { name: 'LoadDriver' });

export enum LoadOutcome {
  COMPLAINTS = 'complaints',
  FIRST_RESPONSE = 'first-response',
}
registerEnumType(LoadOutcome, { name: 'LoadOutcome' });

@ObjectType({
  description:
    "A team's staff pulse over the reporting months: its named entries, plus its anonymous entries only for months in which they were published as the team's own group of five or more.",
})
export class PulseSummary {
  @Field(() => Int, { description: 'Responses counted (named and published anonymous).' })
  responses: number;

  @Field(() => Int, { description: 'Of which anonymous (whole published monthly groups only).' })
  anonymousResponses: number;

  @Field({ description: 'False when there are no responses to show; the figures are then null.' })
  shown: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean workload, 1 (light) to 5 (overwhelming).',
  })
  meanWorkload: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of responses at 4 or 5.' })
  overwhelmedShare: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why some anonymous entries are not in these figures.',
  })
  note: string | null;
}

@ObjectType({ description: 'Load against capacity for one team in the period.' })
export class TeamLoad {
  @Field(() => NamedRef)
  team: NamedRef;

  @Field(() => LoadState)
  state: LoadState;

  @Field(() => [String], { description: 'Why the state, in words.' })
  reasons: string[];

  @Field(() => Int, { description: 'Staff on the books (teams.staff_count).' })
  staff: number;

  @Field(() => Float, {
    description: 'Staff actually available: less open vacancies and sick leave.',
  })
  availableStaff: number;

  @Field(() => Int, { description: 'Departures not yet replaced at the end of the period.' })
  vacancies: number;

  @Field(() => Int, { description: 'Working days of sick leave in the period.' })
  sickDays: number;

  @Field(() => Int)
  departures: number;

  @Field(() => Int)
  arrivals: number;

  @Field(() => Int)
  completions: number;

  @Field(() => Int, { description: 'Open items at the end of the period.' })
  openItems: number;

  @Field(() => Float)
  openPerStaff: number;

  @Field(() => Float)
  arrivalsPerStaffPerWeek: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Arrivals per available person ÷ what each completed a week in the 26 weeks before.',
  })
  utilisation: number | null;

  @Field(() => Float, {
    description: '(arrivals − completions) a week: positive means the backlog grows.',
  })
  backlogGrowthPerWeek: number;

  @Field(() => PulseSummary)
  pulse: PulseSummary;

  @Field(() => Int, { description: 'Items with overload language ("short-staffed", "swamped").' })
  overloadMentions: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Typical hours to first response (geometric mean) of items received in the period.',
  })
  firstResponseHours: number | null;

  @Field(() => Float, { nullable: true, description: 'The same in the comparison period.' })
  previousFirstResponseHours: number | null;

  @Field(() => Drilldown, { description: 'The team’s open items at the end of the period.' })
  drilldown: Drilldown;
}

@ObjectType({ description: 'One team in one ISO week.' })
export class TeamLoadWeek {
  @Field({ description: 'Monday (YYYY-MM-DD).' })
  weekStart: string;

  @Field(() => NamedRef)
  team: NamedRef;

  @Field(() => Int)
  arrivals: number;

  @Field(() => Int)
  completions: number;

  @Field(() => Int)
  complaints: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Typical hours to first response (geometric mean).',
  })
  firstResponseHours: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean workload of the week’s named pulse entries; anonymous entries are counted only by whole month.',
  })
  pulseWorkload: number | null;

  @Field(() => Int, { description: 'Named pulse entries of the week.' })
  pulseResponses: number;

  @Field(() => Int)
  sickDays: number;

  @Field(() => Int)
  departures: number;

  @Field(() => Int)
  hires: number;
}

@ObjectType({
  description: 'Whether a load measure leads complaints or waits, and by how many weeks.',
})
export class LaggedRelation {
  @Field(() => NamedRef)
  team: NamedRef;

  @Field(() => LoadDriver)
  driver: LoadDriver;

  @Field(() => LoadOutcome)
  outcome: LoadOutcome;

  @Field(() => Int, {
    nullable: true,
    description: 'Weeks by which the driver leads (negative: the outcome leads).',
  })
  lagWeeks: number | null;

  @Field(() => Float, { nullable: true })
  correlation: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Adjusted for autocorrelation and for the lags tried.',
  })
  pValue: number | null;

  @Field()
  significant: boolean;

  @Field()
  explanation: string;
}

@ObjectType({
  description:
    'The anonymous pulse entries of one whole month for one team, or for the fixed "Other teams" group of that month.',
})
export class PulseGroup {
  @Field({ description: 'The calendar month (YYYY-MM).' })
  month: string;

  @Field()
  label: string;

  @Field(() => [NamedRef], { description: 'The teams whose entries the group holds.' })
  teams: NamedRef[];

  @Field(() => Int)
  responses: number;

  @Field(() => Float)
  meanWorkload: number;

  @Field(() => Float)
  overwhelmedShare: number;
}

@ObjectType()
export class StaffLoad {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field(() => [TeamLoad], { description: 'Most loaded first.' })
  teams: TeamLoad[];

  @Field(() => [TeamLoadWeek], { description: 'Per team and week over the history weeks.' })
  weekly: TeamLoadWeek[];

  @Field(() => [LaggedRelation])
  relations: LaggedRelation[];

  @Field(() => [String], {
    description:
      'The reporting months (YYYY-MM): the whole, ended calendar months the period touches. Pulse figures cover exactly these.',
  })
  pulseMonths: string[];

  @Field(() => [PulseGroup], {
    description:
      'Published anonymous pulse groups of the reporting months, per month: teams with 5 or more, the rest together as "Other teams". Groups are the same for every filter; a filter only selects groups lying wholly inside it.',
  })
  anonymousPulse: PulseGroup[];

  @Field(() => [String], {
    description: 'What was merged or hidden to protect anonymity, and why (never a hidden count).',
  })
  anonymityNotes: string[];
}
