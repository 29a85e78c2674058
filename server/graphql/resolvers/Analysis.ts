import { GraphQLError } from 'graphql';
import { AnalysisError } from '../../analyses/analysis-error.ts';
import type { AnalysisName } from '../../analyses/analysis.ts';
import type { AnalysisRelation } from '../../analyses/analysis-relations.ts';
import type { InfluenceActor } from '../../analyses/influence.ts';
import type { AnalysisInput } from '../../analyses/params.ts';
import { runAnalysis, runOverlay } from '../../analyses/registry.ts';
import type { Context } from '../context.ts';

interface AnalysisArgs {
  params?: AnalysisInput | null;
}

/**
 * The analyses as GraphQL fields: each typed field runs the analysis of the same name through
 * the registry (the same code path as `npm run analyze`), and `analysisOverlay` runs any of them
 * by name and draws it for the graph view. Analysis failures become coded GraphQL errors
 * (BAD_USER_INPUT, ACTOR_NOT_FOUND, GDS_UNAVAILABLE, QUERY_TIMEOUT, ANALYSIS_NOT_FOUND).
 */
function field(name: AnalysisName) {
  return (_: unknown, args: AnalysisArgs, ctx: Context) =>
    asGraphQLErrors(() => runAnalysis(ctx.db, name, args.params ?? {}));
}

export const analysisQueries = {
  influence: field('influence'),
  blocs: field('blocs'),
  balance: field('balance'),
  signChanges: field('sign-changes'),
  evidenceQuality: field('evidence-quality'),
  reach: field('reach'),
  changes: field('changes'),
  // One control panel drives every overlay, so parameters an analysis does not read are dropped.
  analysisOverlay: (_: unknown, args: AnalysisArgs & { name: string }, ctx: Context) =>
    asGraphQLErrors(() => runOverlay(ctx.db, args.name, args.params ?? {}, { lenient: true })),
};

export const analysisTypes = {
  InfluenceActor: {
    actor: (parent: InfluenceActor, _: unknown, ctx: Context) => ctx.loaders.actor.load(parent.id),
  },
  AnalysisRelation: {
    relation: (parent: AnalysisRelation, _: unknown, ctx: Context) => ctx.loaders.relation.load(parent.id),
  },
};

async function asGraphQLErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AnalysisError) {
      throw new GraphQLError(error.message, {
        extensions: { code: error.code, ...(error.param ? { param: error.param } : {}) },
      });
    }
    throw error;
  }
}
