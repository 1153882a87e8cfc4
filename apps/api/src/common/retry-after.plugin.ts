import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './domain-error';

/**
 * Errors that say when to retry set the response's `Retry-After`; a lost database also turns
 * the status into 503, so load balancers and clients see a retryable failure, not a 200.
 */
export const retryAfterPlugin: ApolloServerPlugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      if (response.body.kind !== 'single') return;
      const errors = response.body.singleResult.errors ?? [];
      const waits = errors
        .map((error) => error.extensions?.retryAfterSeconds)
        .filter((wait): wait is number => typeof wait === 'number');
      if (waits.length === 0) return;
      response.http.headers.set('retry-after', String(Math.max(...waits)));
      if (errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE))
        response.http.status = 503;
    },
  }),
};
