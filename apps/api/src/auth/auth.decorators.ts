import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest, Principal } from './principal';
import type { Role } from './role.enum';

export const PUBLIC_KEY = 'fulcrum:public';
export const ROLES_KEY = 'fulcrum:roles';

/** Open to anyone, signed in or not. Public operations are also rate-limited. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only callers with one of these roles. Every operation must say `@Public()` or `@Roles(...)`. */
export const Roles = (roles: readonly Role[]) => SetMetadata(ROLES_KEY, roles);

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The caller; `null` only on public operations called anonymously. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null =>
    requestOf(context).principal ?? null,
);
