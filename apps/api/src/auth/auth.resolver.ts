import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Public, Roles } from './auth.decorators';
import { AuthService } from './auth.service';
import { AuthPayload, LoginInput, Viewer } from './dto/auth.types';
import type { Principal } from './principal';
import { PublicThrottlerGuard } from './public-throttler.guard';
import { ANYONE_SIGNED_IN } from './role-groups';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(PublicThrottlerGuard)
  @Mutation(() => AuthPayload, {
    description: 'Public, rate-limited. Exchanges e-mail and password for a token.',
  })
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(input.email, input.password);
  }

  @Roles(ANYONE_SIGNED_IN)
  @Query(() => Viewer, { description: 'Who the caller is.' })
  viewer(@CurrentPrincipal() principal: Principal): Viewer {
    return {
      id: principal.id,
      kind: principal.kind,
      role: principal.role,
      name: principal.name,
      teamId: principal.teamId,
    };
  }
}
