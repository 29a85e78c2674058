import { requirePermission } from '../access.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { addAnnotation, listAnnotations, removeAnnotation } from '../workbench/annotations.ts';
import { searchEvidence } from '../workbench/evidence-search.ts';
import { deleteView, listSavedViews, saveView } from '../workbench/saved-views.ts';

/**
 * The analyst's workbench in the API: annotations and saved views (public reads like the rest of
 * the graph, written by editors) and search over the words of the evidence and its sources.
 */
export const workbenchQueries: Pick<QueryResolvers, 'annotations' | 'savedViews' | 'searchEvidence'> = {
  annotations: (_, args, ctx) => listAnnotations(ctx, args.targetId),
  savedViews: (_, __, ctx) => listSavedViews(ctx),
  searchEvidence: (_, args, ctx) => searchEvidence(ctx, args.text, args.first),
};

export const workbenchMutations: Pick<
  MutationResolvers,
  'addAnnotation' | 'removeAnnotation' | 'saveView' | 'deleteView'
> = {
  addAnnotation: (_, args, ctx) => {
    requirePermission(ctx.caller, 'curate', 'addAnnotation');
    return addAnnotation(ctx, args.input);
  },
  removeAnnotation: (_, args, ctx) => {
    requirePermission(ctx.caller, 'curate', 'removeAnnotation');
    return removeAnnotation(ctx, args.id);
  },
  saveView: (_, args, ctx) => {
    requirePermission(ctx.caller, 'curate', 'saveView');
    return saveView(ctx, args.input);
  },
  deleteView: (_, args, ctx) => {
    requirePermission(ctx.caller, 'curate', 'deleteView');
    return deleteView(ctx, args.id);
  },
};
