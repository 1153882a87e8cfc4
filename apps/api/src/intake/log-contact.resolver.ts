import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ITEM_USERS } from '../auth/role-groups';
import { LogContactInput, LogContactReceipt } from './dto/log-contact.input';
import { LogContactService } from './log-contact.service';

@Resolver()
export class LogContactResolver {
  constructor(private readonly contacts: LogContactService) {}

  @Roles(ITEM_USERS)
  @Mutation(() => LogContactReceipt, {
    description:
      'Stores a contact and the exception decided on it in one transaction: both or nothing.',
  })
  logContact(
    @Args('input') input: LogContactInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LogContactReceipt> {
    return this.contacts.logContact(input, principal);
  }
}
