import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../auth/auth.decorators';
import { ANALYSTS } from '../../auth/role-groups';
import { FirstContactService } from './first-contact.service';
import { FirstContact, FirstContactInput } from './first-contact.types';

@Resolver(() => FirstContact)
@Roles(ANALYSTS)
export class FirstContactResolver {
  constructor(private readonly service: FirstContactService) {}

  @Query(() => FirstContact, {
    description:
      'Items received in the period decided at the first contact, later, escalated or referred, with exceptions granted at first contact; by team, by policy and by week or month.',
  })
  firstContact(@Args('input') input: FirstContactInput): Promise<FirstContact> {
    return this.service.firstContact(input);
  }
}
