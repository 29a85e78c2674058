import { GraphQLError } from 'graphql';
import { AnalysisError } from '../../analyses/analysis-error.ts';
import type { AnalysisName } from '../../analyses/analysis.ts';
import type { BalanceResult } from '../../analyses/balance.ts';
import type { BlocsResult } from '../../analyses/blocs.ts';
import type { ChangesResult } from '../../analyses/changes.ts';
import type { EvidenceQualityResult } from '../../analyses/evidence-quality.ts';
import type { InfluenceResult } from '../../analyses/influence.ts';
import type { ReachResult } from '../../analyses/reach.ts';
import { runAnalysis, runOverlay } from '../../analyses/registry.ts';
import type { SignChangesResult } from '../../analyses/sign-changes.ts';
import type { Context } from '../context.ts';
import type {
  AnalysisRelationResolvers,
  InfluenceActorResolvers,
  QueryInfluenceArgs,
  QueryResolvers,
} from '../generated/resolvers-types.ts';

/**
 * The analyses as GraphQL fields: each typed field runs the analysis of the same name through
 * the registry (the same code path as `npm run analyze`), and `analysisOverlay` runs any of them
 * by name and draws it for the graph view. Analysis failures become coded GraphQL errors
 * (BAD_USER_INPUT, ACTOR_NOT_FOUND, GDS_UNAVAILABLE, QUERY_TIMEOUT, ANALYSIS_NOT_FOUND).
 */
function field<Result>(name: AnalysisName) {
  // Every typed analysis field takes the same one argument, `params: AnalysisParams`.
  return (_: unknown, args: QueryInfluenceArgs, ctx: Context) =>
    asGraphQLErrors(() => runAnalysis<Result>(ctx.db, name, args.params ?? {}));
}

export const analysisQueries: Pick<
  QueryResolvers,
  'influence' | 'blocs' | 'balance' | 'signChanges' | 'evidenceQuality' | 'reach' | 'changes' | 'analysisOverlay'
> = {
  influence: field<InfluenceResult>('influence'),
  blocs: field<BlocsResult>('blocs'),
  balance: field<BalanceResult>('balance'),
  signChanges: field<SignChangesResult>('sign-changes'),
  evidenceQuality: field<EvidenceQualityResult>('evidence-quality'),
  reach: field<ReachResult>('reach'),
  changes: field<ChangesResult>('changes'),
  // One control panel drives every overlay, so parameters an analysis does not read are dropped.
  analysisOverlay: (_, args, ctx) =>
    asGraphQLErrors(() => runOverlay(ctx.db, args.name, args.params ?? {}, { lenient: true })),
};

export const analysisTypes: {
  InfluenceActor: InfluenceActorResolvers;
  AnalysisRelation: AnalysisRelationResolvers;
} = {
  InfluenceActor: {
    actor: (parent, _, ctx) => ctx.loaders.actor.load(parent.id),
  },
  AnalysisRelation: {
    relation: (parent, _, ctx) => ctx.loaders.relation.load(parent.id),
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
