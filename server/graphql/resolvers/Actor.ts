import type { ActorResolvers } from '../generated/resolvers-types.ts';
import { primeRelations } from '../loaders.ts';
import { readPageArgs, toConnection } from '../pagination.ts';
import { toRelationFilterParams } from '../relation-filter.ts';

export const Actor: ActorResolvers = {
  async relations(actor, args, ctx) {
    const window = readPageArgs('relations', args.first, args.after);
    const page = await ctx.relationsOfActor.get(toRelationFilterParams(args.filter), window).load(actor.id);
    primeRelations(
      ctx.loaders,
      page.rows.map(({ item }) => item),
    );
    return toConnection(page.rows, page.totalCount, window);
  },
};
