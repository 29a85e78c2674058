import { requirePermission, type Permission } from '../access.ts';
import type { Context } from '../context.ts';
import { createActor, mergeActors, updateActor } from '../mutations/actor-mutations.ts';
import { addEvidence, addRelation, retractEvidence } from '../mutations/relation-mutations.ts';
import { createSource } from '../mutations/source-mutations.ts';

/**
 * Each mutation checks the caller's permission before it looks at its input, so a caller
 * without the right token learns nothing about the data from validation messages.
 */
function guarded<A>(permission: Permission, name: string, write: (ctx: Context, args: A) => Promise<unknown>) {
  return (_: unknown, args: A, ctx: Context) => {
    requirePermission(ctx.caller, permission, name);
    return write(ctx, args);
  };
}

type Input = { input: Record<string, unknown> };

export const Mutation = {
  createActor: guarded<Input>('curate', 'createActor', (ctx, args) => createActor(ctx, args.input)),
  updateActor: guarded<Input & { id: string }>('curate', 'updateActor', (ctx, args) =>
    updateActor(ctx, args.id, args.input),
  ),
  createSource: guarded<Input>('curate', 'createSource', (ctx, args) => createSource(ctx, args.input)),
  addRelation: guarded<Input>('curate', 'addRelation', (ctx, args) => addRelation(ctx, args.input)),
  addEvidence: guarded<Input & { relationId: string }>('curate', 'addEvidence', (ctx, args) =>
    addEvidence(ctx, args.relationId, args.input),
  ),
  retractEvidence: guarded<{ id: string; reason?: string | null }>('curate', 'retractEvidence', (ctx, args) =>
    retractEvidence(ctx, args.id, args.reason),
  ),
  mergeActors: guarded<{ keepId: string; mergeId: string }>('merge', 'mergeActors', (ctx, args) =>
    mergeActors(ctx, args.keepId, args.mergeId),
  ),
};
