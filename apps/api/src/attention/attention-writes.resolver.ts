import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ANALYSTS, MANAGERS } from '../auth/role-groups';
import { AttentionWritesService } from './attention-writes.service';
import { EscalationOutcomeRecord, ItemOwnerAssignment } from './attention-writes.types';
import { AssignItemOwnerInput, RecordEscalationOutcomeInput } from './dto/attention-writes.input';

@Resolver()
export class AttentionWritesResolver {
  constructor(private readonly service: AttentionWritesService) {}

  @Roles(MANAGERS)
  @Mutation(() => ItemOwnerAssignment, {
    description: 'Makes a person answerable for an item that needs attention (null clears it).',
  })
  assignItemOwner(
    @Args('input') input: AssignItemOwnerInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ItemOwnerAssignment> {
    return this.service.assignOwner(input, principal);
  }

  @Roles(ANALYSTS)
  @Mutation(() => EscalationOutcomeRecord, {
    description: 'Records how an escalation ended: resolved by it, or returned to the front line.',
  })
  recordEscalationOutcome(
    @Args('input') input: RecordEscalationOutcomeInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EscalationOutcomeRecord> {
    return this.service.recordOutcome(input, principal);
  }
}
