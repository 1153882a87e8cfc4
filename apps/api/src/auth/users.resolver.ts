import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from './auth.decorators';
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
  updateUser(@Args('input') input: UpdateUserInput): Promise<User> {
    return this.usersService.update(input);
  }
}
