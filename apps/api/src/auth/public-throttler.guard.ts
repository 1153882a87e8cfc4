import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

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
}
