import { requirePermission } from '../access.ts';
import { extractDraft } from '../extraction/extract-draft.ts';
import { loadDraft } from '../extraction/load-draft.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.ts';

/**
 * Articles in: `extractDraft` proposes (it writes nothing, so it is a query, but it runs the NLP
 * engine, so only curators may ask), `loadDraft` loads what a curator reviewed. The permission
 * is checked before the input is looked at, as for every mutation.
 */
export const extractionQueries: Pick<QueryResolvers, 'extractDraft'> = {
  extractDraft: (_, args, ctx) => {
    requirePermission(ctx.caller, 'curate', 'extractDraft');
    return extractDraft(ctx, args);
  },
};

export const extractionMutations: Pick<MutationResolvers, 'loadDraft'> = {
  loadDraft: (_, args, ctx) => {
    requirePermission(ctx.caller, 'curate', 'loadDraft');
    return loadDraft(ctx, args.draft, args.article);
  },
};
