import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '../common/domain-error';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';
import { AuthService } from './auth.service';
import type { Role } from './role.enum';

/**
 * Global guard. It fails closed: an operation that declares neither `@Public()` nor `@Roles()`
 * is refused for everyone, so a forgotten decorator cannot open an operation.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  private readonly logger = new Logger(RolesGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<readonly Role[] | undefined>(ROLES_KEY, targets);
    const principal = await this.auth.authenticate(requestOf(context));
    if (isPublic) return true;
    if (!roles) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no roles`,
      );
      throw new DomainError(ErrorCode.FORBIDDEN, 'This operation is not open to anyone');
    }
    if (!principal) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
    if (!roles.includes(principal.role)) {
      throw new DomainError(ErrorCode.FORBIDDEN, `The ${principal.role} role may not do this`);
    }
    return true;
  }
}
