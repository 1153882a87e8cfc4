import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { MANAGERS, ORGANISERS } from '../auth/role-groups';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertEvent } from './alert-event.entity';

// The delivery log is the admins' and managers' (alerts.resolver.ts); what the alert says is
// insight figures, the managers' only. An admin sees that a delivery was made, to where, with
// which rule and how each attempt went, but not its title, message or value.
@Roles(ORGANISERS)
@Resolver(() => AlertDelivery)
export class AlertDeliveryResolver {
  @ResolveField(() => AlertEvent, {
    nullable: true,
    description: 'The alert sent: for managers; null for admins (its figures are insights).',
  })
  event(
    @Parent() delivery: AlertDelivery,
    @CurrentPrincipal() principal: Principal,
  ): AlertEvent | null {
    return MANAGERS.includes(principal.role) ? (delivery.event ?? null) : null;
  }

  @ResolveField(() => String, { description: 'The name of the rule that fired.' })
  ruleName(@Parent() delivery: AlertDelivery): string {
    return delivery.event?.rule?.name ?? '';
  }
}
