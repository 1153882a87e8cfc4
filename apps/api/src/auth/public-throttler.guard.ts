import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { rateLimited } from '../common/domain-error';

/** Rate limit for public operations, keyed by client address; works for GraphQL resolvers. */
@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<string>() !== 'graphql') return super.getRequestResponse(context);
    const { req } = GqlExecutionContext.create(context).getContext<{
      req: { res: Record<string, unknown> };
    }>();
    return { req, res: req.res };
  }

  // The default error is untyped and its header is named after the throttler
  // (`Retry-After-public`); a typed error carries the wait, sent as a standard `Retry-After`.
  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw rateLimited(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }
}
