import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/auth.decorators';
import { ANALYSTS } from '../../auth/role-groups';
import { Bottlenecks } from '../bottlenecks/bottlenecks.types';
import { ComplaintFunnel } from '../funnel/funnel.types';
import { PolicyHotspots } from '../hotspots/hotspots.types';
import { ImprovementImpact } from '../impact/impact.types';
import { Kpi, ReviewAction, ReviewPack, ReviewPackInput } from './review-pack.types';
import { RisingSignals } from '../rising/rising.types';
import { StaffLoad } from '../staff-load/staff-load.types';
import { Trends } from '../trends/trends.types';
import { WarningSigns } from '../warning-signs/warning-signs.types';
import { ReviewPackService } from './review-pack.service';

/** The review pack's sections are computed when selected, side by side, each at most once. */
@Resolver(() => ReviewPack)
@Roles(ANALYSTS)
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
    return pack.context.kpis();
  }

  @ResolveField(() => Trends)
  trends(@Parent() pack: ReviewPack): Promise<Trends> {
    return pack.context.trends();
  }

  @ResolveField(() => RisingSignals)
  risingSignals(@Parent() pack: ReviewPack): Promise<RisingSignals> {
    return pack.context.risingSignals();
  }

  @ResolveField(() => Bottlenecks)
  bottlenecks(@Parent() pack: ReviewPack): Bottlenecks {
    return pack.context.bottlenecks();
  }

  @ResolveField(() => PolicyHotspots)
  policyHotspots(@Parent() pack: ReviewPack): Promise<PolicyHotspots> {
    return pack.context.policyHotspots();
  }

  @ResolveField(() => WarningSigns)
  warningSigns(@Parent() pack: ReviewPack): Promise<WarningSigns> {
    return pack.context.warningSigns();
  }

  @ResolveField(() => StaffLoad)
  staffLoad(@Parent() pack: ReviewPack): Promise<StaffLoad> {
    return pack.context.staffLoad();
  }

  @ResolveField(() => ComplaintFunnel)
  complaintFunnel(@Parent() pack: ReviewPack): Promise<ComplaintFunnel> {
    return pack.context.complaintFunnel();
  }

  @ResolveField(() => [ImprovementImpact], {
    description: 'Effects of the actions done in the six months before the period ends.',
  })
  impacts(@Parent() pack: ReviewPack): Promise<ImprovementImpact[]> {
    return pack.context.impacts();
  }

  @ResolveField(() => [ReviewAction], {
    description: 'Improvement actions planned, active or done in the period.',
  })
  actions(@Parent() pack: ReviewPack): Promise<ReviewAction[]> {
    return pack.context.actions();
  }
}
