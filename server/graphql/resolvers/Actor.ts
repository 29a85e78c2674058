import type { Context } from '../context.ts';
import type { ActorRow } from '../loaders.ts';
import { primeRelations } from '../loaders.ts';
import { readPageArgs, toConnection } from '../pagination.ts';
import { toRelationFilterParams, type RelationFilterInput } from '../relation-filter.ts';

export const Actor = {
  aliases: (actor: ActorRow) => (actor['aliases'] as string[] | null) ?? [],
  degree: (actor: ActorRow) => Number(actor['degree'] ?? 0),
  async relations(
    actor: ActorRow,
    args: { filter?: RelationFilterInput | null; first?: number | null; after?: string | null },
    ctx: Context,
  ) {
    const window = readPageArgs('relations', args.first, args.after);
    const page = await ctx.relationsOfActor.get(toRelationFilterParams(args.filter), window).load(actor.id);
    primeRelations(
      ctx.loaders,
      page.rows.map(({ item }) => item),
    );
    return toConnection(page.rows, page.totalCount, window);
  },
};
