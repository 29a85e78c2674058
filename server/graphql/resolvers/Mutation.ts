import { requirePermission, type Permission } from '../access.ts';
import type { Context } from '../context.ts';
import type {
  MutationAddEvidenceArgs,
  MutationAddRelationArgs,
  MutationCreateActorArgs,
  MutationCreateSourceArgs,
  MutationMergeActorsArgs,
  MutationResolvers,
  MutationRetractEvidenceArgs,
  MutationUpdateActorArgs,
} from '../generated/resolvers-types.ts';
import { createActor, mergeActors, updateActor } from '../mutations/actor-mutations.ts';
import { addEvidence, addRelation, retractEvidence } from '../mutations/relation-mutations.ts';
import { createSource } from '../mutations/source-mutations.ts';

/**
 * Each mutation checks the caller's permission before it looks at its input, so a caller
 * without the right token learns nothing about the data from validation messages.
 */
function guarded<A, R>(permission: Permission, name: string, write: (ctx: Context, args: A) => Promise<R>) {
  return (_: unknown, args: A, ctx: Context): Promise<R> => {
    requirePermission(ctx.caller, permission, name);
    return write(ctx, args);
  };
}

export const Mutation: MutationResolvers = {
  createActor: guarded('curate', 'createActor', (ctx, args: MutationCreateActorArgs) => createActor(ctx, args.input)),
  updateActor: guarded('curate', 'updateActor', (ctx, args: MutationUpdateActorArgs) =>
    updateActor(ctx, args.id, args.input),
  ),
  createSource: guarded('curate', 'createSource', (ctx, args: MutationCreateSourceArgs) =>
    createSource(ctx, args.input),
  ),
  addRelation: guarded('curate', 'addRelation', (ctx, args: MutationAddRelationArgs) => addRelation(ctx, args.input)),
  addEvidence: guarded('curate', 'addEvidence', (ctx, args: MutationAddEvidenceArgs) =>
    addEvidence(ctx, args.relationId, args.input),
  ),
  retractEvidence: guarded('curate', 'retractEvidence', (ctx, args: MutationRetractEvidenceArgs) =>
    retractEvidence(ctx, args.id, args.reason),
  ),
  mergeActors: guarded('merge', 'mergeActors', (ctx, args: MutationMergeActorsArgs) =>
    mergeActors(ctx, args.keepId, args.mergeId),
  ),
};
