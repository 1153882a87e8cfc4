import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CurrentPrincipal, Public, Roles } from './auth.decorators';
import { AuthService } from './auth.service';
import { Session, LoginInput, Viewer } from './dto/auth.types';
import type { Principal } from './principal';
import { PublicThrottlerGuard } from './public-throttler.guard';
import { ANYONE_SIGNED_IN } from './role-groups';
import {
  clearSessionCookie,
  type RequestWithResponse,
  writeSessionCookie,
} from './sessions/session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @UseGuards(PublicThrottlerGuard)
  @Mutation(() => Session, {
    description:
      'Public, rate-limited, and locked for a while after repeated failures. Starts a session: ' +
      'browsers get it as an HttpOnly cookie, scripts use the returned token.',
  })
  async login(
    @Args('input') input: LoginInput,
    @Context('req') request: RequestWithResponse,
  ): Promise<Session> {
    const issued = await this.auth.login(input.email, input.password);
    writeSessionCookie(request, issued.token, this.config.tokenTtlSeconds, this.config.production);
    return issued;
  }

  // Public so that a browser whose session has already ended can still clear its cookie.
  @Public()
  @Mutation(() => Boolean, {
    description: "Ends the caller's session: its token and cookie are refused from now on.",
  })
  async signOut(
    @CurrentPrincipal() principal: Principal | null,
    @Context('req') request: RequestWithResponse,
  ): Promise<boolean> {
    await this.auth.signOut(principal);
    clearSessionCookie(request, this.config.production);
    return true;
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
