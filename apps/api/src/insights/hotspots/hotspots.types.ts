import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Drilldown } from '../read-model/drilldown.types';
import { Severity } from '../rising/rising.types';
import { NamedRef, PeriodRange, Share } from '../read-model/scope.types';

export enum FrictionPartName {
  COMPLAINTS = 'complaints',
  EXCEPTIONS = 'exceptions',
  HARD_NOES = 'hardNoes',
  ESCALATIONS = 'escalations',
  NEGATIVE_SENTIMENT = 'negativeSentiment',
  ADDED_WAIT = 'addedWait',
  TREND = 'trend',
  VOLUME = 'volume',
}
registerEnumType(FrictionPartName, { name: 'FrictionPartName' });

@ObjectType({ description: 'One part of a friction score and how it was reached.' })
export class FrictionPart {
  @Field(() => FrictionPartName)
  name: FrictionPartName;

  @Field()
  label: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "The policy's own figure (a rate per linked item, hours per item, a ratio or a count).",
  })
  raw: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'After shrinking towards the all-policy average.',
  })
  adjusted: number | null;

  @Field(() => Float, { description: '0–1, 1 being the most friction.' })
  value: number;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { description: 'Points added to the 0–100 score.' })
  contribution: number;
}

@ObjectType({ description: 'What happened around a policy in the period.' })
export class PolicyActivity {
  @Field(() => Int, {
    description: 'Items linked explicitly, by a detected mention or by an exception.',
  })
  linkedItems: number;

  @Field(() => Int, { description: 'Linked explicitly when recorded.' })
  explicitLinks: number;

  @Field(() => Int, {
    description: 'Citing the policy in their text (by name, alias or a near miss).',
  })
  mentions: number;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int)
  requests: number;

  @Field(() => Int)
  negativeItems: number;

  @Field(() => Int)
  exceptionsGranted: number;

  @Field(() => Int)
  exceptionsRefused: number;

  @Field(() => Int, { description: 'Declined with an alternative offered.' })
  softNoes: number;

  @Field(() => Int, { description: 'Declined without an alternative.' })
  hardNoes: number;

  @Field(() => Int)
  escalations: number;

  @Field(() => Float, {
    description: 'Hours linked items spent waiting internally (approvals, other teams).',
  })
  addedWaitHours: number;
}

@ObjectType({ description: 'A redacted quote from an item, as evidence.' })
export class Quote {
  @Field(() => ID)
  itemId: string;

  @Field({ description: 'Personal data masked.' })
  text: string;

  @Field()
  receivedAt: Date;
}

@ObjectType()
export class PolicyHotspot {
  @Field(() => Int)
  rank: number;

  @Field(() => NamedRef)
  policy: NamedRef;

  @Field(() => Float, { description: 'Friction, 0–100: the sum of the parts’ contributions.' })
  score: number;

  @Field(() => Float, { nullable: true, description: 'Score in the comparison period.' })
  previousScore: number | null;

  @Field(() => [FrictionPart])
  parts: FrictionPart[];

  @Field(() => PolicyActivity)
  activity: PolicyActivity;

  @Field(() => Severity, {
    description: 'Rising: the weekly spike test on complaints linked to the policy.',
  })
  rising: Severity;

  @Field(() => Float, {
    nullable: true,
    description: 'Complaints linked to the policy, observed ÷ expected from its history.',
  })
  trendRatio: number | null;

  @Field()
  explanation: string;

  @Field(() => String, { nullable: true, description: 'The rising test in one sentence.' })
  trendExplanation: string | null;

  @Field(() => [Quote])
  quotes: Quote[];

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType({ description: 'Friction of one policy in one team.' })
export class PolicyTeamCell {
  @Field(() => NamedRef)
  policy: NamedRef;

  @Field(() => NamedRef)
  team: NamedRef;

  @Field(() => Float)
  score: number;

  @Field(() => Int)
  linkedItems: number;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int)
  exceptions: number;

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType({
  description:
    'A policy that looks like waste: usually waived, often cited, no protective value recorded.',
})
export class WastefulPolicy {
  @Field(() => NamedRef)
  policy: NamedRef;

  @Field(() => Share, { description: 'Exceptions granted of those decided.' })
  waiverRate: Share;

  @Field(() => Int)
  complaints: number;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [Quote])
  quotes: Quote[];

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType()
export class PolicyHotspots {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field(() => [PolicyHotspot], { description: 'Highest friction first.' })
  policies: PolicyHotspot[];

  @Field(() => [NamedRef], { description: 'The matrix columns.' })
  teams: NamedRef[];

  @Field(() => [PolicyTeamCell], {
    description: 'Policy × team cells with linked items, for the listed policies.',
  })
  matrix: PolicyTeamCell[];

  @Field(() => [WastefulPolicy])
  wastefulCandidates: WastefulPolicy[];
}
