import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from './auth.decorators';
import type { Principal } from './principal';
import { CreateUserInput, UpdateUserInput } from './dto/auth.types';
import { ADMINS } from './role-groups';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
@Roles(ADMINS)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => [User])
  users(): Promise<User[]> {
    return this.usersService.list();
  }

  @Mutation(() => User)
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(input);
  }

  @Mutation(() => User)
  updateUser(
    @Args('input') input: UpdateUserInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<User> {
    return this.usersService.update(input, principal.kind === 'user' ? principal.id : null);
  }
}
