import { Inject } from '@nestjs/common';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ITEM_USERS, RAW_TEXT_READERS } from '../auth/role-groups';
import { APP_CONFIG } from '../config/app-config';
import type { ResolvedConfig } from '../config/local-secrets';
import { pseudonymousRef } from './customer-ref';
import { ItemPage, ItemsArgs } from './dto/items.args';
import { RecordItemEventInput, RecordItemEventsInput } from './dto/record-item-event.input';
import { Policy } from '../organisation/policy.entity';
import { Team } from '../organisation/team.entity';
import { ItemEvent } from './item-event.entity';
import { batchEventPath, ItemEventsService, singleEventPath } from './item-events.service';
import { Item } from './item.entity';
import { ItemsService } from './items.service';
import { RawTextReadsService } from './raw-text/raw-text-reads.service';

/** Items within the caller's row scope (auth/item-scope.ts); text masked unless read as rawText. */
@Resolver(() => Item)
@Roles(ITEM_USERS)
export class ItemsResolver {
  constructor(
    private readonly itemsService: ItemsService,
    private readonly itemEvents: ItemEventsService,
    private readonly rawTextReads: RawTextReadsService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  @Query(() => ItemPage, {
    description: 'Items matching a filter, newest first (or oldest first), a page at a time.',
  })
  items(@Args() args: ItemsArgs, @CurrentPrincipal() principal: Principal): Promise<ItemPage> {
    return this.itemsService.list(args, principal);
  }

  @Query(() => Item)
  item(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Item> {
    return this.itemsService.getById(id, principal);
  }

  // Lists and detail queries join the team and policy; a freshly written item loads them on request.
  @ResolveField(() => Team, { nullable: true })
  team(@Parent() item: Item): Promise<Team | null> | Team | null {
    return item.team !== undefined ? item.team : this.itemsService.teamOf(item);
  }

  @ResolveField(() => Policy, { nullable: true })
  policy(@Parent() item: Item): Promise<Policy | null> | Policy | null {
    return item.policy !== undefined ? item.policy : this.itemsService.policyOf(item);
  }

  @Roles(RAW_TEXT_READERS)
  @ResolveField(() => String, {
    description:
      'The text as received, unmasked. For managers, process owners and the staff member who logged the item; every read is recorded.',
  })
  rawText(
    @Parent() item: Item,
    @CurrentPrincipal() principal: Principal,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string> {
    const operation = info.operation.name?.value ?? 'an unnamed operation';
    return this.rawTextReads.read(item, principal, `Item.rawText in ${operation}`);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Pseudonymous customer reference; never a name. Contact data is shown as its pseudonym.',
  })
  customerRef(@Parent() item: Item): string | null {
    return item.customerRef === null
      ? null
      : pseudonymousRef(item.customerRef, this.config.pseudonymKey);
  }

  @ResolveField(() => [ItemEvent], { description: 'The timeline, oldest first.' })
  events(@Parent() item: Item): Promise<ItemEvent[]> {
    return this.itemsService.timeline(item.id);
  }

  @Mutation(() => ItemEvent, {
    description: "Adds an event to an item's timeline and updates its status.",
  })
  async recordItemEvent(
    @Args('input') input: RecordItemEventInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ItemEvent> {
    const [event] = await this.itemEvents.record([input], principal, singleEventPath);
    return event;
  }

  @Mutation(() => [ItemEvent], { description: 'Adds up to 1,000 events, all or nothing.' })
  recordItemEvents(
    @Args('input') input: RecordItemEventsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ItemEvent[]> {
    return this.itemEvents.record(input.events, principal, batchEventPath);
  }
}
