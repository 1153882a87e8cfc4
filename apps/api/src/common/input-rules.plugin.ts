import type { ApolloServerPlugin } from '@apollo/server';
import { invalidInput } from './domain-error';
import { argumentProblems } from './input-rules';

/**
 * Applies the global input rules to the arguments of every field that has any, before its
 * resolver (and so before guards and the validation pipe) runs. Only root fields take arguments
 * in this schema, so the per-field cost elsewhere is one length check.
 */
export const inputRulesPlugin: ApolloServerPlugin = {
  requestDidStart: async () => ({
    executionDidStart: async () => ({
      willResolveField: ({ info, args }) => {
        const definitions = info.parentType.getFields()[info.fieldName]?.args ?? [];
        if (definitions.length === 0) return;
        const problems = argumentProblems(definitions, args);
        if (problems.length > 0) throw invalidInput(problems);
      },
    }),
  }),
};
