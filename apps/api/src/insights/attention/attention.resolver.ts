import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/auth.decorators';
import { ANALYSTS } from '../../auth/role-groups';
import { AttentionInput } from './attention.input';
import { AttentionService } from './attention.service';
import { Attention } from './attention.types';

@Resolver(() => Attention)
@Roles(ANALYSTS)
export class AttentionResolver {
  constructor(private readonly service: AttentionService) {}

  @Query(() => Attention, {
    description:
      'Items that need attention now (open past a service level, or without an update for staleDays days), who owns them, time since the last update, and the escalation pathway for items received in the period.',
  })
  attention(@Args('input') input: AttentionInput): Promise<Attention> {
    return this.service.attention(input);
  }
}
