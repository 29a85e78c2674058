import { z } from 'zod';
import { readRecords, recordQuery } from '../../db/record-query.ts';
import { actorRecord, relationRecord, type ActorRecord } from '../../db/records.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { primeActors, primeRelations } from '../loaders.ts';
import { keyedItems, pageParams, readPageArgs, toConnection } from '../pagination.ts';
import { toRelationFilterParams } from '../relation-filter.ts';
import { toSearchQuery } from '../search-query.ts';

const totalCount = z.number().int().nonnegative();
const actorHits = z.object({
  totalCount,
  page: keyedItems(z.object({ actor: actorRecord, score: z.number().nullable() })),
});
const actorsPage = recordQuery('read/actors-page', actorHits);
const searchActors = recordQuery('read/search-actors', actorHits);
const relationsPage = recordQuery('read/relations-page', z.object({ totalCount, page: keyedItems(relationRecord) }));
const sourcesPage = recordQuery('read/sources-page', z.object({ totalCount, page: keyedItems(z.string()) }));
const mergedActorRedirects = recordQuery(
  'ingest/merged-actor-redirects',
  z.object({ id: z.string(), keptId: z.string() }),
);

export const Query: QueryResolvers = {
  async actor(_, args, ctx) {
    const actor = await ctx.loaders.actor.load(args.id);
    if (actor) return actor;
    // An id merged into another actor follows the redirect, as files and addRelation do.
    const [redirect] = await readRecords(ctx.db, mergedActorRedirects, { ids: [args.id] });
    return redirect ? ctx.loaders.actor.load(redirect.keptId) : null;
  },

  async actors(_, args, ctx) {
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
    const searching = args.search !== null && args.search !== undefined && args.search.trim() !== '';
    const query = searching ? toSearchQuery(args.search!) : null;
    // Text that is all punctuation or stop words would otherwise list every actor as a "result".
    if (searching && query === null)
      throw badUserInput('search', 'has no words to search for; give a name or an alias');
    const window = readPageArgs(query ? 'actor-search' : 'actors', args.first, args.after);
    const [row] = query
      ? await readRecords(ctx.db, searchActors, {
          search: query.lucene,
          exact: query.exact,
          kinds,
          ...pageParams(window),
        })
      : await readRecords(ctx.db, actorsPage, { kinds, ...pageParams(window) });
    const page = row?.page ?? [];
    primeActors(
      ctx.loaders,
      page.map(({ item }) => item.actor),
    );
    const scores = new Map(page.map(({ item }) => [item.actor, item.score]));
    return toConnection(
      page.map(({ item, key }) => ({ item: item.actor, key })),
      row?.totalCount ?? 0,
      window,
      (actor) => ({ score: scores.get(actor) ?? null }),
    );
  },

  relation: (_, args, ctx) => ctx.loaders.relation.load(args.id),

  async relations(_, args, ctx) {
    const window = readPageArgs('relations', args.first, args.after);
    const [row] = await readRecords(ctx.db, relationsPage, {
      ...toRelationFilterParams(args.filter),
      ...pageParams(window),
    });
    const page = row?.page ?? [];
    primeRelations(
      ctx.loaders,
      page.map(({ item }) => item),
    );
    return toConnection(page, row?.totalCount ?? 0, window);
  },

  async sources(_, args, ctx) {
    const window = readPageArgs('sources', args.first, args.after);
    const [row] = await readRecords(ctx.db, sourcesPage, pageParams(window));
    const page = row?.page ?? [];
    const sources = await ctx.loaders.source.loadMany(page.map(({ item }) => item));
    const found = page.flatMap(({ key }, i) => {
      const source = sources[i];
      return source && !(source instanceof Error) ? [{ item: source, key }] : [];
    });
    return toConnection(found, row?.totalCount ?? 0, window);
  },
};

/** Used by resolvers that must find an actor or fail with a code the client can act on. */
export async function requireActor(ctx: Context, id: string, field: string): Promise<ActorRecord> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw notFound('ACTOR_NOT_FOUND', `${field}: no actor with id "${id}"`, field);
  return actor;
}
