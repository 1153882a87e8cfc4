import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { formatGraphQLError } from '../common/format-error';
import type { AppConfig } from '../config/app-config';
import { inputRulesPlugin } from '../common/input-rules.plugin';
import { retryAfterPlugin } from '../common/retry-after.plugin';

// graphql-js counts tokens itself and its refusal is a syntax error (HTTP 400); armor's token
// counter throws from a plugin hook, which Apollo answers with HTTP 500.
const MAX_TOKENS = 5_000;

/**
 * Limits on query shape, so one request cannot ask for unbounded work. Where introspection is
 * closed, "Did you mean …?" hints are too: they would spell the schema out field by field.
 */
function armorFor(config: AppConfig): ApolloArmor {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    // The review page asks for the whole pack in one query (about 21,000): room to grow, still a bound.
    costLimit: { maxCost: 40_000 },
    blockFieldSuggestion: { enabled: !config.graphqlIntrospection },
  });
}

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const protection = armorFor(config).protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.graphqlIntrospection,
    // Apollo's default, stated because the session cookie relies on it: a POST must be JSON or
    // carry a non-simple header, which a cross-site form or image cannot send without CORS.
    csrfPrevention: true,
    playground: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    // The throttler reads the response from the request; resolvers see the request as `req`.
    context: ({ req, res }: { req: Request; res: Response }) => ({
      req: Object.assign(req, { res }),
    }),
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [...protection.plugins, inputRulesPlugin, retryAfterPlugin],
    // Nest would reset every status to 200; the retry-after plugin's 503 must reach clients.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    // Field resolvers go through the roles guard too (e.g. a theme's examples are for analysts).
    fieldResolverEnhancers: ['guards'],
  };
}
