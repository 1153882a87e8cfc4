import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { MANAGERS } from '../auth/role-groups';
import { DigestScheduler } from './digest-scheduler';
import { DigestArgs, DigestsArgs, UpdateDigestSubscriptionInput } from './digests.input';
import { DigestMessage, DigestSubscriptionView, DigestSummary } from './digests.types';
import { DigestsService } from './digests.service';

/** The review digest goes to the managers who run the review; each sees only their own. */
@Resolver()
@Roles(MANAGERS)
export class DigestsResolver {
  constructor(
    private readonly service: DigestsService,
    private readonly scheduler: DigestScheduler,
  ) {}

  @Query(() => DigestSubscriptionView, {
    description: "The caller's digest subscription (off and monthly until they choose).",
  })
  digestSubscription(@CurrentPrincipal() principal: Principal): Promise<DigestSubscriptionView> {
    return this.service.subscription(principal.id);
  }

  @Mutation(() => DigestSubscriptionView, {
    description:
      'Turns the review digest on or off and sets how often. Turned on, the latest ended period’s digest is sent soon if it was not yet.',
  })
  async updateDigestSubscription(
    @Args('input') input: UpdateDigestSubscriptionInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DigestSubscriptionView> {
    const view = await this.service.updateSubscription(principal.id, input);
    if (input.enabled) await this.scheduler.requestRun();
    return view;
  }

  @Query(() => [DigestSummary], { description: "The caller's past digests, newest period first." })
  digests(
    @Args() { take }: DigestsArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DigestSummary[]> {
    return this.service.list(principal.id, take);
  }

  @Query(() => DigestMessage, { description: 'One of the caller’s digests as it was sent.' })
  digest(
    @Args() { id }: DigestArgs,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DigestMessage> {
    return this.service.find(principal.id, id);
  }
}
