import { GraphQLError } from 'graphql';
import { CypherError } from '../../cypher-console/cypher-error.ts';
import { runCypher } from '../../cypher-console/run-cypher.ts';
import { listSavedAnalyses, runSavedAnalysis, saveAnalysis } from '../../cypher-console/saved-analyses.ts';
import { requirePermission } from '../access.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { badUserInput } from '../errors.ts';

/**
 * The Cypher console in the API: ad-hoc read-only Cypher (`cypher`, for any token unless
 * ACTORGRAPH_OPEN_CYPHER=true), the saved analyses (public reads like the rest of the graph)
 * and saving one (an editor's curation). All of it goes through server/cypher-console, the
 * same code as `npm run cypher` and `npm run analyze`.
 */
export const cypherQueries: Pick<QueryResolvers, 'cypher' | 'savedAnalyses' | 'runSavedAnalysis'> = {
  cypher: (_, args, ctx) =>
    asGraphQLErrors(() => {
      if (!ctx.cypher.open) requirePermission(ctx.caller, 'read', 'Ad-hoc Cypher');
      return runCypher(ctx.db, args.query, readParamMap(args.params), ctx.cypher);
    }),
  savedAnalyses: async (_, __, ctx) => {
    const listing = await listSavedAnalyses(ctx.cypher.savedAnalysesDir);
    // A broken file must not hide the others; the operator sees why it is missing in the log.
    for (const problem of listing.problems) console.warn(`actorgraph: skipped a saved analysis: ${problem}`);
    return listing.analyses;
  },
  runSavedAnalysis: (_, args, ctx) =>
    asGraphQLErrors(() => runSavedAnalysis(ctx.db, ctx.cypher, args.name, readParamMap(args.params))),
};

export const cypherMutations: Pick<MutationResolvers, 'saveAnalysis'> = {
  saveAnalysis: (_, args, ctx) =>
    asGraphQLErrors(() => {
      requirePermission(ctx.caller, 'curate', 'Saving an analysis');
      return saveAnalysis(ctx.db, ctx.cypher, {
        ...args,
        params: args.params?.map((param) => ({ ...param, default: param.default ?? undefined })),
      });
    }),
};

function readParamMap(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw badUserInput('params', 'must be an object of parameter names and values');
  }
  return params as Record<string, unknown>;
}

async function asGraphQLErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CypherError) {
      const { position, param } = error.details;
      throw new GraphQLError(error.message, {
        extensions: { code: error.code, ...(position ? { position } : {}), ...(param ? { param } : {}) },
      });
    }
    throw error;
  }
}
