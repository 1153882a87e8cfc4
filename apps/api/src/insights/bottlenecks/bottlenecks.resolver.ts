import { Args, Float, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/auth.decorators';
import { ANALYSTS } from '../../auth/role-groups';
import {
  Backlog,
  Bottlenecks,
  DurationFigure,
  FlowWeek,
  ServiceLevels,
  StatusTime,
  WaitSpot,
} from './bottlenecks.types';
import { BottlenecksInput } from './bottlenecks.input';
import { Share } from '../read-model/scope.types';
import { BottlenecksService } from './bottlenecks.service';
import { bottleneckPart, bottlenecksFor } from './bottleneck-parts';

/** Each part of Bottlenecks is computed only when asked for, and sibling parts run side by side. */
@Resolver(() => Bottlenecks)
@Roles(ANALYSTS)
export class BottlenecksResolver {
  constructor(private readonly service: BottlenecksService) {}

  @Query(() => Bottlenecks, {
    description:
      'Flow: arrivals against completions, backlog and its age, lead and first-response times by team, kind, theme and policy, time in each status, service levels, flow efficiency, reopen rate and where requests wait longest.',
  })
  bottlenecks(@Args('input') input: BottlenecksInput): Bottlenecks {
    const request = this.service.request(input);
    return bottlenecksFor(request, this.service.periodRanges(request.scope));
  }

  @ResolveField(() => [FlowWeek])
  weekly(@Parent() parent: Bottlenecks): Promise<FlowWeek[]> {
    return bottleneckPart(this.service, parent, 'weekly');
  }

  @ResolveField(() => Backlog)
  backlog(@Parent() parent: Bottlenecks): Promise<Backlog> {
    return bottleneckPart(this.service, parent, 'backlog');
  }

  @ResolveField(() => [DurationFigure])
  leadTimes(@Parent() parent: Bottlenecks): Promise<DurationFigure[]> {
    return bottleneckPart(this.service, parent, 'leadTimes');
  }

  @ResolveField(() => [DurationFigure])
  firstResponses(@Parent() parent: Bottlenecks): Promise<DurationFigure[]> {
    return bottleneckPart(this.service, parent, 'firstResponses');
  }

  @ResolveField(() => [StatusTime])
  async timeInStatus(@Parent() parent: Bottlenecks): Promise<StatusTime[]> {
    return (await bottleneckPart(this.service, parent, 'statusTimes')).timeInStatus;
  }

  @ResolveField(() => Float, { nullable: true })
  async flowEfficiency(@Parent() parent: Bottlenecks): Promise<number | null> {
    return (await bottleneckPart(this.service, parent, 'statusTimes')).flowEfficiency;
  }

  @ResolveField(() => Share)
  async reopenRate(@Parent() parent: Bottlenecks): Promise<Share> {
    return (await bottleneckPart(this.service, parent, 'statusTimes')).reopenRate;
  }

  @ResolveField(() => ServiceLevels)
  serviceLevels(@Parent() parent: Bottlenecks): Promise<ServiceLevels> {
    return bottleneckPart(this.service, parent, 'serviceLevels');
  }

  @ResolveField(() => [WaitSpot])
  waits(@Parent() parent: Bottlenecks): Promise<WaitSpot[]> {
    return bottleneckPart(this.service, parent, 'waits');
  }
}
