import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ComplaintStep, Drilldown } from '../read-model/drilldown.types';
import { PeriodRange, Share } from '../read-model/scope.types';

@ObjectType()
export class FunnelStage {
  @Field(() => ComplaintStep)
  step: ComplaintStep;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Complaints that did this step and every step before it.' })
  reached: number;

  @Field(() => Int, { description: 'Complaints that did this step, whatever happened before.' })
  done: number;

  @Field(() => Share, {
    description: 'reached ÷ the previous stage’s reached (the first: ÷ all complaints).',
  })
  conversion: Share;

  @Field(() => Float, { nullable: true, description: 'reached ÷ all complaints.' })
  shareOfAll: number | null;

  @Field(() => Float, { nullable: true, description: 'shareOfAll in the comparison period.' })
  previousShareOfAll: number | null;

  @Field({
    description:
      'The change of shareOfAll in one sentence that names the comparison period ("Acknowledged and apologised, share of complaints: 82%, +3.0 pts against Oct 2026 (79%): better.").',
  })
  verdict: string;

  @Field(() => Int, {
    description: 'Reached the previous stage but not this one: where the protocol stopped.',
  })
  stoppedHere: number;

  @Field(() => Drilldown, { description: 'The complaints that reached this stage.' })
  drilldown: Drilldown;

  @Field(() => Drilldown, { description: 'The complaints that stopped here.' })
  stoppedDrilldown: Drilldown;
}

@ObjectType({
  description:
    'The complaint-handling protocol for the period’s complaints: acknowledged and apologised → options offered → followed through → satisfaction checked → feedback asked. From timeline events and cues in staff replies.',
})
export class ComplaintFunnel {
  @Field(() => PeriodRange)
  period: PeriodRange;

  @Field(() => PeriodRange, { nullable: true })
  comparisonPeriod: PeriodRange | null;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int, { nullable: true })
  previousComplaints: number | null;

  @Field(() => [FunnelStage])
  stages: FunnelStage[];

  @Field(() => Drilldown)
  drilldown: Drilldown;
}
