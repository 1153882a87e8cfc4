import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/auth.decorators';
import { MANAGERS } from '../../auth/role-groups';
import { Bottlenecks } from '../bottlenecks/bottlenecks.types';
import { ComplaintFunnel } from '../funnel/funnel.types';
import { PolicyHotspots } from '../hotspots/hotspots.types';
import { ImprovementImpact } from '../impact/impact.types';
import { Kpi, Reconciliation, ReviewAction, ReviewPack } from './review-pack.types';
import { ReviewPackInput } from './review-pack.input';
import { RisingSignals } from '../rising/rising.types';
import { StaffLoad } from '../staff-load/staff-load.types';
import { Trends } from '../trends/trends.types';
import { WarningSigns } from '../warning-signs/warning-signs.types';
import { ReviewPackService } from './review-pack.service';

/** The review pack's sections are computed when selected, side by side, each at most once. */
@Resolver(() => ReviewPack)
// The pack holds staff load and warning signs: the manager's review, not the process owner's.
@Roles(MANAGERS)
export class ReviewPackResolver {
  constructor(private readonly service: ReviewPackService) {}

  @Query(() => ReviewPack, {
    description:
      'The monthly service review for a period: headline figures, trends, rising signals, bottlenecks, policy hotspots, warning signs, staff load, complaint handling, the effect of recent changes and the actions.',
  })
  reviewPack(@Args('input') input: ReviewPackInput): ReviewPack {
    return this.service.reviewPack(input);
  }

  @ResolveField(() => [Kpi])
  kpis(@Parent() pack: ReviewPack): Promise<Kpi[]> {
    return this.service.sections(pack).kpis();
  }

  @ResolveField(() => [Reconciliation], {
    description:
      'Measures the review judges twice with verdicts that point different ways, each with the sentence that reconciles them.',
  })
  reconciliations(@Parent() pack: ReviewPack): Promise<Reconciliation[]> {
    return this.service.sections(pack).reconciliations();
  }

  @ResolveField(() => Trends)
  trends(@Parent() pack: ReviewPack): Promise<Trends> {
    return this.service.sections(pack).trends();
  }

  @ResolveField(() => RisingSignals)
  risingSignals(@Parent() pack: ReviewPack): Promise<RisingSignals> {
    return this.service.sections(pack).risingSignals();
  }

  @ResolveField(() => Bottlenecks)
  bottlenecks(@Parent() pack: ReviewPack): Bottlenecks {
    return this.service.sections(pack).bottlenecks();
  }

  @ResolveField(() => PolicyHotspots)
  policyHotspots(@Parent() pack: ReviewPack): Promise<PolicyHotspots> {
    return this.service.sections(pack).policyHotspots();
  }

  @ResolveField(() => WarningSigns)
  warningSigns(@Parent() pack: ReviewPack): Promise<WarningSigns> {
    return this.service.sections(pack).warningSigns();
  }

  @ResolveField(() => StaffLoad)
  staffLoad(@Parent() pack: ReviewPack): Promise<StaffLoad> {
    return this.service.sections(pack).staffLoad();
  }

  @ResolveField(() => ComplaintFunnel)
  complaintFunnel(@Parent() pack: ReviewPack): Promise<ComplaintFunnel> {
    return this.service.sections(pack).complaintFunnel();
  }

  @ResolveField(() => [ImprovementImpact], {
    description: 'Effects of the actions done in the six months before the period ends.',
  })
  impacts(@Parent() pack: ReviewPack): Promise<ImprovementImpact[]> {
    return this.service.sections(pack).impacts();
  }

  @ResolveField(() => [ReviewAction], {
    description: 'Improvement actions planned, active or done in the period.',
  })
  actions(@Parent() pack: ReviewPack): Promise<ReviewAction[]> {
    return this.service.sections(pack).actions();
  }
}
