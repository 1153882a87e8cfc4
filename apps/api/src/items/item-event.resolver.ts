import { redactPii } from '@fulcrum/analysis';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { ANYONE_SIGNED_IN } from '../auth/role-groups';
import { ItemEvent } from './item-event.entity';

@Resolver(() => ItemEvent)
@Roles(ANYONE_SIGNED_IN)
export class ItemEventResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'The text with personal data masked: what screens and exports show.',
  })
  displayText(@Parent() event: ItemEvent): string | null {
    return event.text === null ? null : redactPii(event.text).text;
  }
}
