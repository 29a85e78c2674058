import { z } from 'zod';
import { readRecords, recordQuery } from '../../db/record-query.ts';
import { actorRecord, relationRecord, type ActorRecord, type SourceRecord } from '../../db/records.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { primeActors, primeRelations } from '../loaders.ts';
import { pageParams, readPageArgs, toConnection } from '../pagination.ts';
import { toRelationFilterParams } from '../relation-filter.ts';
import { toLuceneQuery } from '../search-query.ts';

const totalCount = z.number().int().nonnegative();
const actorHits = z.object({
  totalCount,
  hits: z.array(z.object({ actor: actorRecord, score: z.number().nullable() })),
});
const actorsPage = recordQuery('read/actors-page', actorHits);
const searchActors = recordQuery('read/search-actors', actorHits);
const relationsPage = recordQuery('read/relations-page', z.object({ totalCount, page: z.array(relationRecord) }));
const sourcesPage = recordQuery('read/sources-page', z.object({ totalCount, ids: z.array(z.string()) }));

export const Query: QueryResolvers = {
  actor: (_, args, ctx) => ctx.loaders.actor.load(args.id),

  async actors(_, args, ctx) {
    const window = readPageArgs(args.first, args.after);
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
    const search = args.search?.trim() ? args.search : null;
    const lucene = search === null ? null : toLuceneQuery(search);
    // Text that is all punctuation or operators would otherwise list every actor as a "result".
    if (search !== null && lucene === null)
      throw badUserInput('search', 'has no words to search for; give a name or an alias');
    const [row] = lucene
      ? await readRecords(ctx.db, searchActors, { search: lucene, kinds, ...pageParams(window) })
      : await readRecords(ctx.db, actorsPage, { kinds, ...pageParams(window) });
    const hits = row?.hits ?? [];
    const actors = hits.map((hit) => hit.actor);
    primeActors(ctx.loaders, actors);
    const scores = new Map(hits.map((hit) => [hit.actor, hit.score]));
    return toConnection(actors, row?.totalCount ?? 0, window, (actor) => ({ score: scores.get(actor) ?? null }));
  },

  relation: (_, args, ctx) => ctx.loaders.relation.load(args.id),

  async relations(_, args, ctx) {
    const window = readPageArgs(args.first, args.after);
    const [row] = await readRecords(ctx.db, relationsPage, {
      ...toRelationFilterParams(args.filter),
      ...pageParams(window),
    });
    const page = row?.page ?? [];
    primeRelations(ctx.loaders, page);
    return toConnection(page, row?.totalCount ?? 0, window);
  },

  async sources(_, args, ctx) {
    const window = readPageArgs(args.first, args.after);
    const [row] = await readRecords(ctx.db, sourcesPage, pageParams(window));
    const sources = (await ctx.loaders.source.loadMany(row?.ids ?? [])).filter(
      (source): source is SourceRecord => source !== null && !(source instanceof Error),
    );
    return toConnection(sources, row?.totalCount ?? 0, window);
  },
};

/** Used by resolvers that must find an actor or fail with a code the client can act on. */
export async function requireActor(ctx: Context, id: string, field: string): Promise<ActorRecord> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw notFound('ACTOR_NOT_FOUND', `${field}: no actor with id "${id}"`, field);
  return actor;
}
