import { redactPii } from '@fulcrum/analysis';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { ITEM_USERS } from '../auth/role-groups';
import { ItemEvent } from './item-event.entity';

const masked = (event: ItemEvent): string | null =>
  event.text === null ? null : redactPii(event.text).text;

/** Timeline texts (replies, reasons, notes) leave the API masked, like the item's own text. */
@Resolver(() => ItemEvent)
@Roles(ITEM_USERS)
export class ItemEventResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'Reply text, escalation reason or note, with personal data masked.',
  })
  text(@Parent() event: ItemEvent): string | null {
    return masked(event);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The same masked text as `text`, under the name earlier clients use.',
  })
  displayText(@Parent() event: ItemEvent): string | null {
    return masked(event);
  }
}
